import { describe, expect, test } from 'vitest';
import { cargarRegistro } from '../../src/lib/ediciones.ts';
import { configuracionDelMenu, entradasDelMenu, menuDeLaPagina, paginacion, type EntradaDelMenu, type Sidebar } from '../../src/lib/menu.ts';

type Entrada = Sidebar[number];
const enlace = (label: string, href: string, isCurrent = false): Entrada => ({ type: 'link', label, href, isCurrent, badge: undefined, attrs: {} });
const grupo = (label: string, entries: Entrada[]): Entrada => ({ type: 'group', label, entries, collapsed: false, badge: undefined });

/** El menú que arma Starlight con la configuración: una entrada por cada una, en el mismo orden. */
function menuDeStarlight(entradas: EntradaDelMenu[], actual = ''): Sidebar {
  return entradas.map((e) => {
    const c = e.configuracion;
    if ('link' in c) return enlace(c.label, c.link, c.link === actual);
    const base = e.edicion === 'primera' ? '/ediciones/primera' : '/guia';
    return grupo(c.label, [
      enlace('Capítulo', `${base}/capitulo/`, `${base}/capitulo/` === actual),
      grupo('protocolos', [enlace('Detección', `${base}/protocolos/deteccion/`, `${base}/protocolos/deteccion/` === actual)]),
    ]);
  });
}

const raiz = 'tests/fixtures/ediciones';
const registro = cargarRegistro(raiz);
const entradas = entradasDelMenu(raiz, registro);

describe('menú lateral (src/lib/menu.ts)', () => {
  test('la configuración tiene Inicio, ¿Qué hago ahora?, un grupo por edición, Protocolos y Municipios', () => {
    expect(entradas.map((e) => e.id)).toEqual(['inicio', 'que-hago-ahora', 'guia:primera', 'guia:segunda', 'guia:tercera', 'protocolos', 'municipios']);
    const config = configuracionDelMenu(entradas);
    expect(config.map((c) => c.label)).toEqual(['Inicio', '¿Qué hago ahora?', 'Guía: Primera edición', 'Guía', 'Guía: Tercera edición', 'Protocolos', 'Municipios']);
    expect(config[2]).toEqual({ label: 'Guía: Primera edición', items: [{ autogenerate: { directory: `${raiz}/ediciones/primera` } }] });
    expect(config[4]).toEqual({ label: 'Guía: Tercera edición', items: [{ autogenerate: { directory: `${raiz}/guia` } }] });
  });

  test('cada página muestra la guía de su edición y sus protocolos en un grupo propio', () => {
    const menu = menuDeLaPagina(menuDeStarlight(entradas, '/guia/protocolos/deteccion/'), entradas, 'segunda');
    expect(menu).toEqual([
      enlace('Inicio', '/'),
      enlace('¿Qué hago ahora?', '/que-hago-ahora/'),
      grupo('Guía', [enlace('Capítulo', '/guia/capitulo/')]),
      grupo('Protocolos', [
        enlace('Todos los protocolos', '/protocolos/'),
        enlace('Detección', '/guia/protocolos/deteccion/', true),
      ]),
      enlace('Municipios', '/municipios/'),
    ]);
    expect(paginacion(menu, {})).toEqual({ prev: enlace('Todos los protocolos', '/protocolos/'), next: enlace('Municipios', '/municipios/') });
    expect(paginacion(menu, { prev: false, next: false })).toEqual({ prev: undefined, next: undefined });
  });

  test('las entradas se reconocen por su id: cambiar los rótulos no cambia el armado', () => {
    const renombradas = entradas.map((e) => ({ ...e, configuracion: { ...e.configuracion, label: `Otro ${e.id}` } }));
    const menu = menuDeLaPagina(menuDeStarlight(renombradas), renombradas, 'primera');
    expect(menu.map((e) => [e.type, e.label])).toEqual([
      ['link', 'Otro inicio'],
      ['link', 'Otro que-hago-ahora'],
      ['group', 'Otro guia:primera'],
      ['group', 'Otro protocolos'],
      ['link', 'Otro municipios'],
    ]);
    expect(menu[3]?.type === 'group' && menu[3].entries.map((e) => e.label)).toEqual(['Todos los protocolos', 'Detección']);
  });

  test('si el menú de Starlight no corresponde a la configuración, falla en vez de armar otro', () => {
    expect(() => menuDeLaPagina(menuDeStarlight(entradas).slice(1), entradas, 'segunda')).toThrow(/tiene 6 entradas y src\/lib\/menu.ts define 7/);
  });
});
