import { z } from 'zod';
import { identificador, textoPlano } from './comunes.ts';

/**
 * Una lista de verificación (protocolo), escrita en el frontmatter de su página MDX bajo `protocolo:`.
 * Sigue la lista de verificación quirúrgica de la OMS: un tipo, pausas con 5 a 9 ítems, ítems de una
 * línea en imperativo con un responsable, y unos pocos ítems críticos.
 * Las referencias (actores, líneas, fuentes, otros protocolos) se revisan en src/lib/protocolos.ts.
 */

/** Base legal o ética de un ítem: una fuente de content/fuentes.yaml. */
export const base = z.strictObject({
  fuente: identificador(),
  /** Artículo, principio o sección. */
  donde: textoPlano().optional(),
});

export const item = z.strictObject({
  /**
   * Clave estable del paso (opcional), única en el protocolo: con ella se guardan las marcas de la
   * lista en el dispositivo (ver src/scripts/marcas.ts). Sin `id`, la clave sale del texto de la
   * acción (`texto.` + 8 caracteres de su huella SHA-256, sin distinguir tildes, mayúsculas ni
   * espacios: `claveDePaso` en src/lib/protocolos.ts). Así, agregar, quitar o mover pasos nunca
   * pasa una marca a otro paso; reescribir la acción de un paso sin `id` borra su marca. Poné un
   * `id` cuando quieras que la marca sobreviva a una corrección de redacción.
   */
  id: identificador().optional(),
  /** La acción, en una línea y en imperativo: «Buscá un lugar donde la persona pueda hablar a solas». */
  accion: textoPlano().pipe(z.string().max(160, { message: 'es demasiado larga para una línea: como máximo 160 caracteres. Dividila en dos ítems o pasá el detalle a «nota».' })),
  /** Quién lo hace: id de content/actores.yaml. */
  responsable: identificador(),
  /** Cuándo, en pocas palabras («En el día»). */
  plazo: textoPlano().optional(),
  /** Un paso que nunca se saltea. */
  critico: z.boolean().default(false),
  nota: textoPlano().optional(),
  base: z.array(base).min(1).optional(),
});

export const pausa = z.strictObject({
  /** Momento en que se detiene a revisar: «Antes de la entrevista», «Al cierre». */
  nombre: textoPlano(),
  items: z.array(item).min(1, { message: 'la pausa no tiene ítems. Agregá al menos uno o borrá la pausa.' }),
});

export const escalamiento = z.strictObject({
  /** La situación que obliga a escalar. */
  situacion: textoPlano(),
  /** A qué línea: id de content/lineas.yaml ('145', '911'...). */
  linea: identificador(),
});

export const protocolo = z.strictObject({
  /** Igual al nombre del archivo, sin .mdx. */
  id: identificador(),
  /** `lectura-accion`: se lee y se hace. `verificacion`: se hace y después se confirma. */
  tipo: z.enum(['lectura-accion', 'verificacion']),
  objetivo: textoPlano(),
  /** Cuándo usar este protocolo. */
  cuando: textoPlano(),
  /** Quién conduce la revisión: id de content/actores.yaml. */
  conduce: identificador(),
  pausas: z.array(pausa).min(1),
  escalamiento: z.array(escalamiento).default([]),
  /** Otros protocolos relacionados (sus ids). */
  relacionados: z.array(identificador()).default([]),
});

export type Protocolo = z.output<typeof protocolo>;
export type Item = z.output<typeof item>;

/** Más ítems que esto en una pausa es una advertencia (la OMS recomienda de 5 a 9). */
export const MAX_ITEMS_POR_PAUSA = 9;
