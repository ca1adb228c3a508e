import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { archivos } from './archivos.ts';

/**
 * Política de seguridad de contenido (CSP) y cabeceras HTTP del sitio. La usan `astro.config.mjs`
 * (`security.csp` y la integración que escribe `dist/_headers`) y las pruebas.
 *
 * Ningún otro origen está permitido: el sitio no carga nada de afuera (privacidad). Lo que Astro no
 * resuelve solo (medido, ver DESIGN.md):
 * - Astro no calcula el hash de los `<script is:inline>` (el del tema en
 *   src/components/starlight/ThemeProvider.astro y los de Starlight, como las pestañas): se calculan
 *   acá, al leer la configuración, desde los componentes de Starlight y los nuestros, así siguen a
 *   cada actualización sin copiar hashes.
 * - Starlight y Pagefind ponen atributos `style=""`: `style-src-attr 'unsafe-inline'` (solo atributos,
 *   no permite `<style>` ni scripts).
 * - Pagefind compila su índice a WebAssembly: `'wasm-unsafe-eval'` (no habilita `eval` de JavaScript).
 */

/** `<script …is:inline…>cuerpo</script>` en el código fuente de un componente `.astro`. */
const SCRIPT_EN_LINEA = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

export const hashSha256 = (texto: string) => `sha256-${createHash('sha256').update(texto, 'utf-8').digest('base64')}`;

/** Cuerpos de los `<script is:inline>` de un componente `.astro` (sin los de `define:vars`, que cambian por página). */
export function scriptsEnLinea(fuente: string): string[] {
  const cuerpos: string[] = [];
  for (const [, atributos, cuerpo] of fuente.matchAll(SCRIPT_EN_LINEA)) {
    if (!/\bis:inline\b/.test(atributos!)) continue;
    if (/\bdefine:vars\b/.test(atributos!)) {
      throw new Error(`Un <script is:inline define:vars> no se puede autorizar con un hash fijo: pasá los datos con atributos data-*.`);
    }
    cuerpos.push(cuerpo!);
  }
  return cuerpos;
}

/** Carpeta instalada de un paquete (sus `exports` no siempre publican package.json). */
function carpetaDePaquete(nombre: string): string {
  let dir = dirname(fileURLToPath(import.meta.resolve(nombre)));
  while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf-8')).name !== nombre) {
    const arriba = dirname(dir);
    if (arriba === dir) throw new Error(`No se encontró la carpeta del paquete ${nombre}.`);
    dir = arriba;
  }
  return dir;
}

/**
 * Componentes de Starlight que este sitio reemplaza (`components` en astro.config.mjs) y que por eso
 * nunca llegan a una página: sus scripts no se autorizan (cada hash son ~50 bytes en cada página).
 * Si Starlight empezara a usarlos en otro lado, la prueba de la CSP en cada plantilla
 * (tests/e2e/accesibilidad.test.ts) lo detecta.
 */
export const COMPONENTES_REEMPLAZADOS = ['Search.astro', 'SidebarPersister.astro', 'ThemeProvider.astro', 'ThemeSelect.astro'];

/** Hashes (`sha256-…`) de los `<script is:inline>` de Starlight (menos los reemplazados) y de `src/`. */
export function hashesDeScriptsEnLinea(carpetas: string[] = [carpetaDePaquete('@astrojs/starlight'), 'src']): string[] {
  const hashes = new Set<string>();
  for (const carpeta of carpetas) {
    for (const archivo of archivos(carpeta, ['.astro'])) {
      if (archivo.includes('node_modules') && COMPONENTES_REEMPLAZADOS.includes(basename(archivo))) continue;
      for (const cuerpo of scriptsEnLinea(readFileSync(archivo, 'utf-8'))) hashes.add(hashSha256(cuerpo));
    }
  }
  return [...hashes].sort();
}

/** Directivas fijas, además de `script-src` y `style-src` (que arma Astro con sus hashes). */
export const DIRECTIVAS = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** `security.csp` de astro.config.mjs. */
export function configuracionCsp() {
  return {
    algorithm: 'SHA-256' as const,
    directives: [...DIRECTIVAS],
    scriptDirective: {
      resources: ["'self'", "'wasm-unsafe-eval'"],
      hashes: hashesDeScriptsEnLinea() as `sha256-${string}`[],
    },
    styleDirective: {
      resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' as const }],
    },
  };
}

/** Una política como lista de directivas: `{ 'script-src': ["'self'", …] }`, en el orden en que aparecen. */
export type Politica = Map<string, string[]>;

export function leerPolitica(texto: string): Politica {
  const politica: Politica = new Map();
  for (const parte of texto.split(';')) {
    const [nombre, ...fuentes] = parte.trim().split(/\s+/).filter(Boolean);
    if (nombre && !politica.has(nombre.toLowerCase())) politica.set(nombre.toLowerCase(), fuentes);
  }
  return politica;
}

export const escribirPolitica = (politica: Politica) =>
  [...politica].map(([nombre, fuentes]) => [nombre, ...fuentes].join(' ')).join('; ');

/** `<script>` sin `src` y `<style>` de una página construida: su cuerpo, tal como lo hashea el navegador. */
const EN_LINEA_EN_HTML = {
  'script-src': /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi,
  'style-src': /<style\b[^>]*>([\s\S]*?)<\/style>/gi,
} as const;

/**
 * La política de una página con solo los hashes de lo que esa página tiene en línea. Astro pone en
 * cada página los hashes de `configuracionCsp()` (los de todos los `<script is:inline>` de Starlight
 * y de src/, y alguno propio, como el del texto vacío), aunque la página no los use: eran 12 hashes,
 * ~0,6 KB que no se comprimen, en cada página y en `_headers`, para un solo script en línea (el del
 * tema). Un hash de más no autoriza nada que la página tenga, pero sí algo que se le inyecte: la
 * política más corta es también la más estricta. Las fuentes que no son hashes quedan igual.
 */
export function politicaJusta(politica: Politica, html: string): Politica {
  const justa: Politica = new Map(politica);
  for (const [directiva, patron] of Object.entries(EN_LINEA_EN_HTML)) {
    const fuentes = politica.get(directiva);
    if (!fuentes) continue;
    const presentes = new Set([...html.matchAll(patron)].map((m) => `'${hashSha256(m[1]!)}'`));
    justa.set(directiva, fuentes.filter((f) => !/^'sha(256|384|512)-/.test(f) || presentes.has(f)));
  }
  return justa;
}

/** Une las políticas de varias páginas (cada una autoriza los hashes de sus scripts) en una sola. */
export function unirPoliticas(politicas: Politica[]): Politica {
  const union: Politica = new Map();
  for (const politica of politicas) {
    for (const [nombre, fuentes] of politica) {
      const actuales = union.get(nombre) ?? [];
      for (const fuente of fuentes) if (!actuales.includes(fuente)) actuales.push(fuente);
      union.set(nombre, actuales);
    }
  }
  return union;
}

/**
 * Directivas que solo valen como cabecera HTTP (en un `<meta>` el navegador las ignora y lo avisa
 * en la consola): nadie puede mostrar el sitio dentro de un marco.
 */
export const DIRECTIVAS_SOLO_CABECERA = ["frame-ancestors 'none'"] as const;

/** Cabeceras de todas las páginas, además de la CSP. */
export const CABECERAS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'X-Frame-Options': 'DENY',
} as const;

/**
 * El archivo `_headers` (formato de Netlify y Cloudflare Pages): la unión de las CSP de todas las
 * páginas construidas más las directivas que solo valen como cabecera, y las cabeceras de `CABECERAS`.
 */
export function archivoDeCabeceras(politicaDeLasPaginas: Politica, base = '/'): string {
  const politica = new Map(politicaDeLasPaginas);
  for (const directiva of DIRECTIVAS_SOLO_CABECERA) {
    const [nombre, ...fuentes] = directiva.split(' ');
    politica.set(nombre!, fuentes);
  }
  const lineas = [
    '# Generado por la construcción (src/lib/seguridad.ts): no lo edites a mano.',
    `${base}*`,
    `  Content-Security-Policy: ${escribirPolitica(politica)}`,
    ...Object.entries(CABECERAS).map(([nombre, valor]) => `  ${nombre}: ${valor}`),
  ];
  return `${lineas.join('\n')}\n`;
}
