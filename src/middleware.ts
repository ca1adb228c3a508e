import { getCollection } from 'astro:content';
import { defineMiddleware } from 'astro:middleware';
import { edicionDePagina, idDeDireccion, paginasPorEdicion, type PaginasPorEdicion } from '~/lib/edicion-de-pagina';
import { registroActual } from '~/lib/ediciones';

/**
 * Antes de renderizar cada página: su edición (`Astro.locals.edicionDePagina`, ver
 * src/lib/edicion-de-pagina.ts), calculada una sola vez.
 *
 * Va en el middleware de Astro y no en el de rutas de Starlight (src/route-data.ts) porque este
 * último corre recién cuando `<StarlightPage>` se renderiza: el frontmatter de las páginas que la
 * usan (el cuadernillo, /ediciones/) y los componentes que Astro inicia antes para juntar sus
 * estilos (la lista de verificación) todavía no lo verían. El middleware de rutas lo lee de acá.
 */
const registro = registroActual();
let porEdicion: { ids: string; paginas: PaginasPorEdicion } | undefined;

export const onRequest = defineMiddleware(async (context, next) => {
  // La colección no cambia durante la construcción: se lee y se agrupa una vez, no en cada página
  // (`getCollection` arma una lista nueva en cada llamada). En `astro dev`, cada vez que cambia.
  if (!porEdicion || import.meta.env.DEV) {
    const ids = (await getCollection('docs')).map((p) => p.id);
    const clave = ids.join('\n');
    if (porEdicion?.ids !== clave) porEdicion = { ids: clave, paginas: paginasPorEdicion(registro, ids) };
  }
  context.locals.edicionDePagina = edicionDePagina(registro, porEdicion.paginas, idDeDireccion(context.url.pathname, import.meta.env.BASE_URL));
  return next();
});
