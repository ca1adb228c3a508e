import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatearEnlaceRoto, verificarEnlaces } from '../../scripts/lib/enlaces.ts';

/** Un sitio construido de juguete: `{ 'guia/a/index.html': '<html>…' }`. */
function sitio(paginas: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'guia-enlaces-'));
  for (const [ruta, html] of Object.entries(paginas)) {
    mkdirSync(dirname(join(dir, ruta)), { recursive: true });
    writeFileSync(join(dir, ruta), html);
  }
  return dir;
}

const pagina = (cuerpo: string) => `<!doctype html><html lang="es-AR"><head><title>x</title></head><body>${cuerpo}</body></html>`;

describe('revisión de enlaces del sitio construido', () => {
  test('enlaces, anclas, teléfonos y correos válidos no dan problemas', () => {
    const dir = sitio({
      'index.html': pagina(`
        <a href="/guia/a/">A</a> <a href="guia/a/#paso-2">paso 2</a> <a href="#arriba" id="arriba">arriba</a>
        <a href="/guia/a/#qu%C3%A9-hacer">qué hacer</a> <a href="/guia/a/#qué-hacer">qué hacer</a>
        <a href="tel:145">145</a> <a href="tel:+542214295500">0221</a> <a href="mailto:mesa@mseg.gba.gob.ar">correo</a>
        <a href="https://www.argentina.gob.ar/">afuera</a> <link rel="stylesheet" href="/_astro/a.css">
        <a href="/archivo.pdf">PDF</a>`),
      'guia/a/index.html': pagina('<h2 id="paso-2">Paso 2</h2><h2 id="qué-hacer">Qué hacer</h2><a href="../../">inicio</a>'),
      '_astro/a.css': 'body{}',
      'archivo.pdf': '%PDF',
    });
    const { problemas, paginas } = verificarEnlaces(dir);
    expect(problemas).toEqual([]);
    expect(paginas).toBe(2);
  });

  test('cada enlace roto dice la página, el enlace y qué pasa', () => {
    const dir = sitio({
      'index.html': pagina(`
        <a href="/guia/no-existe/">roto</a> <a href="/guia/a/#falta">ancla</a> <a href="/guia/a">sin barra</a>
        <a href="tel:0221 429-5500">tel</a> <a href="mailto:mesa@">correo</a> <a href="#nada">local</a>
        <img src="/img/logo.png" alt="">`),
      'guia/a/index.html': pagina('<h2 id="paso-2">Paso 2</h2>'),
    });
    expect(verificarEnlaces(dir).problemas.map(formatearEnlaceRoto)).toEqual([
      `/ › /guia/no-existe/: no existe la página /guia/no-existe/ (falta guia/no-existe/index.html en ${dir}/).`,
      '/ › /guia/a/#falta: la página /guia/a/ no tiene un elemento con id="falta".',
      '/ › /guia/a: le falta la barra final: escribí /guia/a/ (el sitio usa direcciones que terminan en «/»).',
      '/ › tel:0221 429-5500: un enlace «tel:» lleva solo dígitos, con un «+» inicial opcional (ejemplo: tel:+542214295500 o tel:145).',
      '/ › mailto:mesa@: un enlace «mailto:» debe llevar un correo bien formado (ejemplo: mailto:nombre@dominio.gob.ar).',
      '/ › #nada: la página / no tiene un elemento con id="nada".',
      `/ › /img/logo.png: no existe /img/logo.png en ${dir}/.`,
    ]);
  });

  test('con subcarpeta (GitHub Pages), los enlaces internos empiezan con ella', () => {
    const dir = sitio({
      'index.html': pagina('<a href="/guia/guia/a/">bien</a> <a href="/guia/a/">sin subcarpeta</a>'),
      'guia/a/index.html': pagina(''),
    });
    expect(verificarEnlaces(dir, { base: '/guia/' }).problemas.map(formatearEnlaceRoto)).toEqual([
      '/guia/ › /guia/a/: no existe la página /a/ (falta a/index.html en ' + dir + '/).',
    ]);
  });

  test('la interfaz del buscador (Pagefind) no se revisa', () => {
    const dir = sitio({
      'index.html': pagina('<site-search><a href="/pagefind/no-existe/">x</a></site-search>'),
      'pagefind/ui.html': pagina('<a href="/nada/">x</a>'),
    });
    expect(verificarEnlaces(dir).problemas).toEqual([]);
  });

  test('sin sitio construido, `npm run enlaces` falla con un mensaje en castellano', () => {
    const vacia = mkdtempSync(join(tmpdir(), 'guia-enlaces-'));
    const r = spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/enlaces.ts', vacia], { encoding: 'utf-8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`No hay un sitio construido en ${vacia}/, así que no se pueden revisar sus enlaces.`);
  });
});
