import { readdirSync } from 'node:fs';
import { kb, pesoDeArchivos, pesoDeLaCopia, pesoPrimeraCarga } from '../../scripts/lib/pesos.ts';
import { MB_DE_LA_COPIA } from '../../src/lib/sin-conexion.ts';
import { expect, test } from './fixtures.ts';

/**
 * Presupuestos de bytes para un teléfono con poca señal, medidos sobre dist/ con gzip (ver
 * scripts/lib/pesos.ts): determinísticos, no dependen de la velocidad de la máquina.
 */
const PRIMERA_CARGA = 40 * 1024;
/**
 * La plantilla (encabezado, menú, pie, CSP), sin el texto ni el índice de la página, pesa ~4,8 KB;
 * el resto es del capítulo. Para que entre: los scripts y estilos van en archivos aparte
 * (astro.config.mjs), el menú lateral sin su memoria y el selector de tema sin íconos
 * (src/components/starlight/).
 */
const HTML = 12 * 1024;
const PRIMERA_BUSQUEDA = 100 * 1024;

/**
 * Capítulos cuyo HTML pasa el presupuesto por su propio texto (hoy ninguno: el más largo, «Marco
 * normativo», pesa 11,4 KB). Si un capítulo crece más, conviene partirlo; si no se puede, va acá,
 * con su tope medido: la prueba falla si crece, y también si ya entra en el presupuesto (entonces
 * hay que sacarlo de esta lista).
 */
const EXCEPCIONES: Record<string, number> = {};

const capitulos = (readdirSync('dist/guia', { recursive: true }) as string[])
  .filter((f) => f.endsWith('index.html'))
  .map((f) => `/guia/${f.replace(/index\.html$/, '')}`);

test('cada capítulo y protocolo: primera carga ≤ 40 KB y HTML ≤ 12 KB (gzip)', () => {
  expect(capitulos.length).toBeGreaterThan(20);
  for (const ruta of capitulos) {
    const peso = pesoPrimeraCarga('dist', ruta);
    expect.soft(peso.total, `${ruta}: primera carga ${kb(peso.total)}`).toBeLessThanOrEqual(PRIMERA_CARGA);
    const tope = EXCEPCIONES[ruta];
    if (tope) {
      expect.soft(peso.html, `${ruta}: HTML ${kb(peso.html)} (excepción)`).toBeLessThanOrEqual(tope);
      expect.soft(peso.html, `${ruta}: ya entra en ${kb(HTML)}, sacalo de EXCEPCIONES`).toBeGreaterThan(HTML);
    } else {
      expect.soft(peso.html, `${ruta}: HTML ${kb(peso.html)}`).toBeLessThanOrEqual(HTML);
    }
  }
});

/**
 * Lo que baja Pagefind para responder la primera consulta: su JS, el motor WASM, los metadatos, el
 * índice y los filtros. No cuenta la interfaz (~30 KB, se baja al abrir el buscador y queda en la
 * caché) ni los fragmentos con el extracto de cada resultado mostrado (~3 KB cada uno): los informa
 * `npm run bench`.
 */
test('la primera búsqueda baja ≤ 100 KB de Pagefind (motor WASM e índice)', async ({ page }) => {
  await page.goto('/guia/principios/');
  await page.waitForLoadState('networkidle');
  const pedidos = new Set<string>();
  page.on('request', (r) => pedidos.add(new URL(r.url()).pathname));
  await page.getByRole('button', { name: 'Buscar' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('allanamiento');
  // Con la máquina cargada, bajar y arrancar el motor puede pasar de los 5 s por omisión (esto mide bytes, no tiempo).
  await expect(page.getByRole('dialog').locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  const archivos = [...pedidos].filter((p) => p.startsWith('/pagefind/') && !p.includes('/fragment/'));
  expect(archivos.some((p) => p.endsWith('.pagefind')), 'se bajó el WASM de Pagefind').toBe(true);
  const peso = pesoDeArchivos('dist', archivos);
  expect(peso, `primera búsqueda: ${kb(peso)} en ${archivos.length} archivos`).toBeLessThanOrEqual(PRIMERA_BUSQUEDA);
});

/** «Cómo usar esta guía» dice cuánto baja la copia para usarla sin señal («unos 2 MB»). */
test(`la copia sin conexión pesa lo que dice la guía: unos ${MB_DE_LA_COPIA} MB en gzip`, () => {
  const { archivos, comprimido } = pesoDeLaCopia('dist');
  expect(archivos, 'archivos en la lista del service worker').toBeGreaterThan(150);
  const mb = comprimido / 1048576;
  expect(mb, `la copia pesa ${mb.toFixed(2)} MB: corregí MB_DE_LA_COPIA en src/lib/sin-conexion.ts`).toBeLessThanOrEqual(MB_DE_LA_COPIA);
  expect(mb, `la copia pesa ${mb.toFixed(2)} MB: corregí MB_DE_LA_COPIA en src/lib/sin-conexion.ts`).toBeGreaterThan(MB_DE_LA_COPIA - 1);
});
