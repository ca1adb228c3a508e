import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { revisarIndice, UNIDADES_POR_TROZO } from '../../src/integraciones/indice-de-busqueda.ts';

/**
 * Con el Pagefind instalado: la variable de entorno que usa src/integraciones/indice-de-busqueda.ts
 * corta el índice en más trozos, y la revisión de la construcción acepta ese índice y rechaza uno
 * de otra versión, con otro formato o en trozos grandes.
 */
const carpeta = mkdtempSync(join(tmpdir(), 'indice-de-busqueda-'));
const sitio = join(carpeta, 'sitio');
const PALABRAS = ['allanamiento', 'banfield', 'castelar', 'derivación', 'escucha', 'forzoso', 'glosario', 'hospital', 'infantil', 'juzgado'];

/**
 * Escribe el índice de `sitio` en `salida` con el programa de Pagefind (el mismo que arranca Starlight),
 * con la variable o sin ella. En un proceso aparte: así esta prueba no toca el `process.env` de las demás.
 */
function indexar(salida: string, unidades: number | undefined): void {
  const { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: _, ...entorno } = process.env;
  execFileSync(
    process.execPath,
    ['node_modules/pagefind/lib/runner/bin.cjs', '--site', sitio, '--output-path', salida, '--force-language', 'es-AR'],
    { env: unidades === undefined ? entorno : { ...entorno, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(unidades) }, stdio: 'pipe' },
  );
}

const trozos = (salida: string) => readdirSync(join(salida, 'index')).filter((f) => f.endsWith('.pf_index'));

beforeAll(() => {
  for (const [i, palabra] of PALABRAS.entries()) {
    mkdirSync(join(sitio, `p${i}`), { recursive: true });
    writeFileSync(
      join(sitio, `p${i}`, 'index.html'),
      `<html lang="es-AR"><body><main><h1>Página ${palabra}</h1><p>${palabra} ${palabra} trata laboral ${PALABRAS.slice(0, i).join(' ')}</p></main></body></html>`,
    );
  }
  indexar(join(carpeta, 'comun'), undefined);
  indexar(join(carpeta, 'chico'), 5);
}, 60_000);
afterAll(() => rmSync(carpeta, { recursive: true, force: true }));

test('la guía pide trozos mucho más chicos que los de Pagefind (20 000 unidades)', () => {
  expect(UNIDADES_POR_TROZO).toBeGreaterThanOrEqual(500);
  expect(UNIDADES_POR_TROZO).toBeLessThanOrEqual(5000);
});

test('Pagefind lee PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: el mismo índice, en más trozos', () => {
  expect(trozos(join(carpeta, 'comun'))).toHaveLength(1);
  expect(trozos(join(carpeta, 'chico')).length).toBeGreaterThan(3);
  // Las mismas páginas (los fragmentos no dependen de los trozos).
  expect(readdirSync(join(carpeta, 'chico', 'fragment')).sort()).toEqual(readdirSync(join(carpeta, 'comun', 'fragment')).sort());
  // Y las mismas palabras (las raíces del castellano que guarda Pagefind, en texto dentro de cada trozo).
  const texto = (salida: string) => trozos(salida).map((f) => gunzipSync(readFileSync(join(salida, 'index', f))).toString('latin1')).join('\n');
  const chico = texto(join(carpeta, 'chico'));
  const comun = texto(join(carpeta, 'comun'));
  for (const raiz of ['allan', 'banfield', 'castel', 'deriv', 'escuch', 'forzos', 'glosari', 'hospital', 'infantil', 'juzg', 'trat', 'laboral', 'pagin']) {
    expect(comun, raiz).toContain(raiz);
    expect(chico, raiz).toContain(raiz);
  }
});

describe('revisarIndice', () => {
  const copia = (nombre: string) => {
    const destino = join(carpeta, nombre);
    cpSync(join(carpeta, 'chico'), destino, { recursive: true });
    return destino;
  };

  test('acepta el índice en trozos chicos de este Pagefind', () => {
    const revision = revisarIndice(join(carpeta, 'chico'));
    expect(revision.version).toBe(JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf-8')).version);
    expect(revision.trozos).toBe(trozos(join(carpeta, 'chico')).length);
  });

  test('rechaza otra versión de Pagefind, y dice qué revisar', () => {
    const otra = copia('otra-version');
    const entrada = join(otra, 'pagefind-entry.json');
    writeFileSync(entrada, readFileSync(entrada, 'utf-8').replace(/"version":"[^"]+"/, '"version":"2.0.0"'));
    expect(() => revisarIndice(otra)).toThrow(/Pagefind 2\.0\.0 no es una versión revisada.*pagefind\/src\/options\.rs/);
  });

  test('rechaza un trozo o unos metadatos que no tienen el formato de Pagefind', () => {
    const sinGzip = copia('sin-gzip');
    writeFileSync(join(sinGzip, 'index', trozos(sinGzip)[0]!), 'no es gzip');
    expect(() => revisarIndice(sinGzip)).toThrow(/no es un archivo de Pagefind comprimido con gzip/);

    const sinFirma = copia('sin-firma');
    const meta = readdirSync(sinFirma).find((f) => f.endsWith('.pf_meta'))!;
    writeFileSync(join(sinFirma, meta), gzipSync('otro formato'));
    expect(() => revisarIndice(sinFirma)).toThrow(/no empieza con «pagefind_dcd»: cambió el formato/);
  });

  test('rechaza un índice en trozos grandes (Pagefind no leyó la variable)', () => {
    const grandes = copia('grandes');
    for (const f of trozos(grandes)) rmSync(join(grandes, 'index', f));
    for (const f of ['a.pf_index', 'b.pf_index']) writeFileSync(join(grandes, 'index', f), gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), randomBytes(12_000)])));
    expect(() => revisarIndice(grandes)).toThrow(/2 trozos de 11\.\d KB en promedio .*no tomó PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE/);
  });

  test('rechaza una carpeta sin índice', () => {
    expect(() => revisarIndice(join(carpeta, 'no-existe'))).toThrow(/no está pagefind-entry\.json/);
  });
});
