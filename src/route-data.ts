import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { contentRoot } from '~/lib/contenido';
import { registroActual } from '~/lib/ediciones';
import { lastCommitDate } from '~/lib/git';
import { entradasDelMenu, menuDeLaPagina, paginacion } from '~/lib/menu';
import { url } from '~/lib/rutas';

const registro = registroActual();
const menu = entradasDelMenu(contentRoot(), registro);

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
  route.sidebar = menuDeLaPagina(route.sidebar, menu, edicion);
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
    action.link = url(action.link);
  }
});
