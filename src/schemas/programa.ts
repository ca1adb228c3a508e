import { z } from 'zod';
import { fechaPasada, textoPlano } from './comunes.ts';
import { telefono, type TelefonoAnalizado } from './telefono.ts';

/**
 * El canal del Programa para los equipos municipales (`content/programa.yaml`).
 *
 * Ninguna fuente pública lo da (facts.md 7.7, 7.15): el archivo queda vacío hasta que el Programa lo
 * complete. Mientras esté vacío, cada página y cada hoja que manda a «consultar con el Programa»
 * muestra la alternativa (la línea 145); cuando se completa, muestran el canal. Un solo cambio acá
 * actualiza todas las páginas y la próxima impresión.
 */
const vacio = <T extends z.ZodType>(esquema: T) =>
  z.preprocess((valor) => (valor === null || valor === '' ? undefined : valor), esquema.optional());

const campos = z.strictObject({
  /** Nombre actual del Programa, como lo confirma el Programa. */
  nombre: vacio(textoPlano()),
  /** Teléfonos para los equipos municipales, con característica: '(0XXX) XXX-XXXX'. */
  telefonos: z.preprocess((valor) => (valor === null ? [] : valor), z.array(telefono()).default([])),
  correo: vacio(z.email()),
  /** Días y horas en que atiende: «Lunes a viernes de 9 a 17». */
  horario: vacio(textoPlano()),
  /** Qué hacer fuera de ese horario: «Llamá a la línea 145». */
  fuera_de_horario: vacio(textoPlano()),
  /** De dónde sale el dato: una resolución, una nota del Programa, una llamada. */
  fuente: vacio(textoPlano()),
  /** Fecha (AAAA-MM-DD) en que el Programa confirmó el dato. */
  verificado: vacio(fechaPasada()),
  /** Quién lo confirmó (un rol o un equipo). */
  verificado_por: vacio(textoPlano()),
});

const OBLIGATORIOS_SI_HAY_CANAL = ['nombre', 'horario', 'fuera_de_horario', 'fuente', 'verificado'] as const;

/** `content/programa.yaml`: vacío (todos los campos sin completar) o el canal completo, con su fuente. */
export const programa = campos
  .superRefine((p, ctx) => {
    const hayCanal = p.telefonos.length > 0 || p.correo !== undefined;
    const algoCompleto = Object.entries(p).some(([, v]) => (Array.isArray(v) ? v.length > 0 : v !== undefined));
    if (!algoCompleto) return; // vacío: las páginas muestran la alternativa
    if (!hayCanal) {
      ctx.addIssue({
        code: 'custom',
        path: ['telefonos'],
        message: 'falta cómo contactar al Programa: poné al menos un teléfono en «telefonos» o un «correo». Si todavía no hay canal confirmado, dejá todos los campos vacíos.',
      });
    }
    for (const campo of OBLIGATORIOS_SI_HAY_CANAL) {
      if (p[campo] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [campo],
          message: `falta «${campo}». Con el canal cargado, completá también ${OBLIGATORIOS_SI_HAY_CANAL.map((c) => `«${c}»`).join(', ')}; o dejá todos los campos vacíos.`,
        });
      }
    }
  })
  .transform((p) =>
    p.telefonos.length > 0 || p.correo !== undefined
      ? ({ estado: 'confirmado', ...p } as CanalConfirmado)
      : ({ estado: 'sin-confirmar' } as const),
  );

export interface CanalConfirmado {
  estado: 'confirmado';
  nombre: string;
  /** Ya analizados (src/schemas/telefono.ts): `visible` para leer, `e164` para marcar. */
  telefonos: TelefonoAnalizado[];
  correo?: string;
  horario: string;
  fuera_de_horario: string;
  fuente: string;
  verificado: string;
  verificado_por?: string;
}

export type Programa = CanalConfirmado | { estado: 'sin-confirmar' };

/** El valor cuando el archivo no existe o está vacío. */
export const PROGRAMA_SIN_CONFIRMAR: Programa = { estado: 'sin-confirmar' };
