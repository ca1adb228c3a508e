import { relative, resolve } from 'node:path';
import { paginasDeEdicion, type Registro } from './ediciones.ts';

/**
 * Direcciones de las páginas de cada edición. Una página de la guía es un par (edición, página),
 * con `página` como `capitulo` o `protocolos/derivacion`:
 *
 * - su archivo es `guia/<página>.mdx` (el borrador) o `ediciones/<edición>/<página>.mdx`;
 * - su id en el sitio (y su dirección) es `guia/<página>` para la edición actual y
 *   `ediciones/<edición>/<página>` para las demás;
 * - su dirección permanente es siempre `/ediciones/<edición>/<página>/`.
 */
export interface PartesDePagina {
  edicion: string;
  pagina: string;
}

const EN_EDICION = /^ediciones\/([^/]+)\/(.+)$/;
const EN_GUIA = /^guia\/(.+)$/;

/** Id de la página en el sitio (y su dirección): corta para la edición actual, permanente para las demás. */
export function idDePagina(registro: Registro, edicionId: string, pagina: string): string {
  return edicionId === registro.actual.id ? `guia/${pagina}` : `ediciones/${edicionId}/${pagina}`;
}

/** Separa el id de una página del sitio en su edición y su página (`ediciones/x/glosario` → x, glosario). */
export function partesDeId(registro: Registro, id: string): PartesDePagina | undefined {
  const archivada = EN_EDICION.exec(id);
  if (archivada) return { edicion: archivada[1]!, pagina: archivada[2]! };
  const actual = EN_GUIA.exec(id);
  return actual ? { edicion: registro.actual.id, pagina: actual[1]! } : undefined;
}

/**
 * Edición y página de un archivo de `content/` (su ruta relativa a esa carpeta, con o sin
 * extensión): `guia/…` es el borrador, `ediciones/<id>/…` una edición cerrada.
 */
export function partesDeArchivo(registro: Registro, archivo: string): PartesDePagina | undefined {
  const sinExtension = archivo.split('\\').join('/').replace(/\.mdx?$/, '');
  const enGuia = EN_GUIA.exec(sinExtension);
  if (enGuia) return { edicion: registro.borrador.id, pagina: enGuia[1]! };
  const enEdicion = EN_EDICION.exec(sinExtension);
  return enEdicion ? { edicion: enEdicion[1]!, pagina: enEdicion[2]! } : undefined;
}

/**
 * Id en el sitio de un archivo de páginas de `content/` (la ruta relativa a esa carpeta, con
 * extensión): las páginas de la edición actual van a /guia/, las demás a /ediciones/<id>/.
 */
export function idDeArchivo(registro: Registro, archivo: string): string {
  const partes = partesDeArchivo(registro, archivo);
  return partes ? idDePagina(registro, partes.edicion, partes.pagina) : archivo.split('\\').join('/').replace(/\.mdx?$/, '');
}

/** Dirección permanente de una página de una edición. */
export function rutaPermanente(edicionId: string, pagina: string): string {
  return `/ediciones/${edicionId}/${pagina}/`;
}

/** Páginas de la edición actual con su dirección permanente y la corta a la que llevan. */
export function redireccionesPermanentes(raiz: string, registro: Registro): Array<{ pagina: string; desde: string; hacia: string }> {
  return paginasDeEdicion(raiz, registro, registro.actual.id).map((pagina) => ({
    pagina,
    desde: rutaPermanente(registro.actual.id, pagina),
    hacia: `/guia/${pagina}/`,
  }));
}

/**
 * En una página que no es de la edición actual, los enlaces a `/guia/<página>/` llevan a esa
 * página en la misma edición (`/ediciones/<id>/<página>/`): quien lee una edición anterior sigue
 * dentro de ella. `archivo` es la ruta del archivo MDX (absoluta o relativa a la raíz del proyecto).
 */
export function enlaceEnSuEdicion(raiz: string, registro: Registro, archivo: string, href: string): string {
  if (!href.startsWith('/guia/')) return href;
  const edicion = partesDeArchivo(registro, relative(resolve(raiz), resolve(archivo)))?.edicion;
  if (!edicion || edicion === registro.actual.id) return href;
  return `/ediciones/${edicion}/${href.slice('/guia/'.length)}`;
}
