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

/** El esquema de los props de cada componente, armado la primera vez que se dibuja (ver `validarProps`). */
const esquemas = new Map<string, z.ZodType>();

/**
 * Valida los props de `componente` con el esquema que arma `armarEsquema`. Al construir, el esquema se
 * arma una vez por componente y no en cada uso: el frontmatter de un .astro corre cada vez que se
 * dibuja, y zod compila cada esquema de objeto nuevo la primera vez que lo usa (cientos de citas).
 */
export function validarProps<S extends z.ZodType>(astro: AstroLike, componente: string, armarEsquema: () => S, props: unknown): z.output<S> {
  // En `astro dev` se arma en cada uso, como antes: si alguien edita el esquema, vale el nuevo.
  let esquema = esquemas.get(componente) as S | undefined;
  if (!esquema || import.meta.env.DEV) {
    esquema = armarEsquema();
    esquemas.set(componente, esquema);
  }
  // Astro agrega `class` a los componentes usados dentro de otro con estilos propios
  // (withastro/astro#5112): no es un dato.
  const { class: _clase, ...propios } = (props ?? {}) as Record<string, unknown>;
  const resultado = analizar(esquema, propios);
  if (resultado.success) return resultado.data;
  const archivo = archivoDePagina(astro);
  const lineas = problemasDeZod(archivo, resultado.error, undefined, [`<${componente}>`]).map(formatearProblema);
  throw new AstroError(lineas.join('\n'), `Revisá cómo se usa <${componente}> en ${archivo}.`);
}
