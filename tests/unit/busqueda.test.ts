import { describe, expect, test } from 'vitest';
import { sinonimosDePagina, tipoDePagina } from '../../src/lib/busqueda.ts';
import { CLAVES_DEL_BUSCADOR, traduccionesDelBuscador } from '../../src/lib/traducciones-buscador.ts';

describe('tipoDePagina', () => {
  test.each([
    ['guia/protocolos/asistencia-en-allanamientos', 'Protocolo'],
    ['guia/marco-normativo', 'Capítulo'],
    ['guia/glosario', 'Recurso'],
    ['guia/lineas-y-recursos', 'Recurso'],
    ['guia/fuentes', 'Recurso'],
    ['municipios/general-pueyrredon', 'Municipio'],
    ['municipios/acerca-de-los-datos', 'Recurso'],
    ['municipios', 'Recurso'],
    ['protocolos', 'Recurso'],
    ['que-hago-ahora', '¿Qué hago ahora?'],
    ['que-hago-ahora/situacion/edad/nna', '¿Qué hago ahora?'],
    ['', 'Recurso'],
  ])('%s → %s', (id, tipo) => expect(tipoDePagina(id)).toBe(tipo));
});

test('sinonimosDePagina junta los de cada término que nombra la página, sin repetir', () => {
  const glosario = [
    { sinonimos: ['trabajo forzoso', 'trabajos forzados'], relacionadas: ['conceptos-e-indicadores'] },
    { sinonimos: ['explotación laboral', 'trabajos forzados'], relacionadas: ['conceptos-e-indicadores', 'marco-normativo'] },
    { sinonimos: ['operativo'], relacionadas: ['protocolos/asistencia-en-allanamientos'] },
  ];
  expect(sinonimosDePagina('conceptos-e-indicadores', glosario)).toEqual(['trabajo forzoso', 'trabajos forzados', 'explotación laboral']);
  expect(sinonimosDePagina('protocolos/asistencia-en-allanamientos', glosario)).toEqual(['operativo']);
  expect(sinonimosDePagina('principios', glosario)).toEqual([]);
});

describe('textos del buscador (viajan con el módulo diferido, no en cada página)', () => {
  test('están todos los que muestra la interfaz, con el marcador del campo', () => {
    const textos = traduccionesDelBuscador();
    expect(textos.placeholder).toBe('Buscar');
    for (const clave of CLAVES_DEL_BUSCADOR) expect(textos[clave], `pagefind.${clave} en es-AR.json`).toMatch(/\S/);
  });

  test('en voseo y con los marcadores que reemplaza Pagefind', () => {
    const textos = traduccionesDelBuscador();
    expect(textos.search_suggestion).toMatch(/^Ningún resultado para \[SEARCH_TERM\]\. Probá /);
    expect(textos.many_results).toContain('[COUNT]');
    expect(textos.alt_search).toContain('[DIFFERENT_TERM]');
  });

  test('toma solo las claves pagefind.* (sin el prefijo) y search.label', () => {
    expect(traduccionesDelBuscador({ 'search.label': 'Buscar', 'pagefind.load_more': 'Más', 'page.editLink': 'Editar', 'pagefind.x': 1 })).toEqual({
      placeholder: 'Buscar',
      load_more: 'Más',
    });
  });
});
