import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { grupoDelMenu, registroActual } from '~/lib/ediciones';
import { withBase } from '~/lib/enlaces-base';
import { lastCommitDate } from '~/lib/git';

type Sidebar = StarlightRouteData['sidebar'];
type Enlace = Extract<Sidebar[number], { type: 'link' }>;

const registro = registroActual();
const gruposDeEdiciones = new Map(registro.ediciones.map((e) => [grupoDelMenu(registro, e), e.id]));

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;

  // «Última actualización»: Starlight solo la calcula para `src/content/docs`; nuestro contenido
  // está en `content/`, así que la tomamos del último commit del archivo.
  if (!route.lastUpdated && route.entry.data.lastUpdated !== false) {
    const fecha = lastCommitDate(route.entry.filePath);
    if (fecha) route.lastUpdated = fecha;
  }

  // Cada página muestra en el menú solo la guía de su edición, y la paginación no cruza ediciones.
  // (La edición de la página la calcula src/middleware.ts.)
  const edicion = context.locals.edicionDePagina.edicion.id;
  route.sidebar = route.sidebar.filter((e) => e.type !== 'group' || (gruposDeEdiciones.get(e.label) ?? edicion) === edicion);
  agruparProtocolos(route.sidebar);
  route.pagination = paginacion(route.sidebar, route.entry.data);

  // Las ediciones que no son la actual quedan fuera de la búsqueda.
  if (edicion !== registro.actual.id) route.entry.data.pagefind = false;

  // La 404 se sirve en cualquier dirección inexistente: no tiene una dirección canónica propia.
  // Starlight le pone /404/, que no existe (lo detecta `npm run enlaces`).
  if (route.entry.id === '404') {
    route.head = route.head.filter(
      ({ tag, attrs }) => !(tag === 'link' && attrs?.rel === 'canonical') && !(tag === 'meta' && attrs?.property === 'og:url'),
    );
  }

  // Los botones de la portada (frontmatter `hero.actions`) no pasan por el procesador de
  // Markdown: les agregamos la ruta base acá, como a los demás enlaces internos.
  for (const action of route.entry.data.hero?.actions ?? []) {
    action.link = withBase(action.link, import.meta.env.BASE_URL);
  }
});

function enlaces(sidebar: Sidebar): Enlace[] {
  return sidebar.flatMap((e) => (e.type === 'link' ? [e] : enlaces(e.entries)));
}

/** Anterior y siguiente según el menú ya filtrado (respeta `prev: false` / `next: false`). */
function paginacion(sidebar: Sidebar, datos: { prev?: unknown; next?: unknown }): StarlightRouteData['pagination'] {
  const lista = enlaces(sidebar);
  const i = lista.findIndex((e) => e.isCurrent);
  if (i < 0) return { prev: undefined, next: undefined };
  return {
    prev: datos.prev === false ? undefined : lista[i - 1],
    next: datos.next === false ? undefined : lista[i + 1],
  };
}

/**
 * Los protocolos viven en la carpeta de cada edición (`protocolos/`), así que Starlight los pone
 * como subgrupo «protocolos» dentro de la guía. En el menú van en su propio grupo «Protocolos»,
 * encabezado por el índice de todas las listas.
 */
function agruparProtocolos(sidebar: Sidebar): void {
  const guia = sidebar.find((e) => e.type === 'group' && gruposDeEdiciones.has(e.label));
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
