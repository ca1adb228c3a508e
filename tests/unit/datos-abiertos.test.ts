import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { parseDocument, YAMLSeq } from 'yaml';
import { describe, expect, test } from 'vitest';
import { edicionCerrar } from '../../scripts/edicion-cerrar.ts';
import { ARCHIVOS_PUBLICADOS, copiasDeEdiciones, datosAbiertosDe, protocolosDeCarpeta } from '../../src/lib/datos-abiertos.ts';
import { claveDePaso } from '../../src/lib/protocolos.ts';
import { olvidarDatos } from '../../src/lib/datos.ts';
import { formatearProblema } from '../../src/lib/errores.ts';
import { olvidarMunicipios } from '../../src/lib/municipios/lectura.ts';
import { validarContenido } from '../../src/lib/validacion.ts';

const HOY = '2026-11-27';

/** Valida cada JSON contra el esquema publicado a su lado, con un validador independiente de zod. */
function erroresDeEsquema(archivos: Map<string, string>): Record<string, unknown> {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  const errores: Record<string, unknown> = {};
  for (const [ruta, texto] of archivos) {
    if (!ruta.endsWith('.json') || ruta.startsWith('esquemas/')) continue;
    const esquema = JSON.parse(archivos.get(`esquemas/${ruta.replace(/\.json$/, '.schema.json')}`)!);
    const validar = ajv.compile(esquema);
    if (!validar(JSON.parse(texto))) errores[ruta] = validar.errors;
  }
  return errores;
}

function filasCsv(texto: string): Array<Record<string, string>> {
  return parse(texto, { columns: true, bom: true });
}

describe('datos abiertos del contenido real', () => {
  const archivos = datosAbiertosDe('content', HOY);

  test('publica cada archivo con su esquema al lado', () => {
    const esperados = ARCHIVOS_PUBLICADOS.flatMap((a) => [`${a.nombre}.json`, `esquemas/${a.nombre}.schema.json`, ...(a.csv ? [`${a.nombre}.csv`] : [])]);
    expect([...archivos.keys()].sort()).toEqual(esperados.sort());
  });

  test('cada JSON cumple su JSON Schema (ajv, draft 2020-12)', () => {
    expect(erroresDeEsquema(archivos)).toEqual({});
  });

  test('el esquema rechaza un dato fuera de forma (no acepta cualquier cosa)', () => {
    const roto = new Map(archivos);
    const municipios = JSON.parse(roto.get('municipios.json')!);
    municipios.municipios[0].indec = '6588';
    municipios.municipios[1].telefono_privado = '1';
    roto.set('municipios.json', JSON.stringify(municipios));
    const errores = erroresDeEsquema(roto)['municipios.json'] as Array<{ instancePath: string; keyword: string }>;
    expect(errores.map((e) => [e.instancePath, e.keyword])).toEqual([
      ['/municipios/0/indec', 'pattern'],
      ['/municipios/1', 'additionalProperties'],
    ]);
  });

  test('municipios.csv se lee con un lector de CSV estándar y tiene una fila por partido (135)', () => {
    const filas = filasCsv(archivos.get('municipios.csv')!);
    expect(filas).toHaveLength(135);
    const pehuajo = filas.find((f) => f.slug === 'pehuajo')!;
    expect(pehuajo).toMatchObject({ nombre: 'Pehuajó', cabecera: 'Pehuajó', seccion: '4', seccion_nombre: 'Cuarta sección', indec: '06609', pagina: '/municipios/pehuajo/' });
    const json = JSON.parse(archivos.get('municipios.json')!).municipios as Array<{ slug: string; localidades: string[] }>;
    expect(filas.map((f) => f.slug)).toEqual(json.map((m) => m.slug));
    // Las localidades de cada partido (#17), las mismas en el JSON y en el CSV.
    const laPlata = json.find((m) => m.slug === 'la-plata')!;
    expect(laPlata.localidades).toEqual(expect.arrayContaining(['La Plata']));
    expect(filas.find((f) => f.slug === 'la-plata')!.localidades).toBe(laPlata.localidades.join('; '));
  });

  test('cada paso de protocolo lleva la clave estable de la lista (claveDePaso), única en su protocolo', () => {
    const { protocolos } = JSON.parse(archivos.get('protocolos.json')!) as { protocolos: Array<{ id: string; pausas: Array<{ items: Array<{ clave: string }> }> }> };
    const fuente = protocolosDeCarpeta('content/guia');
    expect(protocolos.map((p) => p.id)).toEqual(fuente.map((p) => p.protocolo.id));
    for (const [i, p] of protocolos.entries()) {
      const claves = p.pausas.flatMap((pausa) => pausa.items.map((paso) => paso.clave));
      expect(claves, p.id).toEqual(fuente[i]!.protocolo.pausas.flatMap((pausa) => pausa.items.map((item) => claveDePaso(item))));
      expect(new Set(claves).size, p.id).toBe(claves.length);
    }
  });

  test('no publica lo que ninguna página muestra', () => {
    const json = (n: string) => JSON.parse(archivos.get(`${n}.json`)!);
    expect(json('fuentes').fuentes.some((f: object) => 'hechos' in f)).toBe(false);
    expect(json('actores').actores.some((a: object) => 'grupo' in a)).toBe(false);
    expect(json('lineas').lineas.some((l: object) => 'alcance' in l)).toBe(false);
  });
});

/** Copia el árbol de prueba con contactos en una carpeta temporal. */
function copiaConContactos(): string {
  const raiz = mkdtempSync(join(tmpdir(), 'guia-datos-'));
  cpSync('tests/fixtures/con-contactos', raiz, { recursive: true });
  return raiz;
}

test('un contacto agregado al YAML de un partido aparece en el JSON y en el CSV', () => {
  const raiz = copiaConContactos();
  const ruta = join(raiz, 'municipios', 'la-plata.yaml');
  const doc = parseDocument(readFileSync(ruta, 'utf-8'));
  const contacto = {
    area: 'area-genero',
    nombre: 'Oficina de prueba agregada',
    telefonos: ['(0221) 400-0100'],
    fuente: 'Llamada al área (prueba)',
    verificado: '2026-10-02',
  };
  doc.set('contactos', doc.createNode([...((doc.get('contactos') as YAMLSeq | undefined)?.toJSON() ?? []), contacto]));
  writeFileSync(ruta, doc.toString());
  olvidarMunicipios();
  olvidarDatos();

  const archivos = datosAbiertosDe(raiz, HOY);
  const laPlata = JSON.parse(archivos.get('municipios.json')!).municipios.find((m: { slug: string }) => m.slug === 'la-plata');
  expect(laPlata.contactos.at(-1)).toEqual({
    area: 'area-genero',
    area_nombre: expect.any(String),
    nombre: 'Oficina de prueba agregada',
    telefonos: [{ visible: '0221 400-0100', e164: '+542214000100' }],
    fuente: 'Llamada al área (prueba)',
    verificado: '2026-10-02',
    estado: 'verificado',
  });
  const fila = filasCsv(archivos.get('municipios.csv')!).find((f) => f.slug === 'la-plata')!;
  expect(fila.detalle_de_contactos.split('\n').at(-1)).toBe(
    `${laPlata.contactos.at(-1).area_nombre}: Oficina de prueba agregada | Teléfonos: 0221 400-0100 | Fuente: Llamada al área (prueba) | Verificado: 2026-10-02 (verificado)`,
  );
  expect(fila.contactos).toBe(String(laPlata.contactos.length));
  expect(erroresDeEsquema(archivos)).toEqual({});
});

test('al cerrar una edición, sus datos quedan copiados y sellados en ediciones/<id>/datos/', { timeout: 60_000 }, async () => {
  const raiz = copiaConContactos();
  writeFileSync(join(raiz, 'ediciones.yaml'), '- id: uno\n  titulo: Edición uno\n  estado: borrador\n');
  expect(await edicionCerrar(['--contenido', raiz, '--aprobada', '2026-01-10', '--vigente-desde', '2026-02-01', '--siguiente', 'dos'], { log: () => {}, error: (t) => expect.fail(t) })).toBe(0);
  const [copia, ...otras] = copiasDeEdiciones(raiz);
  expect(otras).toEqual([]);
  expect(copia!.edicion.id).toBe('uno');
  const nombres = ARCHIVOS_PUBLICADOS.filter((a) => a.enCopias).map((a) => a.nombre);
  expect(copia!.archivos).toEqual(
    [...nombres.flatMap((n) => [`${n}.json`, `esquemas/${n}.schema.json`]), 'municipios.csv'].sort(),
  );
  const leer = (archivo: string) => readFileSync(join(raiz, 'ediciones', 'uno', 'datos', archivo), 'utf-8');
  const archivos = new Map(copia!.archivos.map((a) => [a, leer(a)]));
  expect(erroresDeEsquema(archivos)).toEqual({});
  expect(JSON.parse(leer('municipios.json')).edicion).toEqual({ id: 'uno', titulo: 'Edición uno' });
  expect(validarContenido(raiz).problemas.filter((p) => p.gravedad !== 'advertencia')).toEqual([]);

  // La copia está sellada: cambiarla hace fallar la validación, que nombra el archivo.
  writeFileSync(join(raiz, 'ediciones', 'uno', 'datos', 'municipios.csv'), `${leer('municipios.csv')}x\n`);
  const problemas = validarContenido(raiz).problemas.map((p) => formatearProblema(p).split(`${raiz}/`).join(''));
  expect(problemas).toEqual([expect.stringMatching(/^ediciones\/uno\/datos\/municipios\.csv: cambió, pero es parte de una edición cerrada/)]);
});
