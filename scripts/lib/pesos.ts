/**
 * Cuánto baja un teléfono para mostrar una página del sitio construido, con los archivos de `dist/`
 * comprimidos con gzip (nivel 6, el habitual de los servidores):
 * - `pedidosDeLaPagina` y `pesoEnLaRed`: todo lo que pide el navegador antes de quedar quieto (también
 *   la hoja de impresión y el manifiesto), leído del HTML, con cabeceras estimadas;
 * - `pedidosDeLaPrimeraCarga`, `anotarPedidos` y `pesoDePedido`: lo mismo, con los pedidos que hizo un
 *   Chromium de verdad y sus cabeceras, como lo cuenta Lighthouse (lo usan las pruebas y `npm run bench`);
 * - `pesoDelCuerpo`: el cuerpo de una respuesta, como lo manda el servidor de las pruebas.
 * No se cuentan los `import()` dinámicos: se bajan después, cuando hacen falta (el buscador).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { conBase, sinBase } from '../../src/lib/rutas.ts';
import { ARCHIVO_DEL_MANIFIESTO } from '../../src/lib/sin-conexion.ts';
import { leerCabeceras } from './servidor.ts';

const gzip = (datos: Buffer | string) => gzipSync(datos, { level: 6 }).length;

/**
 * Lo que pide el navegador para mostrar una página, leído del HTML de `dist/` (sin navegador): la
 * página, sus hojas de estilo (también la de impresión: el navegador la baja igual, con menos
 * prioridad), sus módulos de JavaScript con sus `import` estáticos, el manifiesto de la app (lo pide
 * Chrome para ofrecer instalarla; lo enlaza el script de la página) y los íconos que no van dentro de
 * la página. Las direcciones, como
 * las ve el navegador (con `base`).
 */
export function pedidosDeLaPagina(dist: string, ruta: string, base = '/'): Array<{ ruta: string; tipo: string; impresion?: boolean }> {
  const archivo = (url: string) => join(dist, (sinBase(url, base) ?? url).replace(/\/$/, '/index.html'));
  const html = readFileSync(archivo(ruta), 'utf-8');
  const pedidos: Array<{ ruta: string; tipo: string; impresion?: boolean }> = [{ ruta, tipo: 'document' }];
  for (const [etiqueta] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = etiqueta.match(/href="([^"]+)"/)?.[1];
    const rel = etiqueta.match(/rel="([^"]+)"/)?.[1];
    if (!href || href.startsWith('data:')) continue;
    if (rel === 'stylesheet') pedidos.push({ ruta: href, tipo: 'stylesheet', impresion: /media="print"/.test(etiqueta) });
    else if (rel === 'manifest') pedidos.push({ ruta: href, tipo: 'manifest' });
    else if (rel === 'icon' || rel === 'shortcut icon') pedidos.push({ ruta: href, tipo: 'other' });
  }
  const js = new Set<string>();
  const pendientes = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  while (pendientes.length) {
    const url = pendientes.pop()!;
    if (js.has(url)) continue;
    js.add(url);
    for (const m of readFileSync(archivo(url), 'utf-8').matchAll(/\bimport\s*(?:[\w${}*,\s]+from\s*)?["']([^"']+\.js)["']/g)) {
      pendientes.push(new URL(m[1]!, `http://x${url}`).pathname);
    }
  }
  for (const url of js) pedidos.push({ ruta: url, tipo: 'script' });
  // El manifiesto no está en el HTML: lo enlaza src/scripts/manifiesto.ts al terminar de cargar, y el
  // navegador lo baja entonces, antes de que la red quede quieta.
  const manifiesto = conBase(`/${ARCHIVO_DEL_MANIFIESTO}`, base);
  if (!pedidos.some((p) => p.tipo === 'manifest') && js.size > 0 && existsSync(archivo(manifiesto))) pedidos.push({ ruta: manifiesto, tipo: 'manifest' });
  return pedidos;
}

/**
 * Cabeceras de una respuesta de un hosting estático común, para estimar sin navegador: las que manda
 * el servidor de las pruebas sin las de `_headers` (tipo, largo, fecha, ETag, caché, conexión: ~250
 * bytes) más `CABECERAS_DE_GZIP`. La página suma las de seguridad (`cabecerasDeSeguridad`).
 */
export const CABECERAS_ESTIMADAS = 300;

/** `pedidosDeLaPagina` con el peso de cada uno en la red: cuerpo más cabeceras estimadas. */
export function pesoEnLaRed(dist: string, ruta: string, base = '/') {
  const seguridad = cabecerasDeSeguridad(dist);
  const pedidos = pedidosDeLaPagina(dist, ruta, base).map((p) => ({
    ...p,
    bytes: pesoDelCuerpo(dist, p.ruta, base).bytes + CABECERAS_ESTIMADAS + (p.tipo === 'document' ? seguridad : 0),
  }));
  return { pedidos, total: pedidos.reduce((s, p) => s + p.bytes, 0) };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Lo que guarda el service worker para usar la guía sin señal (la lista está en `dist/sw.js`). */
export function pesoDeLaCopia(dist: string): { archivos: number; crudo: number; comprimido: number } {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf-8');
  // La lista que src/integraciones/sin-conexion.ts escribe en el worker: `[{"revision":…,"url":"guia/x/index.html"},…]`.
  const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
  let crudo = 0;
  let comprimido = 0;
  for (const url of urls) {
    const datos = readFileSync(join(dist, url));
    crudo += datos.length;
    comprimido += gzip(datos);
  }
  return { archivos: urls.length, crudo, comprimido };
}

/** Un pedido que hizo el navegador: su dirección y los bytes de las cabeceras de la respuesta. */
export interface Pedido {
  ruta: string;
  tipo: string;
  cabeceras: number;
}

/**
 * Las cabeceras que mide el navegador son las de nuestro servidor de pruebas, que no comprime: en
 * uno que sí (como los de GitHub Pages, Netlify o Cloudflare) se agregan `Content-Encoding: gzip` y
 * `Vary: Accept-Encoding`.
 */
export const CABECERAS_DE_GZIP = 'Content-Encoding: gzip\r\nVary: Accept-Encoding\r\n'.length;

/** Tipos que un servidor comprime; el resto (PNG, el índice de Pagefind, que ya viene comprimido) va tal cual. */
const COMPRIMIBLE = /\.(html|css|js|json|svg|webmanifest|xml|txt)$|\/$/;

/**
 * Bytes de las cabeceras de seguridad de `_headers` (la CSP, ~0,4 KB, y cuatro más) en cada respuesta
 * de nuestro servidor de pruebas. Cuentan en la página, que es donde rigen; en los archivos que pide
 * la página no: GitHub Pages, donde se publica la guía, no lee `_headers` (la CSP va en el `<meta>`),
 * y con HTTP/2 una cabecera que se repite igual en cada respuesta viaja una vez y después se nombra
 * con un índice de un byte (HPACK).
 */
export function cabecerasDeSeguridad(dist: string): number {
  const archivo = join(dist, '_headers');
  if (!existsSync(archivo)) return 0;
  return leerCabeceras(readFileSync(archivo, 'utf-8'))
    .flatMap((regla) => regla.cabeceras)
    .reduce((suma, [nombre, valor]) => suma + `${nombre}: ${valor}\r\n`.length, 0);
}

/**
 * Bytes del cuerpo de una respuesta en la red: el archivo de `dist/`, comprimido con gzip (nivel 6) si
 * es texto. Una dirección sin archivo recibe la 404.html, como en el servidor de las pruebas
 * (scripts/lib/servidor.ts); por ejemplo, el favicon.svg que enlaza Starlight sin nada propio.
 */
export function pesoDelCuerpo(dist: string, url: string, base = '/'): { bytes: number; comprimido: boolean } {
  const pedida = (sinBase(url, base) ?? url).replace(/\/$/, '/index.html');
  const ruta = existsSync(join(dist, pedida)) ? pedida : '404.html';
  const datos = readFileSync(join(dist, ruta));
  return COMPRIMIBLE.test(ruta) ? { bytes: gzip(datos), comprimido: true } : { bytes: datos.length, comprimido: false };
}

/**
 * Bytes en la red de un pedido medido en el navegador, como los cuenta Lighthouse: cabeceras de la
 * respuesta más el cuerpo (`pesoDelCuerpo`). Las cabeceras de seguridad cuentan solo en la página
 * (ver `cabecerasDeSeguridad`).
 */
export function pesoDePedido(dist: string, pedido: Pedido, base = '/'): number {
  const cuerpo = pesoDelCuerpo(dist, pedido.ruta, base);
  const cabeceras = pedido.tipo === 'document' ? pedido.cabeceras : Math.max(0, pedido.cabeceras - cabecerasDeSeguridad(dist));
  return cabeceras + cuerpo.bytes + (cuerpo.comprimido ? CABECERAS_DE_GZIP : 0);
}

/** Lo que mira de una página de Playwright (sin importar Playwright acá: lo usan también scripts de Node). */
interface PaginaDelNavegador {
  on(evento: 'request', manejador: (pedido: PedidoDelNavegador) => void): unknown;
  off(evento: 'request', manejador: (pedido: PedidoDelNavegador) => void): unknown;
  goto(url: string): Promise<unknown>;
  waitForLoadState(estado: 'networkidle'): Promise<void>;
  evaluate<R>(funcion: () => R): Promise<R>;
}
interface PedidoDelNavegador {
  url(): string;
  resourceType(): string;
  sizes(): Promise<{ responseHeadersSize: number }>;
  response(): Promise<unknown>;
}

/**
 * Anota los pedidos al sitio que hace la página mientras corre `accion` (abrir la página y esperar
 * a que la red quede quieta, buscar algo…), con el tamaño real de las cabeceras de cada respuesta.
 */
export async function anotarPedidos(pagina: PaginaDelNavegador, origen: string, accion: () => Promise<unknown>): Promise<Pedido[]> {
  const vistos: PedidoDelNavegador[] = [];
  const anotar = (p: PedidoDelNavegador) => {
    if (p.url().startsWith(origen)) vistos.push(p);
  };
  pagina.on('request', anotar);
  try {
    await accion();
  } finally {
    pagina.off('request', anotar);
  }
  return Promise.all(
    vistos.map(async (p) => {
      await p.response();
      return { ruta: new URL(p.url()).pathname, tipo: p.resourceType(), cabeceras: (await p.sizes()).responseHeadersSize };
    }),
  );
}

/**
 * La primera carga de `ruta` en el navegador (caché vacía), como la cuenta Lighthouse: cada pedido al
 * sitio hasta que la red queda quieta, más el favicon y el manifiesto de la app si el navegador no los
 * pidió. Chrome y Lighthouse los piden; Chromium sin ventana, no. El manifiesto lo enlaza
 * src/scripts/manifiesto.ts cuando la página terminó de cargar: por eso se leen los `<link>` del
 * documento ya cargado y no los del HTML. A los que no se pidieron se les dan las cabeceras de otro
 * archivo estático del mismo servidor. La usan tests/e2e/presupuesto.test.ts y `npm run bench`: las
 * dos cuentan igual (con `pesoDePedido`).
 */
export async function pedidosDeLaPrimeraCarga(pagina: PaginaDelNavegador, origen: string, ruta: string): Promise<Pedido[]> {
  const pedidos = await anotarPedidos(pagina, origen, async () => {
    await pagina.goto(new URL(ruta, origen).href);
    await pagina.waitForLoadState('networkidle');
  });
  const enlaces = await pagina.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"], link[rel="manifest"]')].map((l) => ({ href: l.href, manifiesto: l.rel === 'manifest' })),
  );
  const estatico = pedidos.find((p) => p.tipo === 'stylesheet' || p.tipo === 'script');
  for (const { href, manifiesto } of enlaces) {
    const url = new URL(href);
    if (url.origin !== origen || pedidos.some((p) => p.ruta === url.pathname)) continue;
    pedidos.push({ ruta: url.pathname, tipo: manifiesto ? 'manifest' : 'other', cabeceras: estatico?.cabeceras ?? CABECERAS_ESTIMADAS });
  }
  return pedidos;
}
