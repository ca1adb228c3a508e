/**
 * `npm run bench`: las cifras de rendimiento de la guía al lado de las de un Starlight sin nada propio
 * (las mismas versiones de astro y @astrojs/starlight, ver scripts/lib/starlight-desnudo.ts), cada una
 * con su meta y ✓ o ✗. Solo imprime: nunca falla por una cifra (los presupuestos de bytes y pedidos que
 * sí fallan están en tests/e2e/presupuesto.test.ts).
 *
 *   npm run bench                    mide todo menos `npm test`, cuyo tiempo lee de la última corrida
 *                                    (informes/tiempos-de-npm-test.json, lo escribe scripts/test.ts)
 *   npm run bench -- --con-pruebas   corre antes `npm test` (tarda minutos) y usa ese tiempo
 *   npm run bench -- --pares 5       construye 5 veces cada sitio en vez de 3 (ver el punto 1)
 *
 * 1. Construcción en frío de la guía (borra dist/ y las cachés de Astro) y de Starlight con tantas
 *    páginas como las de la guía con contenido (sin los reenvíos), las dos con `node astro.mjs build`,
 *    en pares alternados: tiempo real y de procesador (medianas), por página, y la mediana de la razón
 *    entre las dos en cada par, con su rango.
 * 2. PDF: tiempo de `npm run pdf` (las listas de verificación y el cuadernillo).
 * 3. Primera carga de cada plantilla, en Chromium con la caché vacía y sin service worker, hasta que la
 *    red queda quieta: pedidos (más el favicon y el manifiesto, que Lighthouse también cuenta) y bytes
 *    en la red, contados igual que en tests/e2e/presupuesto.test.ts (`pedidosDeLaPrimeraCarga` y
 *    `pesoDePedido` de scripts/lib/pesos.ts).
 * 4. Primera búsqueda de dos palabras («trata laboral»): lo que baja Pagefind (motor WASM, índice,
 *    filtros) y los fragmentos de los resultados que muestra; sin la interfaz (se baja una vez).
 * 5. Copia sin conexión: archivos y bytes que guarda el service worker (dist/sw.js).
 * 6. `npm test`: el total y cada paso.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { archivos } from '../src/lib/archivos.ts';
import { exigirChromium } from './lib/chromium.ts';
import { anotarPedidos, kb, pedidosDeLaPrimeraCarga, pesoDeLaCopia, pesoDePedido, type Pedido } from './lib/pesos.ts';
import { npmRun, programa } from './lib/paquete.ts';
import { freePort } from './lib/proceso.ts';
import { servirSitio } from './lib/servidor.ts';
import { limpiarStarlightDesnudo, PAGINA_DE_MUESTRA, prepararStarlightDesnudo } from './lib/starlight-desnudo.ts';
import { formatearSegundos, leerTiempos, resumenDeTiempos } from './lib/tiempos.ts';
import { cronometrar, type Medida } from './lib/cronometro.ts';

const chromiumHallado = exigirChromium();
const conPruebas = process.argv.includes('--con-pruebas');
/** Pares de construcciones (guía y Starlight) por medir: `--pares N`, 3 si no se indica. */
const pares = Math.max(1, Number(process.argv[process.argv.indexOf('--pares') + 1]) || 3);

const META = {
  razonPorPagina: 1.3,
  bytesPorPlantilla: 32 * 1024,
  pedidosPorPlantilla: 12,
  primeraBusqueda: 100 * 1024,
  pdf: 60,
  pruebas: 180,
};
const BUSQUEDA = 'trata laboral';
const PLANTILLAS = {
  portada: '/',
  capítulo: '/guia/principios/',
  protocolo: '/guia/protocolos/asistencia-en-allanamientos/',
  municipio: '/municipios/general-pueyrredon/',
  'índice de municipios': '/municipios/',
  ediciones: '/ediciones/',
  'página de búsqueda': '/buscar/',
};

function exigir(medida: Medida, titulo: string): Medida {
  if (!medida.ok) {
    console.error(`✗ ${titulo} falló: el bench no puede seguir. Los mensajes de arriba dicen por qué.`);
    process.exit(1);
  }
  return medida;
}

// 0. `npm test`, solo si se pide.
if (conPruebas) {
  console.log('▶ npm test (--con-pruebas)');
  await cronometrar('npm', ['test']);
}

// 1 y 2. La guía en frío, con los PDF (como se publica), y Starlight con el mismo número de páginas, en
// pares alternados: guía, Starlight, guía, Starlight… En esta máquina (virtual, 2 núcleos) la misma
// construcción tarda de una corrida a otra hasta un 25 % más o menos; con un solo par, la razón salía
// entre 1,04× y 1,67× sin cambiar nada. Se informa la mediana de las razones de cada par (cada par
// corre en el mismo momento de la máquina) y el rango.
// Las dos con el mismo comando (`node …/astro.mjs build`, ver scripts/lib/paquete.ts): con `npm run build`
// la nuestra pagaba además el arranque de npm (~0,4 s de procesador y ~0,3 s reales), que no es trabajo
// de la construcción.
const ASTRO = programa('astro');
const nuestras: Medida[] = [];
const desnudas: Medida[] = [];
let carpetaStarlight = '';
let paginas = 0;
let reenvios = 0;
for (let par = 1; par <= pares; par++) {
  console.log(`▶ Construcción en frío de la guía (par ${par} de ${pares})`);
  for (const carpeta of ['dist', '.astro', 'node_modules/.astro']) rmSync(carpeta, { recursive: true, force: true });
  nuestras.push(
    exigir(await cronometrar(process.execPath, [ASTRO, 'build'], { env: { GUIA_CON_PDF: '1', ASTRO_TELEMETRY_DISABLED: '1' } }), 'La construcción de la guía'),
  );
  if (par === 1) {
    // Las páginas con contenido: sin los reenvíos (src/components/Reenvio.astro, un documento de 1,6 KB con
    // `<meta http-equiv="refresh">` por cada página de una edición cerrada igual a la vigente), que no
    // cuestan casi nada. Contados como páginas, Starlight construía más páginas de verdad que nosotros
    // (223 contra 196) y la razón por página salía ~4 % más favorable de lo que es.
    const html = archivos('dist', ['.html']);
    reenvios = html.filter((f) => /<meta http-equiv="refresh"/.test(readFileSync(f, 'utf-8'))).length;
    paginas = html.length - reenvios;
    carpetaStarlight = prepararStarlightDesnudo(paginas);
  }
  console.log(`▶ Construcción en frío de Starlight sin nada propio, con ${paginas} páginas (par ${par} de ${pares})`);
  limpiarStarlightDesnudo(carpetaStarlight);
  desnudas.push(
    exigir(await cronometrar(process.execPath, [ASTRO, 'build'], { cwd: carpetaStarlight, env: { ASTRO_TELEMETRY_DISABLED: '1' } }), 'La construcción de Starlight'),
  );
}
console.log('▶ PDF');
const comandoPdf = npmRun('pdf');
const pdf = exigir(await cronometrar(comandoPdf.comando, comandoPdf.args), 'El PDF');
const distStarlight = join(carpetaStarlight, 'dist');
const paginasStarlight = archivos(distStarlight, ['.html']).length;

// 3 y 4. En Chromium: primera carga de cada plantilla y primera búsqueda, en los dos sitios.
interface Carga {
  pedidos: number;
  bytes: number;
}

/**
 * Bytes en la red de los pedidos al propio sitio, contados como en tests/e2e/presupuesto.test.ts
 * (`pesoDePedido`: cuerpo en gzip, ya comprimido en los archivos de Pagefind, más las cabeceras).
 */
function enLaRed(dist: string, pedidos: Pedido[]): number {
  return pedidos.reduce((total, p) => total + pesoDePedido(dist, p), 0);
}

async function primeraCarga(navegador: Browser, origen: string, dist: string, ruta: string): Promise<Carga> {
  const contexto = await navegador.newContext({ serviceWorkers: 'block' });
  const pedidos = await pedidosDeLaPrimeraCarga(await contexto.newPage(), origen, ruta);
  await contexto.close();
  return { pedidos: pedidos.length, bytes: enLaRed(dist, pedidos) };
}

interface Busqueda {
  motor: number;
  archivosMotor: number;
  fragmentos: number;
  bytesFragmentos: number;
}

async function primeraBusqueda(navegador: Browser, origen: string, dist: string, ruta: string, boton: RegExp): Promise<Busqueda> {
  const contexto = await navegador.newContext({ serviceWorkers: 'block' });
  const pagina = await contexto.newPage();
  await pagina.goto(`${origen}${ruta}`);
  await pagina.waitForLoadState('networkidle');
  const pedidos = (
    await anotarPedidos(pagina, origen, async () => {
      await pagina.getByRole('button', { name: boton }).first().click();
      await pagina.getByRole('dialog').getByRole('searchbox').or(pagina.getByRole('dialog').getByRole('textbox')).first().fill(BUSQUEDA);
      await pagina.getByRole('dialog').locator('.pagefind-ui__result-link').first().waitFor({ timeout: 30_000 });
      await pagina.waitForLoadState('networkidle');
      await pagina.waitForTimeout(500);
    })
  ).filter((p) => p.ruta.includes('/pagefind/'));
  await contexto.close();
  // La interfaz de Pagefind (pagefind-ui.js/.css) se baja una vez y no depende de la búsqueda.
  const motor = pedidos.filter((p) => !p.ruta.includes('/fragment/') && !/pagefind-(component-)?ui\./.test(p.ruta));
  const fragmentos = pedidos.filter((p) => p.ruta.includes('/fragment/'));
  return { motor: enLaRed(dist, motor), archivosMotor: motor.length, fragmentos: fragmentos.length, bytesFragmentos: enLaRed(dist, fragmentos) };
}

console.log('▶ Primera carga y primera búsqueda en Chromium');
const [puerto, puertoStarlight] = [await freePort(), await freePort()];
// Con las cabeceras de `_headers`, como el servidor de las pruebas: cuentan en la página (la CSP, ~0,4 KB) y
// no en cada archivo (ver `pesoDePedido`). Starlight no tiene ese archivo.
const servidor = await servirSitio('dist', puerto, '/');
const servidorStarlight = await servirSitio(distStarlight, puertoStarlight, '/');
const origen = `http://127.0.0.1:${puerto}`;
const origenStarlight = `http://127.0.0.1:${puertoStarlight}`;
const navegador = await chromium.launch({ executablePath: chromiumHallado.executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const cargas: Record<string, Carga> = {};
let cargaStarlight: Carga;
let busqueda: Busqueda;
let busquedaStarlight: Busqueda | undefined;
try {
  for (const [plantilla, ruta] of Object.entries(PLANTILLAS)) cargas[plantilla] = await primeraCarga(navegador, origen, 'dist', ruta);
  cargaStarlight = await primeraCarga(navegador, origenStarlight, distStarlight, PAGINA_DE_MUESTRA);
  busqueda = await primeraBusqueda(navegador, origen, 'dist', PLANTILLAS['capítulo'], /^Buscar$/);
  try {
    busquedaStarlight = await primeraBusqueda(navegador, origenStarlight, distStarlight, PAGINA_DE_MUESTRA, /^Search/);
  } catch (error) {
    console.warn(`No se pudo medir la búsqueda de Starlight: ${(error as Error).message.split('\n')[0]}`);
  }
} finally {
  await navegador.close();
  servidor.close();
  servidorStarlight.close();
}

// 5. La copia sin conexión.
const copia = pesoDeLaCopia('dist');

// El informe.
const bien = (ok: boolean) => (ok ? '✓' : '✗');
const mediana = (valores: number[]) => {
  const orden = valores.toSorted((a, b) => a - b);
  const medio = Math.floor(orden.length / 2);
  return orden.length % 2 ? orden[medio]! : (orden[medio - 1]! + orden[medio]!) / 2;
};
/** Razón por página de cada par, en tiempo real o de procesador (sin procesador si algún par no lo midió). */
const razonesDe = (cifra: (m: Medida) => number | undefined) => {
  const razones = nuestras.map((n, i) => {
    const [a, b] = [cifra(n), cifra(desnudas[i]!)];
    return a === undefined || b === undefined ? undefined : a / paginas / (b / paginasStarlight);
  });
  return razones.every((r) => r !== undefined) ? (razones as number[]) : undefined;
};
const razonesReales = razonesDe((m) => m.segundos)!;
const razonesCpu = razonesDe((m) => m.cpu);
const segundos = (medidas: Medida[]) => mediana(medidas.map((m) => m.segundos));
const cpu = (medidas: Medida[]) => (medidas.every((m) => m.cpu !== undefined) ? formatearSegundos(mediana(medidas.map((m) => m.cpu!))) : '–');
const rango = (razones: number[]) => (razones.length > 1 ? ` (de ${Math.min(...razones).toFixed(2)} a ${Math.max(...razones).toFixed(2)})` : '');
const porPagina = (s: number, n: number) => `${((s / n) * 1000).toFixed(0)} ms`;

const filas: Array<{ cifra: string; guía: string; Starlight: string; meta: string; '': string }> = [];
const fila = (cifra: string, guia: string, starlight: string, meta: string, ok?: boolean) =>
  filas.push({ cifra, guía: guia, Starlight: starlight, meta, '': ok === undefined ? '' : bien(ok) });

const mitad = pares > 1 ? `mediana de ${pares} pares` : '1 par';
fila(
  `Construcción en frío (real / procesador, ${mitad})`,
  `${formatearSegundos(segundos(nuestras))} / ${cpu(nuestras)}, ${paginas} páginas (+${reenvios} reenvíos)`,
  `${formatearSegundos(segundos(desnudas))} / ${cpu(desnudas)}, ${paginasStarlight} páginas`,
  '',
);
fila('  por página (real)', porPagina(segundos(nuestras), paginas), porPagina(segundos(desnudas), paginasStarlight), '');
const razon = mediana(razonesReales);
fila(`  razón guía / Starlight, por página (real)${rango(razonesReales)}`, `${razon.toFixed(2)}×`, '1×', `≤ ${META.razonPorPagina}×`, razon <= META.razonPorPagina);
if (razonesCpu) {
  const razonCpu = mediana(razonesCpu);
  fila(`  razón por página (procesador)${rango(razonesCpu)}`, `${razonCpu.toFixed(2)}×`, '1×', `≤ ${META.razonPorPagina}×`, razonCpu <= META.razonPorPagina);
}
const totalBusqueda = (b: Busqueda) => b.motor + b.bytesFragmentos;
for (const [plantilla, c] of Object.entries(cargas)) {
  const starlight = plantilla === 'capítulo' ? `${kb(cargaStarlight!.bytes)}, ${cargaStarlight!.pedidos} pedidos` : '';
  // La página de búsqueda: su plantilla más la primera búsqueda (la de /buscar/?q=... o la que se escribe).
  const masBusqueda = plantilla === 'página de búsqueda';
  const bytes = META.bytesPorPlantilla + (masBusqueda ? META.primeraBusqueda : 0);
  const pedidos = META.pedidosPorPlantilla + (masBusqueda ? busqueda!.archivosMotor + busqueda!.fragmentos : 0);
  fila(
    `Primera carga: ${plantilla}`,
    `${kb(c.bytes)}, ${c.pedidos} pedidos`,
    starlight,
    masBusqueda ? `≤ ${kb(bytes)}, ≤ ${pedidos} (con la primera búsqueda)` : `≤ ${kb(bytes)}, ≤ ${pedidos}`,
    c.bytes <= bytes && c.pedidos <= pedidos,
  );
}
fila(
  `Primera búsqueda «${BUSQUEDA}» (motor e índice + fragmentos)`,
  `${kb(totalBusqueda(busqueda!))} (${kb(busqueda!.motor)} en ${busqueda!.archivosMotor} + ${kb(busqueda!.bytesFragmentos)} en ${busqueda!.fragmentos})`,
  busquedaStarlight ? `${kb(totalBusqueda(busquedaStarlight))} (${busquedaStarlight.fragmentos} fragmentos)` : '–',
  `≤ ${kb(META.primeraBusqueda)}`,
  totalBusqueda(busqueda!) <= META.primeraBusqueda,
);
fila('PDF (npm run pdf)', formatearSegundos(pdf.segundos), '', `< ${META.pdf} s`, pdf.segundos < META.pdf);
const tiempos = leerTiempos();
if (tiempos) {
  fila(
    `npm test (${conPruebas ? 'recién corrido' : `última corrida, ${tiempos.fecha.slice(0, 16).replace('T', ' ')} UTC`}${tiempos.ok ? '' : ', falló'})`,
    formatearSegundos(tiempos.total),
    '',
    `≤ ${formatearSegundos(META.pruebas)}`,
    tiempos.ok && tiempos.total <= META.pruebas,
  );
} else {
  fila('npm test', 'sin medir: corré `npm test` o `npm run bench -- --con-pruebas`', '', `≤ ${formatearSegundos(META.pruebas)}`, false);
}

console.log('\nLa guía al lado de Starlight sin nada propio (mismas versiones; bytes en la red: gzip + cabeceras):');
console.table(filas);
console.log(
  `Copia sin conexión (service worker): ${copia.archivos} archivos, ${(copia.crudo / 1048576).toFixed(1)} MB sin comprimir, ${(copia.comprimido / 1048576).toFixed(1)} MB en gzip.`,
);
if (tiempos) console.log(`\n${resumenDeTiempos(tiempos).join('\n')}`);
