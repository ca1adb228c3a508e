import { describe, expect, test } from 'vitest';
import { antiguedadDeMarcas, borrarTodasLasMarcas, borrarVencidas, claveDeLista, guardarMarcas, leerMarcas, VENCEN_A_LOS_DIAS } from '../../src/scripts/marcas.ts';

/** Un localStorage en memoria, con la misma interfaz. */
function almacen(inicial: Record<string, string> = {}): Storage {
  const datos = new Map(Object.entries(inicial));
  return {
    get length() {
      return datos.size;
    },
    key: (i) => [...datos.keys()][i] ?? null,
    getItem: (k) => datos.get(k) ?? null,
    setItem: (k, v) => void datos.set(k, String(v)),
    removeItem: (k) => void datos.delete(k),
    clear: () => datos.clear(),
  };
}

const CLAVE = claveDeLista('primera', 'derivacion');
const ahora = new Date('2026-11-30T12:00:00Z');
const diasAntes = (n: number) => new Date(ahora.getTime() - n * 24 * 60 * 60 * 1000);

describe('marcas de las listas', () => {
  test('se guardan por edición y protocolo, con las claves de los pasos y la fecha', () => {
    const a = almacen();
    guardarMarcas(a, CLAVE, ['texto.1a2b3c4d', 'avisar'], ahora);
    expect(CLAVE).toBe('guia-lista:primera:derivacion');
    expect(JSON.parse(a.getItem(CLAVE)!)).toEqual({ fecha: '2026-11-30T12:00:00.000Z', pasos: ['texto.1a2b3c4d', 'avisar'] });
    expect(leerMarcas(a, CLAVE, ahora)).toEqual({ pasos: new Set(['texto.1a2b3c4d', 'avisar']), fecha: ahora });
  });

  test('sin marcas no queda nada guardado', () => {
    const a = almacen();
    guardarMarcas(a, CLAVE, ['x'], ahora);
    guardarMarcas(a, CLAVE, [], ahora);
    expect(a.length).toBe(0);
  });

  test(`vencen a los ${VENCEN_A_LOS_DIAS} días de la última marca, y entonces se borran`, () => {
    const a = almacen();
    guardarMarcas(a, CLAVE, ['x'], diasAntes(VENCEN_A_LOS_DIAS - 1));
    expect(leerMarcas(a, CLAVE, ahora).pasos).toEqual(new Set(['x']));
    guardarMarcas(a, CLAVE, ['x'], diasAntes(VENCEN_A_LOS_DIAS + 1));
    expect(leerMarcas(a, CLAVE, ahora).pasos).toEqual(new Set());
    expect(a.getItem(CLAVE)).toBeNull();
  });

  test('al abrir una lista se borran las vencidas de todas, y solo esas', () => {
    const a = almacen({ 'starlight-theme': 'dark' });
    const otra = claveDeLista('primera', 'deteccion');
    guardarMarcas(a, CLAVE, ['x'], diasAntes(1));
    guardarMarcas(a, otra, ['y'], diasAntes(VENCEN_A_LOS_DIAS + 1));
    borrarVencidas(a, ahora);
    expect(a.getItem(otra)).toBeNull();
    expect(a.getItem(CLAVE)).not.toBeNull();
    expect(a.getItem('starlight-theme')).toBe('dark');
  });

  test('el formato viejo (por posición) y lo ilegible se borran sin usarse', () => {
    for (const viejo of ['["0.0","1.2"]', 'no es JSON', '{"pasos":["x"]}', '{"fecha":"ayer","pasos":["x"]}']) {
      const a = almacen({ [CLAVE]: viejo });
      expect(leerMarcas(a, CLAVE, ahora).pasos, viejo).toEqual(new Set());
      expect(a.getItem(CLAVE), viejo).toBeNull();
    }
  });

  test('«Empezar un caso nuevo» borra las marcas de todas las listas y nada más', () => {
    const a = almacen({ 'starlight-theme': 'dark' });
    guardarMarcas(a, CLAVE, ['x'], ahora);
    guardarMarcas(a, claveDeLista('segunda', 'deteccion'), ['y'], ahora);
    borrarTodasLasMarcas(a);
    expect(a.length).toBe(1);
    expect(a.getItem('starlight-theme')).toBe('dark');
  });

  test('dice de cuándo son las marcas, en días del calendario', () => {
    expect(antiguedadDeMarcas(ahora, ahora)).toBe('Marcas de hoy');
    expect(antiguedadDeMarcas(diasAntes(1), ahora)).toBe('Marcas de ayer');
    expect(antiguedadDeMarcas(diasAntes(2), ahora)).toBe('Marcas de hace 2 días');
  });
});
