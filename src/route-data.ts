import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { contentRoot } from '~/lib/contenido';
import { registroActual } from '~/lib/ediciones';
import { lastCommitDate } from '~/lib/git';
import { entradasDelMenu, menuDeLaPagina, paginacion } from '~/lib/menu';
import { url } from '~/lib/rutas';
import svgDelFavicon from '../public/favicon.svg?raw';

const registro = registroActual();
/** public/favicon.svg como dirección `data:`: comillas simples y `#`, `<`, `>` y espacios escapados (lo mínimo para que valga). */
const FAVICON = `data:image/svg+xml,${svgDelFavicon
  .trim()
  .replaceAll('"', "'")
  .replaceAll('#', '%23')
  .replaceAll('<', '%3C')
  .replaceAll('>', '%3E')
  .replaceAll(' ', '%20')}`;
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

  // El ícono de la pestaña va dentro de la página (el mismo SVG de public/favicon.svg, ~0,2 KB), no
  // como un archivo más que pedir en cada primera visita (tests/e2e/presupuesto.test.ts). La CSP
  // permite imágenes `data:`; el manifiesto de la app sigue nombrando el archivo.
  for (const { tag, attrs } of route.head) {
    if (tag === 'link' && attrs?.rel === 'shortcut icon') attrs.href = FAVICON;
  }

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
