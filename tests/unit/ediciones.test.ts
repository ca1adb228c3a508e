import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diferenciasDeLista, diferenciasEntreEdiciones } from '../../src/lib/diferencias.ts';
import { cargarRegistro, edicionVigenteEl, leerRegistro } from '../../src/lib/ediciones.ts';
import { idDeArchivo } from '../../src/lib/rutas-de-edicion.ts';
import { verificarSellos } from '../../src/lib/sellos.ts';
import { formatearProblema } from '../../src/lib/errores.ts';
import { validarContenido } from '../../src/lib/validacion.ts';
import { protocolo } from '../../src/schemas/protocolo.ts';

const FIXTURE = 'tests/fixtures/ediciones';

function copia(): string {
  const raiz = mkdtempSync(join(tmpdir(), 'guia-ediciones-'));
  cpSync(FIXTURE, raiz, { recursive: true });
  return raiz;
}
const lineas = (raiz: string) =>
  validarContenido(raiz).problemas.map((p) => formatearProblema({ ...p, archivo: p.archivo.replace(`${raiz}/`, '') }));

describe('registro de ediciones', () => {
  const registro = cargarRegistro(FIXTURE);

  test('la actual es la vigente y el borrador es la última', () => {
    expect(registro.actual.id).toBe('segunda');
    expect(registro.borrador.id).toBe('tercera');
  });

  test('cada página va a la dirección de su edición', () => {
    expect(idDeArchivo(registro, 'ediciones/segunda/capitulo.mdx')).toBe('guia/capitulo');
    expect(idDeArchivo(registro, 'ediciones/primera/protocolos/derivacion.mdx')).toBe('ediciones/primera/protocolos/derivacion');
    expect(idDeArchivo(registro, 'guia/capitulo.mdx')).toBe('ediciones/tercera/capitulo');
    expect(idDeArchivo(registro, 'index.mdx')).toBe('index');
  });

  test('qué edición regía en una fecha', () => {
    expect(edicionVigenteEl(registro, '2025-02-28')).toBeUndefined();
    expect(edicionVigenteEl(registro, '2025-03-01')?.id).toBe('primera');
    expect(edicionVigenteEl(registro, '2026-01-31')?.id).toBe('primera');
    expect(edicionVigenteEl(registro, '2026-02-01')?.id).toBe('segunda');
  });

  test('sin ediciones.yaml hay un solo borrador implícito', () => {
    expect(cargarRegistro('tests/fixtures/minimo').actual).toMatchObject({ id: 'borrador', estado: 'borrador' });
  });

  test('el contenido de prueba con tres ediciones es válido, sellos incluidos', () => {
    expect(validarContenido(FIXTURE).problemas.map(formatearProblema)).toEqual([]);
  });

  test('reglas del registro: el último es el borrador, una sola vigente, sello y fechas en las cerradas', () => {
    const raiz = copia();
    const texto = readFileSync(join(raiz, 'ediciones.yaml'), 'utf-8');
    writeFileSync(join(raiz, 'ediciones.yaml'), texto.replace('  estado: reemplazada', '  estado: vigente'));
    expect(leerRegistro(raiz).problemas.map((p) => formatearProblema({ ...p, archivo: 'ediciones.yaml' }))).toEqual([
      'ediciones.yaml:16 › [1].estado: solo puede haber una edición vigente. Marcá la anterior como «reemplazada».',
    ]);
    writeFileSync(join(raiz, 'ediciones.yaml'), texto.replace(/  sello: 756b\w+\n/, ''));
    expect(leerRegistro(raiz).problemas.map((p) => formatearProblema({ ...p, archivo: 'ediciones.yaml' }))).toEqual([
      'ediciones.yaml:14 › [1].sello: falta este dato: una edición cerrada tiene su sello. Cerrala con `npm run edicion:cerrar`.',
    ]);
    writeFileSync(join(raiz, 'ediciones.yaml'), `${texto.replace(/- id: tercera[\s\S]*$/, '')}`);
    expect(leerRegistro(raiz).problemas.map((p) => p.mensaje)).toEqual([
      'la última edición tiene que ser el borrador en preparación (el texto de content/guia/). Cerrá la edición con `npm run edicion:cerrar`, que abre el borrador siguiente.',
    ]);
  });
});

describe('sellos: un archivo de una edición cerrada no puede cambiar', () => {
  test('un archivo sellado que cambió se nombra', () => {
    const raiz = copia();
    appendFileSync(join(raiz, 'ediciones/primera/capitulo.mdx'), '\nUn cambio a escondidas.\n');
    expect(lineas(raiz)).toEqual([
      'ediciones/primera/capitulo.mdx: cambió, pero es parte de una edición cerrada y no se puede cambiar. Deshacé el cambio (restauralo desde el historial) y hacelo en content/guia/, que es el borrador de la próxima edición.',
    ]);
  });

  test('un archivo sellado que falta, uno agregado y un sello alterado', () => {
    const raiz = copia();
    rmSync(join(raiz, 'ediciones/segunda/nueva.mdx'));
    writeFileSync(join(raiz, 'ediciones/segunda/otra.mdx'), '---\ntitle: Otra\n---\n');
    const sello = join(raiz, 'ediciones/primera/sello.json');
    writeFileSync(sello, readFileSync(sello, 'utf-8').replace('"edicion": "primera"', '"edicion": "primera "'));
    const registro = cargarRegistro(raiz);
    expect(verificarSellos(raiz, registro).map((p) => formatearProblema({ ...p, archivo: p.archivo.replace(`${raiz}/`, '') }))).toEqual([
      `ediciones.yaml › [0].sello: no coincide con ${raiz}/ediciones/primera/sello.json: el sello fue modificado. Restauralo desde el historial del repositorio.`,
      'ediciones/segunda/nueva.mdx: falta este archivo, que es parte de una edición cerrada y no se puede cambiar. Deshacé el cambio (restauralo desde el historial) y hacelo en content/guia/, que es el borrador de la próxima edición.',
      'ediciones/segunda/otra.mdx: se agregó a una edición cerrada. Borralo: los cambios van en content/guia/.',
    ]);
  });
});

describe('diferencias calculadas', () => {
  test('entre la primera y la segunda edición de prueba', () => {
    const d = diferenciasEntreEdiciones(FIXTURE, cargarRegistro(FIXTURE), 'primera', 'segunda');
    expect({ agregadas: d.agregadas, quitadas: d.quitadas, cambiadas: d.cambiadas }).toEqual({
      agregadas: ['nueva'],
      quitadas: ['quitada'],
      cambiadas: ['capitulo', 'protocolos/derivacion'],
    });
    expect(d.listas['protocolos/derivacion']!.map((c) => [c.tipo, c.antes?.accion, c.despues?.accion, c.campos])).toEqual([
      ['cambiado', 'Anotá solo lo imprescindible.', 'Anotá solo lo imprescindible, sin nombres.', ['accion']],
      ['agregado', undefined, 'Acordá con la persona cómo volver a contactarla.', []],
      ['quitado', 'Avisá al área de género.', undefined, []],
    ]);
  });

  test('un paso igual que cambia de responsable o de crítico se informa con esos campos', () => {
    const base = protocolo.parse({
      id: 'x',
      tipo: 'verificacion',
      objetivo: 'o',
      cuando: 'c',
      conduce: 'a',
      pausas: [{ nombre: 'P', items: [{ accion: 'Llamá al 145.', responsable: 'a' }] }],
    });
    const cambiado = structuredClone(base);
    cambiado.pausas[0]!.items[0] = { ...cambiado.pausas[0]!.items[0]!, responsable: 'b', critico: true };
    expect(diferenciasDeLista(base, cambiado).map((c) => [c.tipo, c.campos])).toEqual([['cambiado', ['responsable', 'critico']]]);
    expect(diferenciasDeLista(base, base)).toEqual([]);
  });
});

test('npm run edicion:cerrar sella el borrador, lo marca vigente y abre el siguiente', { timeout: 60_000 }, () => {
  const raiz = mkdtempSync(join(tmpdir(), 'guia-cerrar-'));
  cpSync('tests/fixtures/minimo', raiz, { recursive: true });
  writeFileSync(join(raiz, 'ediciones.yaml'), '# Registro\n- id: uno\n  titulo: Edición uno\n  estado: borrador\n');
  const salida = execFileSync(
    process.execPath,
    ['--experimental-strip-types', 'scripts/edicion-cerrar.ts', '--contenido', raiz, '--aprobada', '2026-01-10', '--vigente-desde', '2026-02-01', '--siguiente', 'dos'],
    { encoding: 'utf-8' },
  );
  expect(salida).toContain('✓ Edición "uno" cerrada y sellada');
  const registro = cargarRegistro(raiz);
  expect(registro.ediciones.map((e) => [e.id, e.estado])).toEqual([
    ['uno', 'vigente'],
    ['dos', 'borrador'],
  ]);
  expect(readFileSync(join(raiz, 'ediciones.yaml'), 'utf-8')).toMatch(/^# Registro/);
  expect(validarContenido(raiz).problemas.filter((p) => p.gravedad !== 'advertencia')).toEqual([]);
  expect(readFileSync(join(raiz, 'ediciones/uno/capitulo.mdx'), 'utf-8')).toContain('Capítulo de prueba');
});
