import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
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

  // Los botones de la portada (frontmatter `hero.actions`) no pasan por el procesador de
  // Markdown: les agregamos la ruta base acá, como a los demás enlaces internos.
  for (const action of route.entry.data.hero?.actions ?? []) {
    action.link = withBase(action.link, import.meta.env.BASE_URL);
  }
});
