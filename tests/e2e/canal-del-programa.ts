import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

/** Un recuadro del canal del Programa (`CanalDelPrograma`) en el HTML construido. */
export interface Recuadro {
  estado: string | undefined;
  texto: string;
  enlaces: Array<string | undefined>;
}

/**
 * El HTML ya construido de un sitio (`dist/` o un sitio de prueba de `dist-pruebas/`), leído del disco
 * (no hace falta un navegador): el de una página y el texto de cada recuadro del canal del Programa en ella.
 */
export function sitioConstruido(carpeta: string) {
  const html = (pagina: string) => readFileSync(join(carpeta, pagina, 'index.html'), 'utf-8');
  const recuadros = (pagina: string): Recuadro[] =>
    parse(html(pagina))
      .querySelectorAll('[data-canal]')
      .map((n) => ({ estado: n.getAttribute('data-canal'), texto: n.structuredText.replace(/\s+/g, ' ').trim(), enlaces: n.querySelectorAll('a').map((a) => a.getAttribute('href')) }));
  return { html, recuadros };
}
