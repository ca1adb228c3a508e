import { z } from 'zod';
import { identificador, textoPlano } from './comunes.ts';

/** Un término del glosario (`content/glosario.yaml`). Sus sinónimos también alimentan el buscador. */
export const termino = z.strictObject({
  /** Identificador que usan las páginas: `<Termino id="trata">`. */
  id: identificador(),
  termino: textoPlano(),
  definicion: textoPlano(),
  /** Palabras con las que la gente lo busca. */
  sinonimos: z.array(textoPlano()).default([]),
  /** Fuente de la definición, si repite una definición legal. */
  fuente: identificador().optional(),
  /** Capítulos de la guía relacionados (nombre del archivo en content/guia, sin .mdx). */
  relacionadas: z.array(identificador()).default([]),
});

export type Termino = z.output<typeof termino>;
