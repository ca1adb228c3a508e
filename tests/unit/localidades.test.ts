import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { juntarSalida } from '../../scripts/lib/proceso.ts';
import { validate } from '../../scripts/validate.ts';
import { ErrorDeContenido, formatearProblema } from '../../src/lib/errores.ts';
import { cargarLocalidades, leerLocalidades, localidadesPorPartido, normalizarNombre } from '../../src/lib/localidades.ts';
import { leerMunicipios } from '../../src/lib/municipios/lectura.ts';

const FIXTURE = 'tests/fixtures/localidades-rotas';
const CSV = `${FIXTURE}/municipios/datos/localidades.csv`;
const codigos = (raiz: string) => new Set(leerMunicipios(raiz, undefined).municipios!.map((m) => m.indec));

describe('el archivo de localidades roto', () => {
  test('cada problema sale con su línea, su campo y cómo arreglarlo', () => {
    const { localidades, problemas } = leerLocalidades(FIXTURE, codigos(FIXTURE));
    expect(localidades).toBeUndefined();
    expect(problemas.map(formatearProblema)).toEqual([
      `${CSV}:7 › tipo: "barrio" no es un tipo de BAHRA. Usá LS (localidad simple), LC (componente de localidad compuesta) o E (entidad).`,
      `${CSV}:9: hay una comilla (") sin cerrar. Cada fila va en una sola línea; si un nombre lleva coma, escribilo entre comillas: "Nombre, con coma".`,
      `${CSV}:10: la fila tiene 4 columnas y debe tener 5 (nombre,partido_indec,tipo,nombre_bahra,cod_bahra), separadas por comas. Si un nombre lleva coma, escribilo entre comillas.`,
      `${CSV}:11 › partido_indec: debe ser el código INDEC del partido: 5 cifras que empiezan con 06 (ejemplo: 06427).`,
      `${CSV}:4 › partido_indec: "06999" no es el código INDEC de ningún partido de ${FIXTURE}/municipios. Usá el del campo «indec» del archivo .yaml del partido (por ejemplo, 06427 es La Matanza).`,
      `${CSV}:5 › nombre: "temperley" ya figura en el mismo partido (06490) en la línea 3. Si es la misma localidad, borrá una de las dos filas; si son dos lugares distintos, distinguilos en el nombre (por ejemplo, con una aclaración entre paréntesis).`,
      `${CSV}:6 › cod_bahra: el código BAHRA "06490010004" ya está en la línea 3. Cada fila es un asentamiento distinto: borrá la repetida.`,
    ]);
  });

  test('npm run validate los informa en castellano y falla', () => {
    const salida = juntarSalida();
    const codigo = validate([FIXTURE], salida, { ...process.env, GITHUB_ACTIONS: undefined });
    expect(codigo).toBe(1);
    const lineas = salida.stdout.split('\n');
    expect(lineas).toContain(
      `${CSV}:4 › partido_indec: "06999" no es el código INDEC de ningún partido de ${FIXTURE}/municipios. Usá el del campo «indec» del archivo .yaml del partido (por ejemplo, 06427 es La Matanza).`,
    );
    expect(lineas).toContain(
      `${CSV}:6 › cod_bahra: el código BAHRA "06490010004" ya está en la línea 3. Cada fila es un asentamiento distinto: borrá la repetida.`,
    );
  });

  test('la construcción se detiene con los mismos mensajes', () => {
    expect(() => cargarLocalidades(FIXTURE)).toThrow(ErrorDeContenido);
    expect(() => cargarLocalidades(FIXTURE)).toThrow(`${CSV}:4 › partido_indec: "06999" no es el código INDEC`);
  });

  test('sin los códigos de los partidos (municipios con errores) revisa todo lo demás', () => {
    const { problemas } = leerLocalidades(FIXTURE);
    expect(problemas.some((p) => p.campo === 'partido_indec' && p.mensaje.includes('06999'))).toBe(false);
    expect(problemas.some((p) => p.campo === 'cod_bahra')).toBe(true);
  });
});

describe('casos del archivo', () => {
  function raizCon(texto: string): string {
    const raiz = mkdtempSync(join(tmpdir(), 'guia-localidades-'));
    mkdirSync(join(raiz, 'municipios', 'datos'), { recursive: true });
    writeFileSync(join(raiz, 'municipios', 'datos', 'localidades.csv'), texto);
    return raiz;
  }

  test('sin archivo no hay localidades ni problemas (los contenidos de prueba)', () => {
    expect(leerLocalidades('tests/fixtures/minimo')).toEqual({ localidades: [], problemas: [] });
  });

  test('un encabezado cambiado se informa en la línea 1', () => {
    const raiz = raizCon('nombre,partido,tipo\nTemperley,06490,E\n');
    expect(leerLocalidades(raiz).problemas.map((p) => [p.linea, p.mensaje])).toEqual([
      [1, 'la primera línea debe ser el encabezado "nombre,partido_indec,tipo,nombre_bahra,cod_bahra", pero dice "nombre,partido,tipo". Restaurala desde el historial del repositorio.'],
    ]);
  });

  test('un nombre con coma entre comillas se lee entero', () => {
    const raiz = raizCon('nombre,partido_indec,tipo,nombre_bahra,cod_bahra\r\n"Villa A, B",06490,E,"VILLA A, B",06490010099\r\n');
    expect(leerLocalidades(raiz, new Set(['06490']))).toEqual({
      problemas: [],
      localidades: [{ nombre: 'Villa A, B', partido_indec: '06490', tipo: 'E', nombre_bahra: 'VILLA A, B', cod_bahra: '06490010099', linea: 2 }],
    });
  });
});

describe('las localidades de la guía (content/municipios/datos/localidades.csv)', () => {
  const municipios = leerMunicipios('content', undefined).municipios!;
  const { localidades = [], problemas } = leerLocalidades('content', new Set(municipios.map((m) => m.indec)));
  const partidoDe = (nombre: string) =>
    localidades.filter((l) => l.nombre === nombre).map((l) => municipios.find((m) => m.indec === l.partido_indec)!.nombre);

  test('no tiene problemas y trae las 885 filas de BAHRA de la provincia (886 menos Manuel J. Cobo)', () => {
    expect(problemas).toEqual([]);
    expect(localidades).toHaveLength(885);
    expect(localidades.some((l) => l.nombre_bahra === 'MANUEL J. COBO')).toBe(false);
  });

  test('cada fila conserva el nombre de BAHRA: el nombre escrito es el mismo sin tildes ni mayúsculas', () => {
    const distintos = localidades.filter((l) => normalizarNombre(l.nombre) !== normalizarNombre(l.nombre_bahra));
    // La única excepción es la corrección de «GENERAL RODRGUEZ» (ver datos/LEEME.md).
    expect(distintos.map((l) => `${l.cod_bahra} ${l.nombre}`)).toEqual(['06364030004 General Rodríguez']);
  });

  test('las tildes están restauradas y cada localidad va a su partido', () => {
    expect(partidoDe('González Catán')).toEqual(['La Matanza']);
    expect(partidoDe('Temperley')).toEqual(['Lomas de Zamora']);
    expect(partidoDe('Batán')).toEqual(['General Pueyrredón']);
    expect(partidoDe('Ingeniero White')).toEqual(['Bahía Blanca']);
    expect(partidoDe('General Rodríguez')).toEqual(['General Rodríguez']);
  });

  test('un nombre que está en dos partidos aparece en los dos, y cada uno nombra al otro', () => {
    const porPartido = localidadesPorPartido(localidades, municipios);
    const canning = municipios.filter((m) => porPartido.get(m.indec)?.some((l) => l.nombre === 'Canning'));
    expect(canning.map((m) => m.nombre).sort()).toEqual(['Esteban Echeverría', 'Ezeiza']);
    const enEzeiza = porPartido.get(municipios.find((m) => m.nombre === 'Ezeiza')!.indec)!.find((l) => l.nombre === 'Canning')!;
    expect(enEzeiza.tambienEn.map((p) => p.slug)).toEqual(['esteban-echeverria']);
    const tortuguitas = porPartido.get(municipios.find((m) => m.nombre === 'Pilar')!.indec)!.find((l) => l.nombre === 'Tortuguitas')!;
    expect(tortuguitas.tambienEn.map((p) => p.nombre)).toEqual(['José C. Paz', 'Malvinas Argentinas']);
  });

  test('el archivo tiene una fila por línea, sin líneas vacías', () => {
    const lineas = readFileSync('content/municipios/datos/localidades.csv', 'utf-8').trimEnd().split('\n');
    expect(lineas).toHaveLength(886);
    expect(localidades.at(-1)!.linea).toBe(886);
  });
});
