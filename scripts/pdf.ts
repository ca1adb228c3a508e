/**
 * `npm run pdf`: convierte en PDF A4, a partir del sitio ya construido en `dist/` (corré antes
 * `npm run build`; para que las páginas enlacen los PDF, construí con GUIA_CON_PDF=1):
 *
 * - la hoja impresa de cada protocolo (`pdf/<protocolo>.pdf`) y el cuadernillo de la edición
 *   (`pdf/protocolos-<edición>.pdf`);
 * - la ficha de cada partido, un archivo por partido (`pdf/municipios/<slug>.pdf`): cada oficina
 *   municipal quiere la suya, para imprimirla o mandarla, no un cuadernillo de 135 hojas.
 *
 * Avisa qué lista o ficha no entra en una sola hoja. Muestra el avance (`[12/145] …`).
 *
 * La lista de protocolos sale del índice del cuadernillo (`/imprimir/protocolos/`, enlaces
 * `a[data-protocolo]`), que la toma de la colección; la de partidos, de `datos/municipios.json` del
 * mismo sitio: los PDF tienen siempre lo que tiene el sitio. El nombre del cuadernillo lleva la
 * edición de la hoja (`data-edicion`).
 *
 * Rápido en una máquina chica (medido en 2 núcleos ocupados: 135 PDF de una hoja, de a uno, tardan
 * más de 100 s; juntas, unos 20): las fichas se imprimen juntas, en dos grupos a la vez, y cada PDF
 * se separa en un archivo por partido (scripts/lib/pdf.ts); mientras tanto otra pestaña imprime las
 * listas.
 * Un solo Chromium, sin service worker (si no, cada pestaña bajaría en segundo plano la copia entera
 * para usar sin red) y sin esperar a que la red quede quieta: alcanza con el evento `load` (las hojas
 * de estilo y el QR van en la página).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CARPETA_FICHAS, CARPETA_PDF } from '../src/lib/pdf.ts';
import { conBase } from '../src/lib/rutas.ts';
import { despliegue } from '../src/lib/sitio.ts';
import { exigirChromium } from './lib/chromium.ts';
import { contarPaginas, enParalelo, juntarFichas, separarPaginas, type TrabajoDePdf } from './lib/pdf.ts';
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
  executablePath: navegador.executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const salida = join(carpeta, CARPETA_PDF);
mkdirSync(join(salida, CARPETA_FICHAS), { recursive: true });

const local = `http://127.0.0.1:${puerto}`;
// Las páginas se abren en la dirección pública del sitio (la de los QR), servidas desde la carpeta:
// así los enlaces del PDF llevan al sitio publicado y no a este servidor, que se apaga al terminar.
const origen = new URL(despliegue.site).origin;
const cuadernillo = conBase('/imprimir/protocolos/', base);
const largos: string[] = [];
let cantidad = 0;
try {
  // Sin CSP: juntarFichas agrega una regla de estilo a la página (ver scripts/lib/pdf.ts).
  const contexto = await browser.newContext({ serviceWorkers: 'block', bypassCSP: true });
  await contexto.route(`${origen}/**`, async (pedido) => {
    const { pathname, search } = new URL(pedido.request().url());
    await pedido.fulfill({ response: await pedido.fetch({ url: `${local}${pathname}${search}` }) });
  });
  const abrir = async (pagina: Page, ruta: string) => {
    const respuesta = await pagina.goto(`${origen}${ruta}`, { waitUntil: 'load' });
    if (!respuesta?.ok()) throw new Error(`la página ${ruta} respondió ${respuesta?.status()}`);
  };
  // Las listas de la edición actual (la de /guia/), una por hoja, y el cuadernillo con todas.
  const indice = await contexto.newPage();
  await abrir(indice, cuadernillo);
  const protocolos = await indice.$$eval('a[data-protocolo]', (enlaces) =>
    enlaces.map((a) => ({ nombre: a.getAttribute('data-protocolo')!, ruta: new URL((a as HTMLAnchorElement).href).pathname })),
  );
  const edicion = await indice.getAttribute('[data-edicion]', 'data-edicion');
  await indice.close();
  const { municipios } = JSON.parse(readFileSync(join(carpeta, 'datos', 'municipios.json'), 'utf-8')) as {
    municipios: Array<{ slug: string; pagina: string }>;
  };
  const trabajos: TrabajoDePdf[] = [
    ...protocolos.map((p) => ({ ...p, unaHoja: true })),
    { nombre: `protocolos-${edicion}`, ruta: cuadernillo, unaHoja: false },
  ];
  cantidad = trabajos.length + municipios.length;
  let hechos = 0;
  const guardar = (t: Pick<TrabajoDePdf, 'nombre' | 'unaHoja'>, pdf: Uint8Array) => {
    const archivo = join(salida, `${t.nombre}.pdf`);
    mkdirSync(dirname(archivo), { recursive: true });
    writeFileSync(archivo, pdf);
    const hojas = contarPaginas(pdf);
    if (t.unaHoja && hojas > 1) largos.push(`${t.nombre} (${hojas} hojas)`);
    hechos++;
    console.log(`[${hechos}/${cantidad}] ${CARPETA_PDF}/${t.nombre}.pdf: ${hojas} ${hojas === 1 ? 'hoja' : 'hojas'}, ${Math.round(pdf.length / 1024)} KB`);
  };
  const imprimir = (pagina: Page) => pagina.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  const unoPorUno = (lista: TrabajoDePdf[], pestanas: number) =>
    enParalelo(lista, pestanas, () => contexto.newPage(), async (pagina, t) => {
      await abrir(pagina, t.ruta);
      guardar(t, await imprimir(pagina));
    });

  // Las fichas de los partidos, en una sola impresión por grupo, que después se separa en un PDF
  // por partido. Si alguna no entra en una hoja, el PDF tiene más hojas que fichas y no se sabe cuál
  // se pasó: entonces ese grupo se imprime de a una ficha, que es más lento pero lo dice.
  const fichas = async (grupo: typeof municipios) => {
    if (grupo.length === 0) return;
    const rutas = grupo.map((m) => conBase(m.pagina, base));
    const pagina = await contexto.newPage();
    await abrir(pagina, rutas[0]!);
    const juntas = await pagina.evaluate(juntarFichas, rutas.slice(1));
    const pdf = await imprimir(pagina);
    await pagina.close();
    const hojas = contarPaginas(pdf);
    if (hojas === juntas.length) {
      const separadas = await separarPaginas(pdf, juntas.map((f) => f.titulo));
      separadas.forEach((p, i) => guardar({ nombre: `${CARPETA_FICHAS}/${juntas[i]!.ficha}`, unaHoja: true }, p));
    } else {
      console.warn(`${juntas.length} fichas juntas ocupan ${hojas} hojas: se imprimen de a una para ver cuál no entra en una hoja.`);
      await unoPorUno(grupo.map((m) => ({ nombre: `${CARPETA_FICHAS}/${m.slug}`, ruta: conBase(m.pagina, base), unaHoja: true })), 1);
    }
  };
  // Dos grupos de fichas y las listas a la vez: Chromium imprime cada pestaña en su propio proceso.
  const mitad = Math.ceil(municipios.length / 2);
  await Promise.all([fichas(municipios.slice(0, mitad)), fichas(municipios.slice(mitad)), unoPorUno(trabajos, 1)]);
} finally {
  await browser.close();
  servidor.close();
}
const segundos = ((performance.now() - inicio) / 1000).toFixed(1);
console.log(`✓ ${cantidad} PDF en ${salida}/ en ${segundos} s.`);
if (largos.length) {
  console.warn(`Advertencia: estas hojas no entran en una hoja A4: ${largos.join(', ')}. Acortá ítems, notas o contactos.`);
}
