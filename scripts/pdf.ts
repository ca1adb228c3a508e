/**
 * `npm run pdf`: convierte en PDF A4 la hoja impresa de cada protocolo y arma el cuadernillo de la
 * edición, a partir del sitio ya construido en `dist/` (corré antes `npm run build`; para que las
 * páginas enlacen los PDF, construí con GUIA_CON_PDF=1). Guarda todo en `dist/pdf/`.
 * Avisa qué protocolo no entra en una sola hoja.
 *
 * La lista de protocolos sale del índice del cuadernillo (`/imprimir/protocolos/`, enlaces
 * `a[data-protocolo]`), que la toma de la colección: los PDF y el cuadernillo tienen siempre los
 * mismos protocolos. El nombre del cuadernillo lleva la edición de la hoja (`data-edicion`).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CARPETA_PDF } from '../src/lib/pdf.ts';
import { conBase } from '../src/lib/rutas.ts';
import { despliegue } from '../src/lib/sitio.ts';
import { exigirChromium } from './lib/chromium.ts';
import { contarPaginas } from './lib/pdf.ts';
import { freePort } from './lib/proceso.ts';
import { servirSitio } from './lib/servidor.ts';

const carpeta = process.argv[2] ?? 'dist';
const { base } = despliegue;
if (!existsSync(join(carpeta, 'index.html'))) {
  console.error(`No hay un sitio construido en ${carpeta}/. Corré antes \`npm run build\`.`);
  process.exit(1);
}
const navegador = exigirChromium();

const inicio = performance.now();
const puerto = await freePort();
const servidor = await servirSitio(carpeta, puerto, base);
const browser = await chromium.launch({
  executablePath: navegador.path,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const salida = join(carpeta, CARPETA_PDF);
mkdirSync(salida, { recursive: true });

const origen = `http://127.0.0.1:${puerto}`;
const cuadernillo = conBase('/imprimir/protocolos/', base);
const largos: string[] = [];
let cantidad = 0;
try {
  const pagina = await browser.newPage();
  const abrir = async (ruta: string) => {
    const respuesta = await pagina.goto(`${origen}${ruta}`, { waitUntil: 'load' });
    if (!respuesta?.ok()) throw new Error(`la página ${ruta} respondió ${respuesta?.status()}`);
  };
  // Las listas de la edición actual (la de /guia/), una por hoja, y el cuadernillo con todas.
  await abrir(cuadernillo);
  const protocolos = await pagina.$$eval('a[data-protocolo]', (enlaces) =>
    enlaces.map((a) => ({ nombre: a.getAttribute('data-protocolo')!, ruta: new URL((a as HTMLAnchorElement).href).pathname })),
  );
  const edicion = await pagina.getAttribute('[data-edicion]', 'data-edicion');
  const trabajos = [
    ...protocolos.map((p) => ({ ...p, unaHoja: true })),
    { nombre: `protocolos-${edicion}`, ruta: cuadernillo, unaHoja: false },
  ];
  cantidad = trabajos.length;
  for (const [i, t] of trabajos.entries()) {
    await abrir(t.ruta);
    const pdf = await pagina.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(salida, `${t.nombre}.pdf`), pdf);
    const hojas = contarPaginas(pdf);
    if (t.unaHoja && hojas > 1) largos.push(`${t.nombre} (${hojas} hojas)`);
    console.log(`[${i + 1}/${trabajos.length}] ${CARPETA_PDF}/${t.nombre}.pdf: ${hojas} ${hojas === 1 ? 'hoja' : 'hojas'}, ${Math.round(pdf.length / 1024)} KB`);
  }
} finally {
  await browser.close();
  servidor.close();
}
const segundos = ((performance.now() - inicio) / 1000).toFixed(1);
console.log(`✓ ${cantidad} PDF en ${salida}/ en ${segundos} s.`);
if (largos.length) {
  console.warn(`Advertencia: estas listas no entran en una hoja A4: ${largos.join(', ')}. Acortá ítems o notas.`);
}
