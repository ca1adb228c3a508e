import { z } from 'zod';
import { fechaPasada, fuentes, identificador, textoPlano } from './comunes.ts';

/** Una línea telefónica provincial o nacional (`content/lineas.yaml`). */
export const linea = z.strictObject({
  id: identificador(),
  nombre: textoPlano(),
  /** Lo que se marca: un número corto (145, 911, 102, 144). */
  marcar: z.string().regex(/^\d{2,4}$/, { message: 'escribí solo el número corto que se marca, por ejemplo \'145\' (entre comillas).' }),
  /** Para qué llamar, en una oración. */
  para: textoPlano(),
  /** Quién la atiende. */
  quien: textoPlano(),
  horario: textoPlano(),
  alcance: z.enum(['nacional', 'provincial']),
  /** Solo si una fuente lo dice. */
  gratuita: z.boolean().optional(),
  /** Solo si una fuente lo dice. */
  anonima: z.boolean().optional(),
  /** Ids de content/fuentes.yaml que respaldan los datos de la línea. */
  fuente: fuentes(),
  verificacion: z.strictObject({
    fecha: fechaPasada(),
    metodo: textoPlano(),
  }),
  /** Advertencia visible (por ejemplo, un dato no confirmado). */
  aviso: textoPlano().optional(),
});

export type Linea = z.output<typeof linea>;
