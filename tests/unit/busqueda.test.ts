import { describe, expect, test } from 'vitest';
import { sinonimosDePagina, tipoDePagina } from '../../src/lib/busqueda.ts';

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
