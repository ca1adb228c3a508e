import { describe, expect, test } from 'vitest';
import { edicionDePagina, idDeDireccion, paginasPorEdicion } from '../../src/lib/edicion-de-pagina.ts';
import { cargarRegistro, leerRegistro, paginasDeEdicion } from '../../src/lib/ediciones.ts';
import { idDePagina } from '../../src/lib/rutas-de-edicion.ts';

/**
 * tests/fixtures/ediciones: «primera» (reemplazada: capitulo, quitada, protocolos/derivacion),
 * «segunda» (vigente, en /guia/: capitulo, nueva, protocolos/derivacion) y «tercera» (borrador:
 * capitulo, nueva, protocolos/derivacion). Los ids son los que arma la colección `docs`.
 */
const RAIZ = 'tests/fixtures/ediciones';
const registro = cargarRegistro(RAIZ);
const ids = registro.ediciones.flatMap((e) => paginasDeEdicion(RAIZ, registro, e.id).map((p) => idDePagina(registro, e.id, p)));
const paginas = paginasPorEdicion(registro, [...ids, 'index', '404', 'municipios/la-plata']);
const de = (id: string) => edicionDePagina(registro, paginas, id);

describe('edición de una página', () => {
  test('agrupa las páginas de la colección por edición (las que no son de la guía quedan fuera)', () => {
    expect([...paginas.get('primera')!].sort()).toEqual(['capitulo', 'protocolos/derivacion', 'quitada']);
    expect([...paginas.get('segunda')!].sort()).toEqual(['capitulo', 'nueva', 'protocolos/derivacion']);
    expect([...paginas.get('tercera')!].sort()).toEqual(['capitulo', 'nueva', 'protocolos/derivacion']);
  });

  test('una página de /guia/ es de la edición vigente, y existe en todas', () => {
    const e = de('guia/capitulo');
    expect(e.edicion.id).toBe('segunda');
    expect(e.edicion.estado).toBe('vigente');
    expect(e.esActual).toBe(true);
    expect(e.pagina).toBe('capitulo');
    expect(e.enActual).toEqual({ href: '/guia/capitulo/', existe: true });
    expect(e.ediciones.map((x) => [x.edicion.id, x.href])).toEqual([
      ['tercera', '/ediciones/tercera/capitulo/'],
      ['segunda', '/guia/capitulo/'],
      ['primera', '/ediciones/primera/capitulo/'],
    ]);
  });

  test('una página de una edición reemplazada lleva a la misma en la vigente', () => {
    const e = de('ediciones/primera/protocolos/derivacion');
    expect(e.edicion.id).toBe('primera');
    expect(e.edicion.estado).toBe('reemplazada');
    expect(e.esActual).toBe(false);
    expect(e.enActual).toEqual({ href: '/guia/protocolos/derivacion/', existe: true });
  });

  test('una página quitada lleva a la más cercana y solo existe en su edición', () => {
    const e = de('ediciones/primera/quitada');
    expect(e.enActual).toEqual({ href: '/guia/capitulo/', existe: false });
    expect(e.ediciones.filter((x) => x.existe).map((x) => x.edicion.id)).toEqual(['primera']);
    expect(e.ediciones.find((x) => x.edicion.id === 'segunda')!.href).toBe('/ediciones/#segunda');
  });

  test('el borrador es una edición en borrador, con su dirección permanente', () => {
    const e = de('ediciones/tercera/nueva');
    expect(e.edicion.estado).toBe('borrador');
    expect(e.esActual).toBe(false);
    expect(e.pagina).toBe('nueva');
    expect(e.ediciones.find((x) => x.edicion.id === 'primera')).toMatchObject({ existe: false, href: '/ediciones/#primera' });
  });

  test('las páginas generadas de una edición («Qué cambió») son de esa edición pero no de su guía', () => {
    const e = de('ediciones/tercera/cambios');
    expect(e.edicion.id).toBe('tercera');
    expect(e.pagina).toBeUndefined();
    expect(e.enActual).toEqual({ href: '/guia/capitulo/', existe: false });
  });

  test('las páginas fuera de la guía (portada, municipios, cuadernillo) son de la edición actual', () => {
    for (const id of ['index', 'municipios/la-plata', 'imprimir/protocolos', 'ediciones']) {
      const e = de(id);
      expect(e.edicion.id, id).toBe('segunda');
      expect(e.pagina, id).toBeUndefined();
    }
  });

  test('cada edición dice dónde empezar a leerla', () => {
    expect(de('index').ediciones.map((x) => [x.edicion.id, x.inicio])).toEqual([
      ['tercera', '/ediciones/tercera/capitulo/'],
      ['segunda', '/guia/capitulo/'],
      ['primera', '/ediciones/primera/capitulo/'],
    ]);
  });

  test('sin ediciones.yaml, todo es del único borrador', () => {
    const { registro: implicito } = leerRegistro('tests/fixtures/minimo');
    const e = edicionDePagina(implicito!, paginasPorEdicion(implicito!, ['guia/capitulo']), 'guia/capitulo');
    expect(e.edicion).toMatchObject({ id: 'borrador', estado: 'borrador' });
    expect(e.esActual).toBe(true);
    expect(e.enActual).toEqual({ href: '/guia/capitulo/', existe: true });
  });
});

test('el id de una página sale de su dirección, con o sin ruta base', () => {
  expect(idDeDireccion('/guia/capitulo/')).toBe('guia/capitulo');
  expect(idDeDireccion('/guia/capitulo/index.html')).toBe('guia/capitulo');
  expect(idDeDireccion('/repo/ediciones/primera/protocolos/derivacion/', '/repo/')).toBe('ediciones/primera/protocolos/derivacion');
  expect(idDeDireccion('/repo/', '/repo')).toBe('index');
  expect(idDeDireccion('/')).toBe('index');
  expect(idDeDireccion('/guia/se%C3%B1al/')).toBe('guia/señal');
  // Una dirección que solo empieza como la base no pierde ese pedazo.
  expect(idDeDireccion('/repositorio/guia/x/', '/repo/')).toBe('repositorio/guia/x');
});
