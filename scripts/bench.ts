/**
 * `npm run bench`: cifras de rendimiento del sitio, para comparar antes y después de un cambio.
 * Imprime; no compara contra umbrales (los presupuestos que fallan están en tests/e2e/presupuesto.test.ts).
 *
 * 1. Construcción en frío: borra dist/ y las cachés de Astro (.astro/, node_modules/.astro/) y mide `npm run build`.
 * 2. Primera carga por tipo de página (portada, capítulo, protocolo, municipio), en gzip: se calcula
 *    resolviendo los recursos que pide el HTML en dist/ (hojas de estilo de pantalla, módulos JS y
 *    sus import estáticos; ver scripts/lib/pesos.ts). Así la cifra no depende de si el servidor
 *    comprime ni de la caché del navegador.
 * 3. Primera búsqueda: en Chromium, abre el buscador en un capítulo, busca «allanamiento» y suma (gzip)
 *    lo que se pidió: interfaz, Pagefind (motor WASM, índice, filtros) y fragmentos de los resultados.
 * 4. Copia sin conexión: archivos y bytes que guarda el service worker (dist/sw.js).
 * 5. PDF: tiempo de `npm run pdf` (las listas de verificación y el cuadernillo).
 */
import { rmSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { exigirChromium } from './lib/chromium.ts';
import { kb, pesoDeArchivos, pesoDeLaCopia, pesoPrimeraCarga } from './lib/pesos.ts';
import { freePort, run } from './lib/proceso.ts';
import { servirSitio } from './lib/servidor.ts';

const chromiumHallado = exigirChromium();

async function cronometrar(titulo: string, comando: string, args: string[], env: Record<string, string> = {}) {
  const inicio = performance.now();
  const codigo = await run(comando, args, env);
  const segundos = (performance.now() - inicio) / 1000;
  if (codigo !== 0) {
    console.error(`✗ ${titulo} falló (código ${codigo}).`);
    process.exit(codigo);
  }
  return segundos;
}

for (const carpeta of ['dist', '.astro', 'node_modules/.astro']) rmSync(carpeta, { recursive: true, force: true });
const construccion = await cronometrar('La construcción', 'npm', ['run', '--silent', 'build'], { GUIA_CON_PDF: '1' });
const pdf = await cronometrar('El PDF', 'npm', ['run', '--silent', 'pdf']);

const PAGINAS = {
  portada: '/',
  capítulo: '/guia/principios/',
  protocolo: '/guia/protocolos/asistencia-en-allanamientos/',
  municipio: '/municipios/general-pueyrredon/',
};
const filas = Object.entries(PAGINAS).map(([tipo, ruta]) => {
  const p = pesoPrimeraCarga('dist', ruta);
  return { tipo, ruta, HTML: kb(p.html), CSS: kb(p.css), JS: kb(p.js), total: kb(p.total) };
});

// Primera búsqueda, en un Chromium de verdad: qué archivos pide la interfaz.
const puerto = await freePort();
const servidor = await servirSitio('dist', puerto);
const navegador = await chromium.launch({ executablePath: chromiumHallado.path, args: ['--no-sandbox', '--disable-gpu'] });
const pedidos = new Set<string>();
try {
  const pagina = await navegador.newPage({ serviceWorkers: 'block' });
  await pagina.goto(`http://127.0.0.1:${puerto}${PAGINAS['capítulo']}`);
  await pagina.waitForLoadState('networkidle');
  pagina.on('request', (r) => pedidos.add(new URL(r.url()).pathname));
  await pagina.getByRole('button', { name: 'Buscar' }).click();
  await pagina.getByRole('dialog').getByRole('textbox').fill('allanamiento');
  await pagina.getByRole('dialog').locator('.pagefind-ui__result-link').first().waitFor();
  await pagina.waitForLoadState('networkidle');
} finally {
  await navegador.close();
  servidor.close();
}
const archivos = [...pedidos].filter((p) => !p.endsWith('/'));
const interfaz = archivos.filter((p) => p.startsWith('/_astro/'));
const fragmentos = archivos.filter((p) => p.startsWith('/pagefind/fragment/'));
const motor = archivos.filter((p) => p.startsWith('/pagefind/') && !fragmentos.includes(p));

// Copia sin conexión: la lista de archivos que guarda el worker.
const copia = pesoDeLaCopia('dist');

console.log(`\nConstrucción en frío: ${construccion.toFixed(1)} s`);
console.log(`PDF de las listas (npm run pdf): ${pdf.toFixed(1)} s`);
console.log('\nPrimera carga por tipo de página (gzip; HTML + CSS de pantalla + JS con sus import estáticos):');
console.table(filas);
console.log('Primera búsqueda («allanamiento», gzip):');
console.table({
  'Pagefind: motor WASM, índice, filtros': { archivos: motor.length, bytes: kb(pesoDeArchivos('dist', motor)) },
  'Fragmentos de los resultados mostrados': { archivos: fragmentos.length, bytes: kb(pesoDeArchivos('dist', fragmentos)) },
  'Interfaz del buscador (JS y CSS, una vez)': { archivos: interfaz.length, bytes: kb(pesoDeArchivos('dist', interfaz)) },
});
console.log(
  `Copia sin conexión (service worker): ${copia.archivos} archivos, ${(copia.crudo / 1048576).toFixed(1)} MB sin comprimir, ${(copia.comprimido / 1048576).toFixed(1)} MB en gzip.`,
);
