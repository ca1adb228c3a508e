import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { camposDeLinea } from '../../src/lib/csv.ts';

test('camposDeLinea da los mismos campos que csv-parse, con o sin comillas', () => {
  const lineas = ['', '  ', 'a', 'a,b,', ',', 'a,,b', ' a , b ', 'a\tb;c', "'a',b", 'Villa Gesell,070,Localidad simple,VILLA GESELL,06868010', '"a, b",c', '"dice ""hola""",x', 'a,"b'];
  for (const linea of lineas) {
    let esperado: string[] | undefined;
    try {
      [esperado = []] = parse(linea, { relax_column_count: true }) as string[][];
    } catch {
      esperado = undefined;
    }
    expect(camposDeLinea(linea), linea).toEqual(esperado);
  }
  // Los que importan: una comilla sin cerrar no es una línea completa; entre comillas, la coma es parte del campo.
  expect(camposDeLinea('a,"b')).toBeUndefined();
  expect(camposDeLinea('"a, b",c')).toEqual(['a, b', 'c']);
});
