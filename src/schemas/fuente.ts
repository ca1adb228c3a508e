import { z } from 'zod';
import { fecha, identificador, textoPlano } from './comunes.ts';

/** Una fuente que la guía cita (`content/fuentes.yaml`). Cada hecho de la guía se apoya en una. */
export const fuente = z.strictObject({
  /** Identificador que usan las páginas: `<Fuente id="ley-26364" />`. */
  id: identificador(),
  titulo: textoPlano(),
  /** Forma corta para citarla en el texto: «Ley 26.364», «Res. MCH 246/2025». */
  cita: textoPlano(),
  tipo: z.enum(['norma', 'documento-internacional', 'informe', 'organismo', 'prensa']),
  /** Quién la emite o publica. */
  emisor: textoPlano().optional(),
  /** Fecha de publicación, si se conoce. */
  fecha: fecha().optional(),
  /** Dirección pública. Solo una que se haya leído, nunca una supuesta. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** Números de los hechos verificados que respalda (registro de hechos del Programa). */
  hechos: z
    .array(z.string().regex(/^\d+\.\d+$/, { message: 'cada hecho se escribe como número con punto, por ejemplo 1.3.' }))
    .min(1),
  /** Solo se citan fuentes de confianza alta o media. */
  confianza: z.enum(['alta', 'media']),
  nota: textoPlano().optional(),
});

export type Fuente = z.output<typeof fuente>;
