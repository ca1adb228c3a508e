import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * Un solo archivo de JavaScript para lo que comparten todas las páginas (src/scripts/pagina.ts).
 *
 * Astro escribe cada `<script>` de cada componente como un archivo aparte: en un capítulo eran diez
 * archivos de 0,4 a 1,4 KB, cada uno con su pedido y sus cabeceras (ver tests/e2e/presupuesto.test.ts).
 * Esta integración:
 * 1. agrega src/scripts/pagina.ts al script de todas las páginas (`injectScript('page')`, el mismo
 *    archivo que ya lleva la precarga de enlaces de Astro);
 * 2. vacía los `<script>` de los componentes de Starlight de `COMPONENTES` y los pone dentro de ese
 *    script, leídos de los archivos de Starlight instalados (no se copian: siguen a cada versión).
 *    Un script vacío Astro no lo escribe en la página (ver `assetsInlineLimit` en astro.config.mjs).
 *
 * Sin CSP nueva: el script es un archivo del mismo origen (`script-src 'self'`), no uno en línea.
 */

/** Componentes de Starlight cuyo script pasa al de todas las páginas. */
export const COMPONENTES: Record<string, 'mover' | 'quitar'> = {
  PageFrame: 'mover',
  TableOfContents: 'mover',
  MobileTableOfContents: 'mover',
  // La memoria del menú lateral: este sitio reemplaza el menú sin ella (src/components/starlight/Sidebar.astro),
  // así que su script no encuentra nada que hacer.
  Page: 'quitar',
};

const VIRTUAL = 'virtual:guia/scripts-de-starlight';
const RESUELTO = `\0${VIRTUAL}`;
/** Sufijo del módulo con el script de un componente de Starlight, junto a su archivo (para resolver sus `import`). */
const SUFIJO = '.guia-script.ts';

const carpetaDeComponentes = () =>
  join(dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight/components/Page.astro'))));

/** `<script>` (procesados, no `is:inline`) de un componente: su cuerpo, o `import "src"` si lo trae de un archivo. */
export function scriptsDeComponente(fuente: string): string[] {
  const scripts: string[] = [];
  for (const [, atributos, cuerpo] of fuente.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bis:inline\b/.test(atributos!)) continue;
    const src = atributos!.match(/\bsrc="([^"]+)"/)?.[1];
    scripts.push(src ? `import ${JSON.stringify(src)};` : cuerpo!);
  }
  return scripts;
}

const EXPRESION_DE_SCRIPT = new RegExp(
  `@astrojs/starlight/dist/components/(${Object.keys(COMPONENTES).join('|')})\\.astro\\?astro&type=script&index=\\d+`,
);

const escapar = (texto: string) => texto.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function pluginUnSoloScript(): Plugin {
  const carpeta = carpetaDeComponentes();
  // Cada gancho con su filtro: así Rolldown no llama a JavaScript por cada módulo e importación de la
  // construcción (miles) para preguntar por estos pocos.
  return {
    name: 'guia:un-solo-script',
    enforce: 'pre',
    resolveId: {
      filter: { id: new RegExp(`^${escapar(VIRTUAL)}$|${escapar(SUFIJO)}$`) },
      handler(id) {
        if (id === VIRTUAL) return RESUELTO;
        if (id.endsWith(SUFIJO)) return id;
        return undefined;
      },
    },
    // El script que Astro escribiría aparte para cada componente: vacío. (En `transform` y no en
    // `load`: el `load` de Astro, que también va primero, lo atiende antes.)
    transform: {
      filter: { id: /\?astro&type=script&index=\d+/ },
      handler(_codigo, id) {
        if (EXPRESION_DE_SCRIPT.test(id.replaceAll('\\', '/'))) return { code: '', map: null };
        return undefined;
      },
    },
    load: {
      filter: { id: new RegExp(`^${escapar(RESUELTO)}$|${escapar(SUFIJO)}$`) },
      handler(id) {
        if (id === RESUELTO) {
          return Object.entries(COMPONENTES)
            .filter(([, accion]) => accion === 'mover')
            .map(([nombre]) => `import ${JSON.stringify(join(carpeta, `${nombre}.astro${SUFIJO}`))};`)
            .join('\n');
        }
        if (id.endsWith(SUFIJO)) {
          const componente = id.slice(0, -SUFIJO.length);
          const scripts = scriptsDeComponente(readFileSync(componente, 'utf-8'));
          if (scripts.length === 0) this.error(`${componente} ya no tiene <script>: sacalo de COMPONENTES en src/integraciones/un-solo-script.ts.`);
          return scripts.join('\n');
        }
        return undefined;
      },
    },
  };
}

export function unSoloScript(): AstroIntegration {
  return {
    name: 'guia:un-solo-script',
    hooks: {
      'astro:config:setup': ({ injectScript, updateConfig }) => {
        injectScript('page', `import ${JSON.stringify(fileURLToPath(new URL('../scripts/pagina.ts', import.meta.url)))};`);
        updateConfig({ vite: { plugins: [pluginUnSoloScript()] } });
      },
    },
  };
}
