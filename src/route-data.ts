import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { excluidaDelBuscador } from '~/lib/busqueda';
import { withBase } from '~/lib/enlaces-base';
import { lastCommitDate } from '~/lib/git';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;

  // «Última actualización»: Starlight solo la calcula para `src/content/docs`; nuestro contenido
  // está en `content/`, así que la tomamos del último commit del archivo.
  if (!route.lastUpdated && route.entry.data.lastUpdated !== false) {
    const fecha = lastCommitDate(route.entry.filePath);
    if (fecha) route.lastUpdated = fecha;
  }

  agruparProtocolos(route.sidebar);

  // Las ediciones archivadas no aparecen en el buscador (ver src/lib/busqueda.ts).
  if (excluidaDelBuscador(context.url.pathname, import.meta.env.BASE_URL)) route.entry.data.pagefind = false;

  // Los botones de la portada (frontmatter `hero.actions`) no pasan por el procesador de
  // Markdown: les agregamos la ruta base acá, como a los demás enlaces internos.
  for (const action of route.entry.data.hero?.actions ?? []) {
    action.link = withBase(action.link, import.meta.env.BASE_URL);
  }
});

type Sidebar = import('@astrojs/starlight/route-data').StarlightRouteData['sidebar'];

/**
 * Los protocolos viven en `guia/protocolos/` (son parte de cada edición), así que Starlight los pone
 * como subgrupo «protocolos» dentro de «Guía». En el menú van en su propio grupo «Protocolos»,
 * encabezado por el índice de todas las listas.
 */
function agruparProtocolos(sidebar: Sidebar): void {
  const guia = sidebar.find((e) => e.type === 'group' && e.label === 'Guía');
  if (guia?.type !== 'group') return;
  const i = guia.entries.findIndex((e) => e.type === 'group' && e.label === 'protocolos');
  const j = sidebar.findIndex((e) => e.type === 'link' && e.label === 'Protocolos');
  if (i < 0 || j < 0) return;
  const [subgrupo] = guia.entries.splice(i, 1);
  const indice = sidebar[j]!;
  if (subgrupo?.type !== 'group' || indice.type !== 'link') return;
  sidebar[j] = {
    type: 'group',
    label: 'Protocolos',
    collapsed: false,
    badge: undefined,
    entries: [{ ...indice, label: 'Todos los protocolos' }, ...subgrupo.entries],
  };
}
