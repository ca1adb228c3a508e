import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition } from 'satteri';
import { conBase } from './rutas.ts';

/**
 * Los enlaces internos que el contenido escribe desde la raíz (`/guia/...`) llevan la ruta base del
 * sitio (`conBase`, de rutas.ts).
 *
 * Quienes editan escriben siempre rutas desde la raíz; si el sitio se publica en una subcarpeta
 * (GitHub Pages: `/<repositorio>/`), sin esto esos enlaces llevarían a una página inexistente.
 * Cubre `[texto](/ruta/)` de Markdown y el atributo `href` de componentes MDX (`<LinkCard>`).
 */

interface JsxNode {
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
}

function jsxWithBase<N extends JsxNode>(
  node: Readonly<N>,
  base: string,
  ajustar: (archivo: string, href: string) => string,
  fileURL: URL | undefined,
): N | void {
  const href = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'href');
  if (typeof href?.value !== 'string') return;
  const nuevo = conBase(ajustar(fileURL ? fileURLToPath(fileURL) : '', href.value), base);
  if (nuevo === href.value) return;
  return { ...node, attributes: node.attributes.map((a) => (a === href ? { ...a, value: nuevo } : a)) } as N;
}

/**
 * Plugin hast de Sätteri (el procesador de Markdown de Astro 7). `ajustar` (opcional) cambia antes
 * cada enlace según el archivo: las páginas de ediciones anteriores enlazan dentro de su edición.
 */
export function enlacesConBase(base: string, ajustar: (archivo: string, href: string) => string = (_, h) => h): HastPluginDefinition {
  return {
    name: 'guia-enlaces-con-base',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href !== 'string') return;
        const archivo = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '';
        const nuevo = conBase(ajustar(archivo, href), base);
        if (nuevo !== href) ctx.setProperty(node, 'href', nuevo);
      },
    },
    mdxJsxFlowElement: { filter: ['LinkCard', 'LinkButton'], visit: (node, ctx) => jsxWithBase(node, base, ajustar, ctx.fileURL) },
    mdxJsxTextElement: { filter: ['LinkCard', 'LinkButton'], visit: (node, ctx) => jsxWithBase(node, base, ajustar, ctx.fileURL) },
  };
}
