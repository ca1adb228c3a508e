import { AstroError } from 'astro/errors';
import type { z } from 'zod';
import { formatearProblema } from './errores.ts';
import { analizar, problemasDeZod } from './mensajes-zod.ts';

/**
 * Validación de los componentes que se usan dentro de las páginas MDX.
 * Astro no revisa los props que se pasan desde MDX (withastro/astro#6249): lo hacemos acá, al construir, y el error nombra
 * el archivo de la página y el componente, en castellano. Los ids que citan los componentes se
 * revisan antes, al cargar las páginas (src/lib/mdx.ts).
 */
interface AstroLike {
  locals: unknown;
  url: URL;
}

/** Archivo de la página que se está construyendo (o su dirección, si no viene de un archivo). */
export function archivoDePagina(astro: AstroLike): string {
  const locals = astro.locals as { starlightRoute?: { entry?: { filePath?: string } } };
  return locals.starlightRoute?.entry?.filePath ?? astro.url.pathname;
}

export function validarProps<S extends z.ZodType>(astro: AstroLike, componente: string, esquema: S, props: unknown): z.output<S> {
  // Astro agrega `class` a los componentes usados dentro de otro con estilos propios
  // (withastro/astro#5112): no es un dato.
  const { class: _clase, ...propios } = (props ?? {}) as Record<string, unknown>;
  const resultado = analizar(esquema, propios);
  if (resultado.success) return resultado.data;
  const archivo = archivoDePagina(astro);
  const lineas = problemasDeZod(archivo, resultado.error, undefined, [`<${componente}>`]).map(formatearProblema);
  throw new AstroError(lineas.join('\n'), `Revisá cómo se usa <${componente}> en ${archivo}.`);
}
