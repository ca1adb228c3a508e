import { z } from 'zod';
import { fuentes, identificador, textoPlano } from './comunes.ts';

/** Un término del glosario (`content/glosario.yaml`). Sus sinónimos también alimentan el buscador. */
export const termino = z.strictObject({
  /** Identificador que usan las páginas: `<Termino id="trata">`. */
  id: identificador(),
  termino: textoPlano(),
  definicion: textoPlano(),
  /** Palabras con las que la gente lo busca. */
  sinonimos: z.array(textoPlano()).default([]),
  /** Fuentes de la definición, si repite algo legal o institucional (una o varias). */
  fuente: fuentes().optional(),
  /**
   * Páginas de la guía relacionadas: ruta del archivo dentro de content/guia, sin .mdx
   * (`marco-normativo`, `protocolos/asistencia-en-allanamientos`). Sus sinónimos también las encuentran.
   */
  relacionadas: z
    .array(
      z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/, {
        message: 'debe ser el nombre de un archivo de content/guia sin .mdx (ejemplo: marco-normativo o protocolos/asistencia-en-allanamientos).',
      }),
    )
    .default([]),
});

export type Termino = z.output<typeof termino>;
