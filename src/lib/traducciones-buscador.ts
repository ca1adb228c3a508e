/**
 * Textos de la interfaz de Pagefind: las claves `pagefind.*` de src/content/i18n/es-AR.json, sin el
 * prefijo, y el marcador del campo, que es el nombre del botón («Buscar», `search.label`).
 *
 * Se importan en el módulo del buscador, que se baja al abrirlo (src/scripts/buscador.ts): así no
 * viajan dentro del HTML de cada página. Por eso están todas en es-AR.json aunque Starlight traiga
 * las suyas en español: las de Pagefind y las de Starlight no usan el voseo.
 */
import textos from '../content/i18n/es-AR.json';

/** Las que muestra la interfaz de Pagefind con los filtros y las sugerencias que usa este sitio. */
export const CLAVES_DEL_BUSCADOR = [
  'clear_search',
  'load_more',
  'search_label',
  'filters_label',
  'zero_results',
  'many_results',
  'one_result',
  'alt_search',
  'search_suggestion',
  'searching',
] as const;

export function traduccionesDelBuscador(todas: Record<string, unknown> = textos): Record<string, string> {
  const traducciones: Record<string, string> = {};
  if (typeof todas['search.label'] === 'string') traducciones.placeholder = todas['search.label'];
  for (const [clave, valor] of Object.entries(todas)) {
    if (clave.startsWith('pagefind.') && typeof valor === 'string') traducciones[clave.slice('pagefind.'.length)] = valor;
  }
  return traducciones;
}
