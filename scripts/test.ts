/**
 * `npm test`: todas las verificaciones, deteniéndose en la primera que falla.
 * Primero confirma que haya un Chromium y un Java (para el validador de HTML), para no descubrir
 * su falta después de construir el sitio.
 *
 * Los pasos que no dependen uno del otro corren a la vez, tantos como núcleos tenga la máquina
 * (`GUIA_PRUEBAS_A_LA_VEZ=1` los corre de a uno, en el orden de la lista). Los «de fondo» (los que
 * ningún otro paso espera: tipos, pruebas unitarias, HTML, actionlint) corren además de esos, con
 * menos prioridad: usan el procesador que dejan libre las construcciones y las pruebas de punta a
 * punta, que así no los esperan. La salida de un paso se muestra entera y junta: la del que empezó
 * primero, a medida que llega; la de los demás, al terminar.
 * Al final imprime cuánto tardó cada paso y lo guarda en informes/tiempos-de-npm-test.json (lo lee
 * `npm run bench`).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { exigirChromium } from './lib/chromium.ts';
import { exigirJava } from './lib/java.ts';
import { lanzarMedido, leerCpu } from './lib/cronometro.ts';
import { entornoConProgramas, npmRun, npx, type Comando } from './lib/paquete.ts';
import { formatearSegundos, guardarTiempos, resumenDeTiempos, type TiempoDePaso } from './lib/tiempos.ts';

exigirChromium();
exigirJava();

interface Paso extends Comando {
  titulo: string;
  env?: Record<string, string>;
  /** Títulos de los pasos que tienen que terminar bien antes de empezar este. */
  despues?: string[];
  /** Usa todos los núcleos (las pruebas de punta a punta): no corre a la vez que otro paso, salvo los de fondo. */
  solo?: boolean;
  /**
   * De fondo: ningún paso lo espera. Corre con menos prioridad (`nice`) y no cuenta entre los pasos a la
   * vez: toma el procesador que los demás dejan libre, sin demorarlos.
   */
  fondo?: boolean;
  /**
   * Corre Astro en esta carpeta: escribe .astro/ (la lista de módulos del contenido que la construcción
   * vuelve a leer) y node_modules/.astro/. Dos a la vez se pisarían: los pasos con Astro van de a uno.
   */
  astro?: boolean;
}

const VALIDACION = 'Validación del contenido';
const CONSTRUCCION = 'Construcción del sitio';
const PDF = 'PDF de las listas de verificación y de las fichas de los municipios';
const ENLACES = 'Enlaces del sitio construido';
const SITIOS = 'Construcción de los sitios de prueba';
const HTML = 'HTML válido (validador del W3C)';

// En orden de prioridad: cuando se libera un núcleo, empieza el primero de la lista que ya puede (de
// a uno, en este orden, con `GUIA_PRUEBAS_A_LA_VEZ=1`). Los pasos con Astro van de a uno (ver `astro`);
// mientras tanto corren PDF, enlaces y los de fondo. El camino más largo es validación → sitio →
// sitios de prueba → punta a punta: lo demás corre al costado, de fondo.
// Cada paso es un script de package.json, corrido sin npm (scripts/lib/paquete.ts): sin los ~0,3 s
// que npm suma al arrancar cada uno.
const pasos: Paso[] = [
  { titulo: VALIDACION, ...npmRun('validate') },
  { titulo: 'Flujos de GitHub Actions (actionlint)', ...npmRun('flujos'), despues: [VALIDACION], fondo: true },
  // Como en la publicación: el sitio enlaza los PDF, que se generan a continuación.
  { titulo: CONSTRUCCION, ...npmRun('build'), env: { GUIA_CON_PDF: '1' }, despues: [VALIDACION], astro: true },
  { titulo: SITIOS, comando: process.execPath, args: ['--experimental-strip-types', 'scripts/construir-pruebas.ts'], despues: [VALIDACION], astro: true },
  { titulo: PDF, ...npmRun('pdf'), despues: [CONSTRUCCION] },
  // Después de los PDF: las páginas los enlazan.
  { titulo: ENLACES, ...npmRun('enlaces'), despues: [PDF] },
  // Sin Astro en este paso: las construcciones de tests/unit/construccion.test.ts se detienen al validar
  // el contenido, antes de escribir en .astro/ la lista de módulos que lee la construcción que corre a la vez.
  { titulo: 'Pruebas unitarias', ...npmRun('test:unit'), despues: [VALIDACION], fondo: true },
  // Después de las construcciones y sin `astro sync` (`--noSync`): la construcción ya sincronizó y validó
  // el contenido y escribió los tipos de .astro/, que cada sitio de prueba vuelve a escribir.
  { titulo: 'Verificación de tipos', ...npx('astro', ['check', '--noSync']), despues: [CONSTRUCCION, SITIOS], fondo: true },
  // Cada página del sitio y de los sitios de prueba, con el validador del W3C.
  { titulo: HTML, ...npmRun('html'), despues: [CONSTRUCCION, SITIOS], fondo: true },
  {
    titulo: 'Pruebas de punta a punta (Chromium)',
    ...npmRun('test:e2e'),
    despues: [CONSTRUCCION, PDF, ENLACES, SITIOS],
    solo: true,
  },
];

const aLaVez = Math.max(1, Number(process.env.GUIA_PRUEBAS_A_LA_VEZ) || availableParallelism());
const carpetaCpu = mkdtempSync(join(tmpdir(), 'guia-tiempos-'));
const inicio = performance.now();
const ahora = () => (performance.now() - inicio) / 1000;

interface EnCurso {
  paso: Paso;
  hijo: ChildProcess;
  desde: number;
  /** Salida guardada mientras otro paso ocupa la terminal. */
  guardado: Buffer[];
}
const enCurso: EnCurso[] = [];
const hechos: TiempoDePaso[] = [];
const terminados = new Set<string>();
let pendientes = [...pasos];
/** El paso cuya salida se muestra a medida que llega (el más antiguo de los que corren). */
let enPantalla: EnCurso | undefined;

function mostrar(e: EnCurso) {
  enPantalla = e;
  for (const trozo of e.guardado) process.stdout.write(trozo);
  e.guardado = [];
}

function lanzar(paso: Paso): EnCurso {
  console.log(`\n▶ ${pasos.indexOf(paso) + 1}/${pasos.length} ${paso.titulo}${enCurso.length ? ' (a la vez que otro paso: su salida sigue a la de ese)' : ''}`);
  const archivoCpu = join(carpetaCpu, String(pasos.indexOf(paso)));
  const hijo = lanzarMedido(paso.comando, paso.args, archivoCpu, {
    stdio: ['ignore', 'pipe', 'pipe'],
    // La salida pasa por un tubo: los colores, solo si la terminal de `npm test` los muestra.
    env: { ...entornoConProgramas(), ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}), ...paso.env },
    detached: true,
  });
  const e: EnCurso = { paso, hijo, desde: ahora(), guardado: [] };
  const recibir = (trozo: Buffer) => (enPantalla === e ? process.stdout.write(trozo) : e.guardado.push(trozo));
  hijo.stdout!.on('data', recibir);
  hijo.stderr!.on('data', recibir);
  enCurso.push(e);
  if (!enPantalla) mostrar(e);
  return e;
}

const cpuDe = (paso: Paso) => leerCpu(join(carpetaCpu, String(pasos.indexOf(paso))));

function terminar(ok: boolean): never {
  for (const e of enCurso) {
    try {
      process.kill(-e.hijo.pid!, 'SIGTERM');
    } catch {
      // ya terminó
    }
  }
  const tiempos = { fecha: new Date().toISOString(), total: ahora(), ok, nucleos: availableParallelism(), pasos: hechos };
  guardarTiempos(tiempos);
  // Un paso recién detenido puede estar escribiendo ahí su tiempo de procesador: se reintenta.
  rmSync(carpetaCpu, { recursive: true, force: true, maxRetries: 5 });
  console.log(`\n${resumenDeTiempos(tiempos).join('\n')}`);
  if (ok) console.log(`\n✓ Todas las verificaciones pasaron en ${formatearSegundos(tiempos.total)}.`);
  process.exit(ok ? 0 : 1);
}

const listos = () => pendientes.filter((p) => (p.despues ?? []).every((t) => terminados.has(t)));

/** Con `GUIA_PRUEBAS_A_LA_VEZ=1` no hay pasos de fondo: todos van de a uno. */
const deFondo = (paso: Paso) => !!paso.fondo && aLaVez > 1;

function seguir() {
  if (pendientes.length === 0 && enCurso.length === 0) terminar(true);
  /** Un paso del frente no pudo empezar por falta de núcleos: los siguientes del frente tampoco. */
  let frenteLleno = false;
  for (const paso of listos()) {
    if (paso.astro && enCurso.some((e) => e.paso.astro)) continue;
    if (deFondo(paso)) {
      if (enCurso.filter((e) => deFondo(e.paso)).length >= aLaVez) continue;
    } else {
      const frente = enCurso.filter((e) => !deFondo(e.paso));
      if (frenteLleno || frente.length >= aLaVez || frente.some((e) => e.paso.solo) || (paso.solo && frente.length > 0)) {
        frenteLleno = true;
        continue;
      }
    }
    pendientes = pendientes.filter((p) => p !== paso);
    const e = lanzar(paso);
    if (deFondo(paso)) {
      try {
        setPriority(e.hijo.pid!, 10);
      } catch {
        // Sin permiso para cambiar la prioridad: corre igual, con la de siempre.
      }
    }
    e.hijo.on('close', (codigo) => {
      enCurso.splice(enCurso.indexOf(e), 1);
      if (enPantalla === e) enPantalla = undefined;
      else mostrar(e);
      hechos.push({ titulo: paso.titulo, desde: e.desde, hasta: ahora(), cpu: cpuDe(paso), ok: codigo === 0 });
      if (enPantalla === e) enPantalla = undefined;
      if (codigo !== 0) {
        console.error(`\n✗ Falló el paso «${paso.titulo}» (código ${codigo}). Los mensajes de arriba dicen qué corregir.`);
        terminar(false);
      }
      console.log(`✓ ${paso.titulo}: ${formatearSegundos(ahora() - e.desde)}`);
      terminados.add(paso.titulo);
      if (!enPantalla && enCurso[0]) mostrar(enCurso[0]);
      seguir();
    });
  }
}

for (const senal of ['SIGINT', 'SIGTERM'] as const) process.on(senal, () => terminar(false));
seguir();
