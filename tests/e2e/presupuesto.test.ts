import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  anotarPedidos,
  cabecerasDeSeguridad,
  kb,
  pedidosDeLaPrimeraCarga,
  pesoDeLaCopia,
  pesoDePedido,
  pesoDelCuerpo,
  pesoEnLaRed,
  type Pedido,
} from '../../scripts/lib/pesos.ts';
import { leerArchivoDePagefind } from '../../src/integraciones/indice-de-busqueda.ts';
import { MB_DE_LA_COPIA } from '../../src/lib/sin-conexion.ts';
import { expect, test } from './fixtures.ts';

/**
 * Presupuestos de la primera visita, para un teléfono con poca señal (issue #16). Bytes «en la red»
 * como los cuenta Lighthouse: cabeceras de cada respuesta más el cuerpo comprimido con gzip nivel 6
 * (ver scripts/lib/pesos.ts). Las cabeceras de seguridad de `_headers` (~0,5 KB con la CSP) cuentan
 * solo en la página: ver `cabecerasDeSeguridad`.
 *
 * - Por plantilla, en un Chromium de verdad y hasta que la red queda quieta: ≤ 32 KB, ≤ 12 pedidos,
 *   ≤ 2 hojas de estilo y ≤ 2 scripts. Se suman el favicon y el manifiesto de la app si el navegador
 *   no los pidió (`pedidosDeLaPrimeraCarga`, la misma cuenta que `npm run bench`).
 * - En cada capítulo, protocolo y municipio, sin navegador (lo que pide su HTML en dist/, con las
 *   cabeceras estimadas): lo mismo, y el HTML ≤ 12 KB.
 * - La primera búsqueda de dos palabras: ≤ 100 KB (ver abajo).
 */
const PAGINA = 32 * 1024;
const PEDIDOS = 12;
const HOJAS = 2;
const SCRIPTS = 2;
/**
 * La plantilla (encabezado, menú, pie, CSP), sin el texto ni el índice de la página, pesa ~4,8 KB;
 * el resto es del capítulo. Para que entre: los scripts y estilos van en archivos aparte
 * (astro.config.mjs), el menú lateral sin su memoria y el selector de tema sin íconos
 * (src/components/starlight/).
 */
const HTML = 12 * 1024;

const paginasDe = (carpeta: string, prefijo: string) =>
  (readdirSync(carpeta, { recursive: true }) as string[])
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `${prefijo}${f.replace(/index\.html$/, '')}`);
const capitulos = paginasDe('dist/guia', '/guia/');
const municipios = paginasDe('dist/municipios', '/municipios/').filter((r) => r !== '/municipios/');

/** Las más pesadas de una lista, según lo que pide su HTML (sin navegador). */
const masPesadas = (rutas: string[], cuantas: number) =>
  rutas
    .map((ruta) => ({ ruta, total: pesoEnLaRed('dist', ruta).total }))
    .sort((a, b) => b.total - a.total)
    .slice(0, cuantas)
    .map((p) => p.ruta);

/** Cada plantilla de la issue #16, con sus páginas más pesadas. */
const PLANTILLAS: Record<string, string[]> = {
  portada: ['/'],
  capítulo: [...new Set(['/guia/principios/', ...masPesadas(capitulos.filter((r) => !r.startsWith('/guia/protocolos/')), 2)])],
  protocolo: [...new Set(['/guia/protocolos/asistencia-en-allanamientos/', ...masPesadas(capitulos.filter((r) => r.startsWith('/guia/protocolos/')), 1)])],
  // General Pueyrredon, La Plata (con sus localidades y barrios) y el más pesado.
  municipio: [...new Set(['/municipios/general-pueyrredon/', '/municipios/la-plata/', ...masPesadas(municipios, 1)])],
  'índice de municipios': ['/municipios/'],
  ediciones: ['/ediciones/'],
  // La interfaz del buscador y Pagefind, que esta página baja al abrirse, son la primera búsqueda.
  búsqueda: ['/buscar/'],
};

/** Lo que es de la primera búsqueda: la interfaz de Pagefind (src/scripts/buscador.ts) y Pagefind. */
const esDeLaBusqueda = (ruta: string) => ruta.startsWith('/pagefind/') || /^\/_astro\/buscador\.[\w-]+\.(js|css)$/.test(ruta);

function resumen(pedidos: Array<{ ruta: string; tipo: string; bytes: number }>) {
  return pedidos.map((p) => `${p.tipo} ${p.ruta} ${kb(p.bytes)}`).join('\n');
}

for (const [plantilla, rutas] of Object.entries(PLANTILLAS)) {
  test(`${plantilla}: ≤ 32 KB, ≤ 12 pedidos, ≤ 2 hojas de estilo y ≤ 2 scripts hasta que la red queda quieta`, async ({ page, baseURL }) => {
    for (const ruta of rutas) {
      const pedidos = (await pedidosDeLaPrimeraCarga(page, baseURL!, ruta)).filter((p) => !esDeLaBusqueda(p.ruta));
      const conBytes = pedidos.map((p) => ({ ...p, bytes: pesoDePedido('dist', p) }));
      const total = conBytes.reduce((s, p) => s + p.bytes, 0);
      const detalle = `${ruta}:\n${resumen(conBytes)}`;
      expect.soft(total, `${ruta}: ${kb(total)} en la red\n${detalle}`).toBeLessThanOrEqual(PAGINA);
      expect.soft(pedidos.length, `${ruta}: pedidos\n${detalle}`).toBeLessThanOrEqual(PEDIDOS);
      expect.soft(pedidos.filter((p) => p.tipo === 'stylesheet').length, `${ruta}: hojas de estilo\n${detalle}`).toBeLessThanOrEqual(HOJAS);
      expect.soft(pedidos.filter((p) => p.tipo === 'script').length, `${ruta}: scripts\n${detalle}`).toBeLessThanOrEqual(SCRIPTS);
      // Que la medición vio la página entera: el documento, la hoja de estilo y el script de todas las páginas.
      expect(pedidos.filter((p) => p.tipo === 'document'), `${ruta}: la página`).toHaveLength(1);
      expect(pedidos.some((p) => p.tipo === 'stylesheet') && pedidos.some((p) => p.tipo === 'script'), `${ruta}: CSS y JS medidos`).toBe(true);
    }
  });
}

test('cada capítulo, protocolo y municipio: ≤ 32 KB, ≤ 12 pedidos, ≤ 2 CSS, ≤ 2 JS y HTML ≤ 12 KB (según su HTML en dist/)', () => {
  expect(capitulos.length).toBeGreaterThan(20);
  expect(municipios.length).toBeGreaterThan(130);
  expect(cabecerasDeSeguridad('dist'), 'las cabeceras de _headers').toBeGreaterThan(500);
  for (const ruta of [...capitulos, ...municipios]) {
    const { pedidos, total } = pesoEnLaRed('dist', ruta);
    const detalle = resumen(pedidos);
    expect.soft(total, `${ruta}: ${kb(total)} en la red\n${detalle}`).toBeLessThanOrEqual(PAGINA);
    expect.soft(pedidos.length, `${ruta}: pedidos\n${detalle}`).toBeLessThanOrEqual(PEDIDOS);
    expect.soft(pedidos.filter((p) => p.tipo === 'stylesheet').length, `${ruta}: hojas de estilo`).toBeLessThanOrEqual(HOJAS);
    expect.soft(pedidos.filter((p) => p.tipo === 'script').length, `${ruta}: scripts`).toBeLessThanOrEqual(SCRIPTS);
    const html = pesoDelCuerpo('dist', ruta).bytes;
    expect.soft(html, `${ruta}: HTML ${kb(html)}`).toBeLessThanOrEqual(HTML);
  }
});

/**
 * La primera búsqueda de dos palabras, desde un capítulo: todo lo que baja Pagefind, en la red, con
 * los fragmentos (título y extracto) de los 5 resultados que muestra la interfaz.
 *
 * Medido el 30 de noviembre de 2026 (169 páginas en el índice, con el texto de cada paso de las
 * listas de verificación), por consulta: «trata laboral» (la de `npm run bench`) 99,5 KB, «servicio
 * local» 95,6 KB, «denuncia anónima» 98,0 KB. Antes de achicar los trozos del índice eran 132,6,
 * 130,7 y 130,2 KB.
 * - El motor, igual para cualquier consulta: pagefind.js 13,4 KB, el WASM con el lematizador del
 *   castellano 58,4 KB (el genérico, sin lematizador, pesa 54,1: 4 KB menos y «laborales» ya no
 *   encuentra «laboral») y pagefind-entry.json: 72,2 KB. Los filtros («tipo» y «sección», que la
 *   interfaz muestra): 1,1 KB.
 * - Los metadatos (la lista de páginas y de trozos del índice): 2,7 KB.
 * - El índice: el navegador baja el trozo donde cae cada palabra (y el de su raíz, «trat» para
 *   «trata»). Pagefind lo corta cada 20 000 apariciones y eran dos trozos de 17–20 KB por consulta;
 *   src/integraciones/indice-de-busqueda.ts lo corta cada 1300: en estas tres, dos trozos y
 *   3,4–4,2 KB.
 * - Los 5 fragmentos: 17,2–20,4 KB. Cada uno lleva el texto entero de su página (los más pesados: el
 *   glosario, «Actores y roles» y «Marco normativo», ~5 KB cada uno). No llevan lo que no sirve para
 *   buscar (data-pagefind-ignore): los «Ver:» del glosario; los botones, el aviso y las casillas
 *   de las listas de verificación; la fecha de las hojas impresas; y las anclas de los términos del
 *   glosario y de los actores (con el id en un <span> ignorado, Pagefind no anota ~30 anclas sin
 *   texto por página: ~0,5 KB por fragmento).
 * El margen es chico (0,5 KB en «trata laboral»): un texto más largo en esas cinco páginas, o un corte
 * del índice que cae distinto, lo pasa. Entonces, ver en el mensaje de la prueba qué trozos y
 * fragmentos se bajaron. Otras consultas de dos palabras de tests/e2e/busqueda.test.ts: 81–100,8 KB.
 *
 * La interfaz (src/scripts/buscador.ts y su CSS, ~31 KB) se cuenta aparte: se baja una vez, al ir a
 * buscar, y queda en la caché.
 */
const PRIMERA_BUSQUEDA = 100 * 1024;

const INTERFAZ = 32 * 1024;

/** La página de un extracto de Pagefind (/pagefind/fragment/…): así el mensaje nombra páginas y no archivos con nombres de hash. */
function paginaDelExtracto(ruta: string): string {
  return (JSON.parse(leerArchivoDePagefind(join('dist', ruta)).toString('utf-8')) as { url: string }).url;
}

for (const consulta of ['trata laboral', 'servicio local', 'denuncia anónima']) {
  test(`primera búsqueda «${consulta}»: motor, índice, filtros y los extractos de 5 resultados ≤ ${PRIMERA_BUSQUEDA / 1024} KB`, async ({ page, baseURL }) => {
    await page.goto('/guia/principios/');
    await page.waitForLoadState('networkidle');
    const pedidos = await anotarPedidos(page, baseURL!, async () => {
      await page.getByRole('button', { name: 'Buscar' }).click();
      await page.getByRole('dialog').getByRole('textbox').fill(consulta);
      // Con la máquina cargada, bajar y arrancar el motor puede pasar de los 5 s por omisión (esto mide bytes, no tiempo).
      await expect(page.getByRole('dialog').locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
      await page.waitForLoadState('networkidle');
    });
    const pagefind = pedidos.filter((p) => p.ruta.startsWith('/pagefind/'));
    const interfaz = pedidos.filter((p) => p.ruta.startsWith('/_astro/'));
    expect(pagefind.filter((p) => p.ruta.endsWith('.pagefind')), 'se bajó un solo WASM de Pagefind').toHaveLength(1);
    expect(pagefind.filter((p) => p.ruta.endsWith('/pagefind.js')), 'pagefind.js se bajó una vez').toHaveLength(1);
    expect(pagefind.filter((p) => p.ruta.startsWith('/pagefind/index/')).length, 'trozos del índice').toBeGreaterThan(0);
    expect(pagefind.filter((p) => p.ruta.startsWith('/pagefind/fragment/')), 'los extractos de los resultados mostrados').toHaveLength(5);
    const suma = (lista: Pedido[]) => lista.reduce((s, p) => s + pesoDePedido('dist', p), 0);
    const parte = (nombre: string, regla: RegExp) => `${nombre} ${kb(suma(pagefind.filter((p) => regla.test(p.ruta))))}`;
    const resumen = [
      parte('motor', /^\/pagefind\/[^/]+$/),
      parte('índice', /^\/pagefind\/index\//),
      parte('filtros', /^\/pagefind\/filter\//),
      parte('extractos', /^\/pagefind\/fragment\//),
    ].join(' + ');
    const detalle = pagefind
      .map((p) => `${p.ruta}${p.ruta.startsWith('/pagefind/fragment/') ? ` (extracto de ${paginaDelExtracto(p.ruta)})` : ''} ${kb(pesoDePedido('dist', p))}`)
      .join('\n');
    // Lo más común que lo pasa: un texto más largo en una de las páginas de los resultados (cada
    // extracto lleva la página entera). Quien edita no tiene que achicar su texto: lo resuelve el
    // equipo técnico (qué entra en el índice, src/integraciones/indice-de-busqueda.ts).
    const ayuda =
      'Si creció un extracto, creció el texto de esa página: cada extracto lleva la página entera. No hace falta acortar el texto; avisale al equipo técnico, que decide qué entra en el buscador.';
    expect
      .soft(suma(pagefind), `primera búsqueda «${consulta}»: ${kb(suma(pagefind))} en ${pagefind.length} archivos = ${resumen}\n${detalle}\n${ayuda}`)
      .toBeLessThanOrEqual(PRIMERA_BUSQUEDA);
    expect.soft(suma(interfaz), `la interfaz del buscador: ${interfaz.map((p) => p.ruta).join(', ')}`).toBeLessThanOrEqual(INTERFAZ);
  });
}

/** «Cómo usar esta guía» dice cuánto baja la copia para usarla sin señal («unos 2 MB»). */
test(`la copia sin conexión pesa lo que dice la guía: unos ${MB_DE_LA_COPIA} MB en gzip`, () => {
  const { archivos, comprimido } = pesoDeLaCopia('dist');
  expect(archivos, 'archivos en la lista del service worker').toBeGreaterThan(150);
  const mb = comprimido / 1048576;
  expect(mb, `la copia pesa ${mb.toFixed(2)} MB: corregí MB_DE_LA_COPIA en src/lib/sin-conexion.ts`).toBeLessThanOrEqual(MB_DE_LA_COPIA);
  expect(mb, `la copia pesa ${mb.toFixed(2)} MB: corregí MB_DE_LA_COPIA en src/lib/sin-conexion.ts`).toBeGreaterThan(MB_DE_LA_COPIA - 1);
});
