/**
 * Cómo se indexa cada página en el buscador (Pagefind). Funciones puras, sin Astro, para poder
 * probarlas solas: las usan la página (src/components/starlight/MarkdownContent.astro) y el
 * middleware de rutas (src/route-data.ts).
 */

/** Valores del filtro `tipo`, que el buscador muestra en cada resultado. */
export type TipoDePagina = 'Capítulo' | 'Protocolo' | 'Municipio' | 'Recurso' | '¿Qué hago ahora?';

/** Capítulos de la guía que son material de consulta más que lectura. */
const RECURSOS = new Set(['guia/lineas-y-recursos', 'guia/glosario', 'guia/fuentes']);

/**
 * Tipo de una página según su id de ruta de Starlight (`guia/protocolos/x`, `municipios/pehuajo`...).
 * Los índices (portada, «Protocolos», «Municipios», buscador) cuentan como Recurso.
 */
export function tipoDePagina(id: string): TipoDePagina {
  const ruta = id.replace(/^\/+|\/+$/g, '');
  if (/^guia\/protocolos\/[^/]+$/.test(ruta)) return 'Protocolo';
  if (/^que-hago-ahora(\/|$)/.test(ruta)) return '¿Qué hago ahora?';
  if (/^municipios\/[^/]+$/.test(ruta) && ruta !== 'municipios/acerca-de-los-datos') return 'Municipio';
  if (/^guia\/[^/]+$/.test(ruta) && !RECURSOS.has(ruta)) return 'Capítulo';
  return 'Recurso';
}

/**
 * Sinónimos del glosario que corresponden a una página: los de cada término que la nombra en
 * `relacionadas` (`glosario.yaml`). Así «trabajo forzoso» encuentra también el capítulo que habla de
 * explotación laboral. `pagina` es la ruta dentro de content/guia (`marco-normativo`,
 * `protocolos/asistencia-en-allanamientos`).
 */
export function sinonimosDePagina(
  pagina: string,
  glosario: ReadonlyArray<{ sinonimos: readonly string[]; relacionadas: readonly string[] }>,
): string[] {
  const sinonimos = new Set<string>();
  for (const t of glosario) if (t.relacionadas.includes(pagina)) for (const s of t.sinonimos) sinonimos.add(s);
  return [...sinonimos];
}
