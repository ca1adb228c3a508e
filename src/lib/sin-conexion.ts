/**
 * Qué guarda la copia para leer la guía sin conexión. El service worker es src/sw.ts, con los módulos
 * de Workbox: src/integraciones/sin-conexion.ts lo construye con Vite y le pone la lista de archivos
 * (lo que hacía la estrategia `injectManifest` de @vite-pwa/astro, sin cargar workbox-build). Hace lo
 * mismo que hacía el generado con `clientsClaim`, `cleanupOutdatedCaches` y estas opciones del precache.
 *
 * Qué se guarda en el teléfono en la primera visita (precache): las páginas de la edición vigente
 * (capítulos, protocolos, municipios, líneas, glosario), los índices, /buscar/, el CSS y el JS del
 * sitio, y el índice de Pagefind con su WASM, sin las interfaces de Pagefind que no usamos.
 * No se guardan: las ediciones archivadas, los PDF ni nada que la persona escriba; el sitio no
 * tiene datos de personas, y las marcas de las listas de verificación quedan en localStorage.
 *
 * Decisiones medidas en esta máquina (ver DESIGN.md, «PWA»):
 * - `directoryIndex: 'index.html'` y transformación identidad de la lista: la transformación por
 *   defecto convierte `x/index.html` en `x` y en un hosting estático el worker nunca sirve las páginas;
 * - `ignoreURLParametersMatching`: Pagefind pide `pagefind-entry.json?ts=...`, y /buscar/?q=...
 *   tiene que abrir sin red;
 * - `clientsClaim`: el worker nuevo atiende la página abierta sin recargar;
 * - sin `skipWaiting`: si hay una versión nueva, la página lo avisa y la persona decide cuándo
 *   actualizar (src/components/EstadoConexion.astro), en vez de cambiarle la guía a mitad de un caso.
 */
import type { PrecacheRouteOptions } from 'workbox-precaching';
import { conBase } from './rutas.ts';

export const NOMBRE = 'Guía de Implementación Local';

/**
 * Lo que baja la copia, en MB, como se le dice a quien la guarda («unos 2 MB»). Una prueba
 * (tests/e2e/presupuesto.test.ts) lo compara con la copia real comprimida: si crece, falla y hay
 * que corregir este número.
 */
export const MB_DE_LA_COPIA = 2;

/** El manifiesto de la app, en la raíz del sitio: lo escribe src/integraciones/sin-conexion.ts y lo enlaza src/scripts/manifiesto.ts. */
export const ARCHIVO_DEL_MANIFIESTO = 'manifest.webmanifest';

/** Cómo el worker (src/sw.ts) busca en la lista guardada la dirección que pide la página. */
export const OPCIONES_DEL_PRECACHE: PrecacheRouteOptions = {
  directoryIndex: 'index.html',
  // `ts`: Pagefind pide `pagefind-entry.json?ts=...`; `q`: /buscar/?q=... es la misma página guardada.
  ignoreURLParametersMatching: [/^ts$/, /^q$/, /^utm_/],
};

/** La copia: el worker, el manifiesto de la app y qué archivos de la carpeta construida guarda. */
export interface CopiaSinConexion {
  /** El service worker, relativo a la raíz del proyecto; se publica como `sw.js`. */
  worker: string;
  /** El manifiesto de la app (instalable), que se publica como `ARCHIVO_DEL_MANIFIESTO`; lo enlaza src/scripts/manifiesto.ts. */
  manifiesto: Record<string, unknown>;
  /** Patrones glob, relativos a la carpeta construida, de los archivos que se guardan. */
  patrones: string[];
  /** Patrones de archivos que nunca se guardan, aunque cumplan otro patrón. */
  ignorar: string[];
}

/** `base`: la ruta base ya normalizada (`/` o `/guia-local/`, ver rutas.ts). */
export function copiaSinConexion(base: string): CopiaSinConexion {
  return {
    worker: 'src/sw.ts',
    // Las claves en este orden: el archivo es el mismo que escribía @vite-pwa/astro.
    manifiesto: {
      // Sin el nombre del Programa: el actual no está confirmado (ver «El Programa» en la guía).
      name: `${NOMBRE} — Provincia de Buenos Aires`,
      short_name: 'Guía local',
      description:
        'Protocolos, contactos de los 135 municipios y líneas de 24 horas para acompañar a personas sobrevivientes de trata, trabajo forzoso y trabajo infantil. Funciona sin conexión.',
      start_url: base,
      display: 'standalone',
      background_color: '#17181c',
      theme_color: '#17181c',
      lang: 'es-AR',
      scope: base,
      dir: 'ltr',
      // El mismo SVG del favicon: los navegadores actuales aceptan íconos SVG con `sizes: any`.
      // PNG de 192 y 512 px (los que pide Android para instalar) y el SVG; `npm run iconos` los genera.
      icons: [
        { src: conBase('/iconos/icono-192.png', base), sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: conBase('/iconos/icono-512.png', base), sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: conBase('/favicon.svg', base), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    patrones: [
      'index.html',
      '404.html',
      'guia/**/index.html',
      'protocolos/index.html',
      'municipios/**/index.html',
      // Las localidades del filtro del índice de municipios (src/pages/municipios/localidades.json.ts).
      'municipios/localidades.json',
      'buscar/index.html',
      // En un solo patrón: se avisa por cada patrón sin archivos (los contenidos de prueba no tienen árbol).
      '{imprimir,que-hago-ahora}/**/index.html',
      '_astro/*.{js,css}',
      'favicon.svg',
      // Pagefind: el motor, su WASM en español, el índice, los filtros y los fragmentos de resultados.
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/*.pf_meta',
      'pagefind/wasm.es-ar.pagefind',
      'pagefind/{index,filter,fragment}/*',
    ],
    ignorar: ['ediciones/**', 'pdf/**'],
  };
}
