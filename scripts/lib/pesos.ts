/**
 * Cuánto baja un teléfono para mostrar una página del sitio construido, medido sobre los archivos
 * de `dist/` (determinístico: no depende de la red ni del servidor). Se cuenta, comprimido con gzip
 * (nivel 6, el habitual de los servidores), el HTML más las hojas de estilo que aplica en pantalla
 * (no las de impresión) y los módulos de JavaScript que carga, con sus `import` estáticos. No se
 * cuentan los `import()` dinámicos: se bajan después, cuando hacen falta (el buscador, por ejemplo).
 * Las imágenes y el favicon tampoco (la guía no usa imágenes en el contenido).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sinBase } from '../../src/lib/rutas.ts';

export const gzip = (datos: Buffer | string) => gzipSync(datos, { level: 6 }).length;

export interface PesoDePagina {
  html: number;
  css: number;
  js: number;
  total: number;
  archivos: string[];
}

/** `ruta` como la ve el navegador (`/guia/principios/`); `base`, la subcarpeta del sitio. */
export function pesoPrimeraCarga(dist: string, ruta: string, base = '/'): PesoDePagina {
  const archivo = (url: string) => join(dist, (sinBase(url, base) ?? url).replace(/\/$/, '/index.html'));
  const html = readFileSync(archivo(ruta), 'utf-8');
  const css = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((l) => /rel="stylesheet"/.test(l) && !/media="print"/.test(l))
    .map((l) => l.match(/href="([^"]+)"/)![1]!);
  const js = new Set<string>();
  const pendientes = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  while (pendientes.length) {
    const url = pendientes.pop()!;
    if (js.has(url)) continue;
    js.add(url);
    const codigo = readFileSync(archivo(url), 'utf-8');
    // import{a}from"./x.js" · import"./x.js" (no import("./x.js"), que es diferido).
    for (const m of codigo.matchAll(/\bimport\s*(?:[\w${}*,\s]+from\s*)?["']([^"']+\.js)["']/g)) {
      pendientes.push(new URL(m[1]!, `http://x${url}`).pathname);
    }
  }
  const pesoHtml = gzip(html);
  const pesoCss = css.reduce((s, u) => s + gzip(readFileSync(archivo(u))), 0);
  const pesoJs = [...js].reduce((s, u) => s + gzip(readFileSync(archivo(u))), 0);
  return { html: pesoHtml, css: pesoCss, js: pesoJs, total: pesoHtml + pesoCss + pesoJs, archivos: [...css, ...js] };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Peso comprimido de los archivos de `dist/` pedidos por su dirección (`/pagefind/...`). */
export function pesoDeArchivos(dist: string, urls: Iterable<string>, base = '/'): number {
  let total = 0;
  for (const url of urls) total += gzip(readFileSync(join(dist, sinBase(url, base) ?? url)));
  return total;
}

/** Lo que guarda el service worker para usar la guía sin señal (la lista está en `dist/sw.js`). */
export function pesoDeLaCopia(dist: string): { archivos: number; crudo: number; comprimido: number } {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf-8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
  let crudo = 0;
  let comprimido = 0;
  for (const url of urls) {
    const datos = readFileSync(join(dist, url));
    crudo += datos.length;
    comprimido += gzip(datos);
  }
  return { archivos: urls.length, crudo, comprimido };
}
