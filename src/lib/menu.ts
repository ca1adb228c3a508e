import { relative } from 'node:path';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import type { Edicion } from '../schemas/edicion.ts';
import { carpetaDeEdicion, type Registro } from './ediciones.ts';

/**
 * El menú lateral, en un solo lugar. astro.config.mjs le pasa a Starlight la configuración
 * (`configuracionDelMenu`) y el middleware de rutas (src/route-data.ts) arma con las mismas
 * entradas el menú de cada página (`menuDeLaPagina`).
 *
 * Cada entrada tiene un id. Starlight arma el menú de una página con una entrada de primer nivel
 * por cada una de la configuración y en el mismo orden, así que el middleware las reconoce por su
 * posición y su id, nunca por el texto que se muestra: cambiar un rótulo acá no rompe nada. Si
 * Starlight dejara de respetar ese orden, `menuDeLaPagina` falla en la construcción en vez de
 * armar un menú equivocado.
 */
export type Sidebar = StarlightRouteData['sidebar'];
type Enlace = Extract<Sidebar[number], { type: 'link' }>;

/** Un elemento de `sidebar` en la configuración de Starlight (solo las formas que usamos). */
export type ElementoDeConfiguracion =
  | { label: string; link: string }
  | { label: string; items: Array<{ autogenerate: { directory: string } }> };

export interface EntradaDelMenu {
  /** `inicio`, `protocolos`, `municipios` o `guia:<edición>`. */
  id: string;
  /** En los grupos de la guía: la edición. Cada página muestra solo el grupo de su edición. */
  edicion?: string;
  configuracion: ElementoDeConfiguracion;
}

/**
 * La carpeta de los protocolos dentro de cada edición. Starlight la convierte en un subgrupo del
 * grupo de la guía con el nombre de la carpeta como rótulo (no es un texto que se edite).
 */
const CARPETA_DE_PROTOCOLOS = 'protocolos';

/** Rótulo del grupo del menú de cada edición. */
export function grupoDelMenu(registro: Registro, e: Edicion): string {
  return e.id === registro.actual.id ? 'Guía' : `Guía: ${e.titulo}`;
}

/** Las entradas del menú, en orden. `raiz` es la carpeta del contenido (contentRoot()). */
export function entradasDelMenu(raiz: string, registro: Registro): EntradaDelMenu[] {
  return [
    { id: 'inicio', configuracion: { label: 'Inicio', link: '/' } },
    { id: 'que-hago-ahora', configuracion: { label: '¿Qué hago ahora?', link: '/que-hago-ahora/' } },
    // Un grupo por edición. Starlight arma los grupos automáticos con la ruta del archivo relativa a
    // src/content/docs; como el contenido está en otra carpeta, la ruta incluye esa carpeta.
    ...registro.ediciones.map((e) => ({
      id: `guia:${e.id}`,
      edicion: e.id,
      configuracion: {
        label: grupoDelMenu(registro, e),
        items: [{ autogenerate: { directory: relative('.', carpetaDeEdicion(raiz, registro, e.id)).split('\\').join('/') } }],
      },
    })),
    // En cada página, el subgrupo de protocolos de su edición se muda acá (ver menuDeLaPagina).
    { id: 'protocolos', configuracion: { label: 'Protocolos', link: '/protocolos/' } },
    { id: 'municipios', configuracion: { label: 'Municipios', link: '/municipios/' } },
  ];
}

/** El `sidebar` de la configuración de Starlight. */
export function configuracionDelMenu(entradas: EntradaDelMenu[]): ElementoDeConfiguracion[] {
  return entradas.map((e) => e.configuracion);
}

/**
 * El menú de una página de la edición `edicion`, a partir del que arma Starlight con
 * `configuracionDelMenu(entradas)`:
 * - solo el grupo de la guía de esa edición;
 * - los protocolos de esa edición en su propio grupo, en el lugar de la entrada `protocolos`,
 *   encabezado por el índice de todas las listas.
 */
export function menuDeLaPagina(sidebar: Sidebar, entradas: EntradaDelMenu[], edicion: string): Sidebar {
  if (sidebar.length !== entradas.length) {
    throw new Error(
      `El menú de Starlight tiene ${sidebar.length} entradas y src/lib/menu.ts define ${entradas.length}: ` +
        'astro.config.mjs tiene que usar configuracionDelMenu() sin agregar ni quitar entradas.',
    );
  }
  const porId = new Map(entradas.map((e, i) => [e.id, sidebar[i]!]));
  const menu = sidebar.filter((_, i) => entradas[i]!.edicion === undefined || entradas[i]!.edicion === edicion);

  const guia = porId.get(`guia:${edicion}`);
  const indice = porId.get('protocolos');
  if (guia?.type !== 'group' || indice?.type !== 'link') return menu;
  const i = guia.entries.findIndex((e) => e.type === 'group' && e.label === CARPETA_DE_PROTOCOLOS);
  if (i < 0) return menu;
  const [subgrupo] = guia.entries.splice(i, 1);
  if (subgrupo?.type !== 'group') return menu;
  menu[menu.indexOf(indice)] = {
    type: 'group',
    label: indice.label,
    collapsed: false,
    badge: undefined,
    entries: [{ ...indice, label: 'Todos los protocolos' }, ...subgrupo.entries],
  };
  return menu;
}

function enlaces(sidebar: Sidebar): Enlace[] {
  return sidebar.flatMap((e) => (e.type === 'link' ? [e] : enlaces(e.entries)));
}

/** Anterior y siguiente según el menú de la página (respeta `prev: false` / `next: false`). */
export function paginacion(sidebar: Sidebar, datos: { prev?: unknown; next?: unknown }): StarlightRouteData['pagination'] {
  const lista = enlaces(sidebar);
  const i = lista.findIndex((e) => e.isCurrent);
  if (i < 0) return { prev: undefined, next: undefined };
  return {
    prev: datos.prev === false ? undefined : lista[i - 1],
    next: datos.next === false ? undefined : lista[i + 1],
  };
}
