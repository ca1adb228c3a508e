import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';

/**
 * El índice del buscador en trozos chicos, para que la primera búsqueda baje poco (issue #16: ≤ 100 KB
 * con motor, índice y los extractos de 5 resultados; ver tests/e2e/presupuesto.test.ts).
 *
 * Pagefind corta la lista de palabras en trozos y el navegador baja solo el trozo donde cae cada
 * palabra buscada. El corte es cada 20 000 «unidades» (por cada palabra, la suma sobre sus páginas de
 * sus apariciones más uno): trozos de 17–20 KB, y una búsqueda de dos palabras bajaba dos, ~37 KB.
 * Desde Pagefind 1.5 ese número se puede cambiar con la variable de entorno
 * `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE` (pagefind/src/options.rs, `index_chunk_size`; la lee el
 * programa de Pagefind al arrancar, y Starlight lo arranca con su API de Node en `astro:build:done`).
 * Es la misma cuenta de Pagefind con otro número: el índice tiene las mismas palabras, páginas y
 * posiciones. Los resultados son los mismos y en el mismo orden (comparado en Chromium con las 66
 * consultas de las pruebas), con dos diferencias que vienen de cómo Pagefind busca: los puntajes
 * cambian en el cuarto o quinto decimal (los calcula con las palabras de los trozos que bajó), y una
 * palabra que también se busca como comienzo de otras («san» → «sanciones») no encuentra las que
 * quedaron en el trozo siguiente: con más cortes pasa más seguido.
 *
 * Por qué `UNIDADES_POR_TROZO`: ver su comentario.
 *
 * La variable dice «unstable»: al terminar la construcción, `revisarIndice` falla, en castellano,
 * si Pagefind es de una versión que no se revisó o si el índice no quedó en trozos chicos. Va en
 * astro.config.mjs después de starlight() (que escribe el índice) y antes de la copia sin conexión
 * (que guarda los archivos del índice en su lista).
 */

/**
 * Unidades de Pagefind por trozo del índice. Medido con la guía (169 páginas, noviembre de 2026) en
 * las 26 consultas de dos palabras de tests/e2e/presupuesto.test.ts y busqueda.test.ts, en Chromium
 * (motor, metadatos, trozos, filtros y los fragmentos de 5 resultados, en la red):
 *
 * | unidades | trozos | archivo de metadatos | primera búsqueda: promedio / la peor / cuántas > 100 KB |
 * |---|---|---|---|
 * | 20 000 (Pagefind) | 8 | 1,4 KB | 120,1 / 133,0 / 24 de 26 |
 * | 1000 | 108 | 2,7 KB | 89,8 / 101,7 / 2 |
 * | 1100 | 101 | 2,6 KB | 90,1 / 102,4 / 4 |
 * | 1200 | 94 | 2,5 KB | 90,1 / 101,6 / 3 |
 * | 1300 | 90 | 2,4 KB | 90,0 / 100,8 / 1 |
 * | 1500 | 77 | 2,3 KB | 90,5 / 102,5 / 3 |
 *
 * (Con otra versión del texto, 800 y 1800 dieron lo mismo que sus vecinos y 2500, siete > 100 KB.)
 * Entre 1000 y 1500 el promedio casi no cambia: lo que se ahorra en los trozos se va en los
 * metadatos (que baja cada búsqueda) y en pedidos. Qué consulta pasa de 100 KB depende de dónde cae
 * cada corte: una palabra muy usada cierra su trozo, y su forma entera («trata» para la raíz «trat»)
 * cae en el siguiente, así que a veces se bajan tres trozos.
 */
export const UNIDADES_POR_TROZO = 1300;

/**
 * Versiones de Pagefind en las que se comprobó que la variable existe y hace esto. Para otra: ver en
 * pagefind/src/options.rs que `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE` siga ahí con el mismo sentido,
 * agregar la versión y correr `npx vitest run tests/unit/indice-de-busqueda.test.ts` y las pruebas
 * del buscador y del presupuesto (tests/e2e/busqueda.test.ts y presupuesto.test.ts).
 */
export const VERSIONES_DE_PAGEFIND = /^1\.[56]\.\d+$/;

/**
 * Con trozos de `UNIDADES_POR_TROZO`, un trozo pesa unos 2 KB; con los de Pagefind, 17–20 KB. Un
 * promedio mayor que esto quiere decir que Pagefind no leyó la variable.
 */
export const PROMEDIO_MAXIMO_DE_UN_TROZO = 8 * 1024;

/** Los primeros bytes de cada archivo del índice de Pagefind, ya descomprimido. */
const FIRMA = 'pagefind_dcd';

export function indiceDeBusqueda(): AstroIntegration {
  return {
    name: 'guia:indice-de-busqueda',
    hooks: {
      'astro:build:start': () => {
        // Antes de que Starlight arranque Pagefind: su programa hereda las variables de este proceso.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(UNIDADES_POR_TROZO);
      },
      'astro:build:done': ({ dir, logger }) => {
        const { trozos, promedio } = revisarIndice(fileURLToPath(new URL('pagefind/', dir)));
        logger.info(`Índice del buscador en ${trozos} trozos de ${(promedio / 1024).toFixed(1)} KB en promedio.`);
      },
    },
  };
}

/**
 * Revisa el índice que escribió Pagefind en `carpeta` (`dist/pagefind/`): que sea de una versión
 * conocida, que sus archivos tengan el formato de Pagefind y que esté en trozos chicos. Si algo no
 * está como se espera, lanza un error que dice qué hacer: nunca se publica un buscador a medias.
 */
export function revisarIndice(carpeta: string): { version: string; trozos: number; promedio: number } {
  const problema = (mensaje: string) => new Error(`Índice del buscador (${carpeta}): ${mensaje}`);
  const entrada = join(carpeta, 'pagefind-entry.json');
  if (!existsSync(entrada)) throw problema('no está pagefind-entry.json. ¿Corrió Pagefind? Tiene que ir después de starlight() en astro.config.mjs.');
  const { version, languages } = JSON.parse(readFileSync(entrada, 'utf-8')) as {
    version?: string;
    languages?: Record<string, { hash: string }>;
  };
  if (!version || !VERSIONES_DE_PAGEFIND.test(version)) {
    throw problema(
      `Pagefind ${version ?? 'sin versión'} no es una versión revisada (${VERSIONES_DE_PAGEFIND.source}). Los trozos del índice se achican con PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: revisá en el código de Pagefind (pagefind/src/options.rs) que siga existiendo y agregá la versión en src/integraciones/indice-de-busqueda.ts.`,
    );
  }
  const idiomas = Object.values(languages ?? {});
  if (idiomas.length === 0) throw problema('pagefind-entry.json no nombra ningún idioma: el índice está vacío.');
  const indices = join(carpeta, 'index');
  const archivosDelIndice = existsSync(indices) ? readdirSync(indices).filter((f) => f.endsWith('.pf_index')) : [];
  for (const { hash } of idiomas) {
    const meta = join(carpeta, `pagefind.${hash}.pf_meta`);
    if (!existsSync(meta)) throw problema(`falta pagefind.${hash}.pf_meta, que nombra pagefind-entry.json.`);
    exigirFirma(meta, problema);
  }
  if (archivosDelIndice.length === 0) throw problema('la carpeta index/ no tiene trozos del índice.');
  let total = 0;
  for (const archivo of archivosDelIndice) {
    exigirFirma(join(indices, archivo), problema);
    total += statSync(join(indices, archivo)).size;
  }
  const promedio = total / archivosDelIndice.length;
  if (archivosDelIndice.length > 1 && promedio > PROMEDIO_MAXIMO_DE_UN_TROZO) {
    throw problema(
      `${archivosDelIndice.length} trozos de ${(promedio / 1024).toFixed(1)} KB en promedio (se esperan ≤ ${PROMEDIO_MAXIMO_DE_UN_TROZO / 1024} KB): Pagefind ${version} no tomó PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE. Revisá en pagefind/src/options.rs cómo se llama ahora.`,
    );
  }
  return { version, trozos: archivosDelIndice.length, promedio };
}

function exigirFirma(archivo: string, problema: (mensaje: string) => Error): void {
  try {
    leerArchivoDePagefind(archivo);
  } catch (error) {
    throw problema((error as Error).message);
  }
}

/**
 * El contenido de un archivo de Pagefind (índice, metadatos, filtros o extracto): comprimido con gzip
 * y, ya descomprimido, `FIRMA` seguida de los datos (en un extracto, el JSON con su `url` y su texto).
 * Lanza un error que dice qué cambió si el archivo no tiene ese formato.
 */
export function leerArchivoDePagefind(archivo: string): Buffer {
  let datos: Buffer;
  try {
    datos = gunzipSync(readFileSync(archivo));
  } catch {
    throw new Error(`${archivo} no es un archivo de Pagefind comprimido con gzip: cambió el formato de Pagefind.`);
  }
  if (datos.subarray(0, FIRMA.length).toString('latin1') !== FIRMA) throw new Error(`${archivo} no empieza con «${FIRMA}»: cambió el formato de Pagefind.`);
  return datos.subarray(FIRMA.length);
}
