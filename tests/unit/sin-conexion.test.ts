import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listaDeLaCopia, ponerLista, textoDelManifiesto } from '../../src/integraciones/sin-conexion.ts';
import { copiaSinConexion, type CopiaSinConexion } from '../../src/lib/sin-conexion.ts';

const carpeta = mkdtempSync(join(tmpdir(), 'guia-sin-conexion-'));
afterAll(() => rmSync(carpeta, { recursive: true, force: true }));
function escribir(ruta: string, contenido: string | Buffer): void {
  mkdirSync(dirname(join(carpeta, ruta)), { recursive: true });
  writeFileSync(join(carpeta, ruta), contenido);
}
const md5 = (texto: string | Buffer) => createHash('md5').update(texto).digest('hex');

describe('la lista de archivos de la copia sin conexión', () => {
  escribir('index.html', 'portada');
  escribir('guia/b/index.html', 'b');
  escribir('guia/a/index.html', 'a');
  escribir('_astro/page.ABC123.js', 'js');
  escribir('ediciones/primera/index.html', 'vieja');
  escribir('grande/index.html', Buffer.alloc(2 * 1024 * 1024 + 1));
  const copia: CopiaSinConexion = {
    ...copiaSinConexion('/'),
    patrones: ['index.html', 'guia/**/index.html', '**/index.html', '_astro/*.js', 'nada/*'],
    ignorar: ['ediciones/**'],
  };
  const avisos: string[] = [];
  const lista = listaDeLaCopia(carpeta, copia, (m) => avisos.push(m));

  it('sigue el orden de los patrones, sin repetir, alfabético dentro de cada uno, con el manifiesto al final', () => {
    expect(lista.map((e) => e.url)).toEqual(['index.html', 'guia/a/index.html', 'guia/b/index.html', '_astro/page.ABC123.js', 'manifest.webmanifest']);
  });

  it('la revisión es el MD5 del contenido, salvo en _astro/ (el nombre ya cambia con el contenido)', () => {
    expect(lista[0]).toEqual({ revision: md5('portada'), url: 'index.html' });
    expect(lista[3]).toEqual({ revision: null, url: '_astro/page.ABC123.js' });
    expect(lista.at(-1)).toEqual({ revision: md5(textoDelManifiesto(copia)), url: 'manifest.webmanifest' });
  });

  it('deja fuera lo ignorado y los archivos de más de 2 MiB, y avisa por el archivo grande y el patrón vacío', () => {
    expect(lista.some((e) => e.url.startsWith('ediciones/') || e.url.startsWith('grande/'))).toBe(false);
    expect(avisos).toHaveLength(2);
    expect(avisos[0]).toMatch(/grande\/index\.html pesa 2\.00 MB/);
    expect(avisos[1]).toMatch(/«nada\/\*» no encontró archivos/);
  });
});

describe('ponerLista', () => {
  it('escribe la lista en JSON, con `revision` antes que `url`, donde el worker la pide', () => {
    expect(ponerLista('a(self.__WB_MANIFEST,b)', [{ revision: null, url: 'x.js' }])).toBe('a([{"revision":null,"url":"x.js"}],b)');
  });

  it('falla si el worker no pide la lista, o la pide más de una vez', () => {
    expect(() => ponerLista('a()', [])).toThrow(/tiene 0 veces «self.__WB_MANIFEST»/);
    expect(() => ponerLista('self.__WB_MANIFEST;self.__WB_MANIFEST', [])).toThrow(/tiene 2 veces/);
  });
});

it('el manifiesto de la app es JSON en una línea, con la base en sus direcciones', () => {
  const texto = textoDelManifiesto(copiaSinConexion('/guia-local/'));
  expect(texto.endsWith('}\n')).toBe(true);
  expect(texto.split('\n')).toHaveLength(2);
  const manifiesto = JSON.parse(texto);
  expect(manifiesto.start_url).toBe('/guia-local/');
  expect(manifiesto.icons.map((i: { src: string }) => i.src)).toContain('/guia-local/favicon.svg');
});
