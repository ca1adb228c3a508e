import type { Edicion } from '../schemas/edicion.ts';
import type { Registro } from './ediciones.ts';
import { idDePagina, partesDeId } from './rutas-de-edicion.ts';
import { sinBase } from './rutas.ts';

/**
 * La edición de una página del sitio, calculada una sola vez por página en el middleware
 * (`src/middleware.ts`) y guardada en `Astro.locals.edicionDePagina`. El menú (`src/route-data.ts`),
 * los avisos, el selector de edición, la historia de la página, las hojas impresas y el cuadernillo
 * la leen de ahí: ningún componente vuelve a calcularla ni recorre las carpetas.
 */
export interface EdicionDePagina {
  registro: Registro;
  /** La edición de la página: la de su id (`ediciones/<id>/…`) o, para todo lo demás, la actual. */
  edicion: Edicion;
  /** Si es la edición que se muestra en /guia/ (la vigente o, si no hay, el borrador). */
  esActual: boolean;
  /** La página dentro de su edición (`capitulo`, `protocolos/derivacion`), si es de la guía de esa edición. */
  pagina?: string;
  /** La misma página en la edición actual o, si no está en ella, la más cercana. Sin la ruta base. */
  enActual: { href: string; existe: boolean };
  /** Cada edición, de la más nueva a la más vieja, y la dirección de esta página en ella. */
  ediciones: EnEdicion[];
}

export interface EnEdicion {
  edicion: Edicion;
  /** Si la página existe en esa edición. */
  existe: boolean;
  /** La página en esa edición o, si no existe en ella, su lugar en el registro (`/ediciones/#<id>`). */
  href: string;
  /** Dónde empezar a leer esa edición (`como-usar-esta-guia` o su primera página), si tiene páginas. */
  inicio?: string;
}

/** Las páginas de cada edición (`capitulo`, `protocolos/derivacion`), por id de edición. */
export type PaginasPorEdicion = ReadonlyMap<string, ReadonlySet<string>>;

/** Agrupa por edición los ids de las páginas del sitio (los de la colección `docs`). */
export function paginasPorEdicion(registro: Registro, ids: Iterable<string>): PaginasPorEdicion {
  const mapa = new Map<string, Set<string>>(registro.ediciones.map((e) => [e.id, new Set()]));
  for (const id of ids) {
    const partes = partesDeId(registro, id);
    if (partes) mapa.get(partes.edicion)?.add(partes.pagina);
  }
  return mapa;
}

/**
 * Id de la página que se sirve en `ruta` (el de `starlightRoute.id`): la dirección sin la ruta base
 * ni barras (`/<base>/guia/capitulo/` → `guia/capitulo`; la portada, `index`).
 */
export function idDeDireccion(ruta: string, base = '/'): string {
  const direccion = decodeURI(ruta);
  const id = (sinBase(direccion, base) ?? direccion).replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
  return id || 'index';
}

const COMIENZO = 'como-usar-esta-guia';

/** Primera página de lectura de una edición: «Cómo usar esta guía» o, si no está, la primera. */
function inicioDe(registro: Registro, paginas: PaginasPorEdicion, edicionId: string): string | undefined {
  const propias = paginas.get(edicionId) ?? new Set<string>();
  const primera = propias.has(COMIENZO) ? COMIENZO : [...propias].sort()[0];
  return primera === undefined ? undefined : `/${idDePagina(registro, edicionId, primera)}/`;
}

/** La edición de la página de id `id` (el de `starlightRoute.id`). */
export function edicionDePagina(registro: Registro, paginas: PaginasPorEdicion, id: string): EdicionDePagina {
  const partes = partesDeId(registro, id);
  const edicion = registro.ediciones.find((e) => e.id === partes?.edicion) ?? registro.actual;
  const existeEn = (edicionId: string) => partes !== undefined && (paginas.get(edicionId)?.has(partes.pagina) ?? false);
  const pagina = partes && existeEn(edicion.id) ? partes.pagina : undefined;

  let enActual: EdicionDePagina['enActual'];
  if (partes && existeEn(registro.actual.id)) enActual = { href: `/guia/${partes.pagina}/`, existe: true };
  else if (partes?.pagina.startsWith('protocolos/')) enActual = { href: '/protocolos/', existe: false };
  else enActual = { href: inicioDe(registro, paginas, registro.actual.id) ?? '/', existe: false };

  const ediciones = [...registro.ediciones].reverse().map((e) => {
    const existe = existeEn(e.id);
    return {
      edicion: e,
      existe,
      href: existe ? `/${idDePagina(registro, e.id, partes!.pagina)}/` : `/ediciones/#${e.id}`,
      inicio: inicioDe(registro, paginas, e.id),
    };
  });
  return { registro, edicion, esActual: edicion.id === registro.actual.id, pagina, enActual, ediciones };
}
