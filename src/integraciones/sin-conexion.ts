import { createHash } from 'node:crypto';
import { globSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ResolvedConfig } from 'vite';
import { ARCHIVO_DEL_MANIFIESTO, type CopiaSinConexion } from '../lib/sin-conexion.ts';

/** Lo que Workbox busca en el worker construido para poner en su lugar la lista de archivos (src/sw.ts). */
export const PUNTO_DE_LA_LISTA = 'self.__WB_MANIFEST';
/** Workbox deja fuera de la copia los archivos de más de 2 MiB (su `maximumFileSizeToCacheInBytes`). */
const MAXIMO_POR_ARCHIVO = 2 * 1024 * 1024;

/** Una entrada de la lista del precache, con las claves en el orden en que la escribe Workbox. */
export interface EntradaDeLaCopia {
  revision: string | null;
  url: string;
}

const md5 = (datos: string | Buffer) => createHash('md5').update(datos).digest('hex');

/** El manifiesto de la app como archivo (`manifest.webmanifest`): JSON en una línea. */
export const textoDelManifiesto = (copia: CopiaSinConexion) => `${JSON.stringify(copia.manifiesto)}\n`;

/**
 * La lista de archivos que guarda el worker, de la carpeta construida: los que cumplen los patrones
 * (en el orden de los patrones; dentro de cada uno, en orden alfabético), sin repetir, con el MD5 de
 * su contenido como revisión; los de `_astro/` sin revisión (su nombre ya cambia con el contenido);
 * al final el manifiesto de la app.
 */
export function listaDeLaCopia(carpeta: string, copia: CopiaSinConexion, avisar: (mensaje: string) => void = console.warn): EntradaDeLaCopia[] {
  const vistos = new Set<string>();
  const lista: EntradaDeLaCopia[] = [];
  for (const patron of copia.patrones) {
    const hallados = globSync(patron, { cwd: carpeta, exclude: copia.ignorar }).map((f) => f.split('\\').join('/')).sort();
    if (hallados.length === 0) avisar(`Copia sin conexión: el patrón «${patron}» no encontró archivos.`);
    for (const url of hallados) {
      if (vistos.has(url)) continue;
      const estado = statSync(join(carpeta, url));
      if (!estado.isFile()) continue;
      vistos.add(url);
      if (estado.size > MAXIMO_POR_ARCHIVO) {
        avisar(`Copia sin conexión: ${url} pesa ${(estado.size / 1024 / 1024).toFixed(2)} MB y queda fuera (máximo 2 MB por archivo).`);
        continue;
      }
      lista.push({ revision: url.startsWith('_astro/') ? null : md5(readFileSync(join(carpeta, url))), url });
    }
  }
  lista.push({ revision: md5(textoDelManifiesto(copia)), url: ARCHIVO_DEL_MANIFIESTO });
  return lista;
}

/** Pone la lista en el worker construido, en el único lugar donde src/sw.ts la pide. */
export function ponerLista(worker: string, lista: EntradaDeLaCopia[]): string {
  const partes = worker.split(PUNTO_DE_LA_LISTA);
  if (partes.length !== 2) {
    throw new Error(`El service worker construido tiene ${partes.length - 1} veces «${PUNTO_DE_LA_LISTA}» y debe tenerlo una sola vez (ver src/sw.ts).`);
  }
  return partes.join(JSON.stringify(lista));
}

/**
 * La copia para usar la guía sin conexión (qué guarda: src/lib/sin-conexion.ts):
 * - en la construcción del JavaScript del navegador, escribe el manifiesto de la app;
 * - al terminar la construcción (después de Pagefind, que escribe el índice que se guarda), construye
 *   src/sw.ts con Vite en un solo script clásico minificado y le pone la lista de archivos con su
 *   revisión, como hacía la estrategia `injectManifest` de @vite-pwa/astro, sin cargar workbox-build
 *   (Babel, ajv, Rollup: ~1,5 s de carga de módulos en cada construcción para no usarlos).
 * En `astro dev` no hace nada: no hay worker ni manifiesto (src/scripts/copia-local.ts no registra nada).
 */
export function sinConexion(copia: CopiaSinConexion): AstroIntegration {
  let vite: ResolvedConfig | undefined;
  return {
    name: 'guia:sin-conexion',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'guia:sin-conexion',
                applyToEnvironment: (entorno) => entorno.name === 'client',
                configResolved(config) {
                  if (!config.build.ssr) vite = config;
                },
                generateBundle() {
                  this.emitFile({ type: 'asset', fileName: ARCHIVO_DEL_MANIFIESTO, source: textoDelManifiesto(copia) });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const inicio = performance.now();
        const carpeta = fileURLToPath(dir);
        if (!vite) throw new Error('guia:sin-conexion: no se construyó el JavaScript del navegador; no se puede armar el service worker.');
        const { build } = await import('vite');
        await build({
          root: vite.root,
          base: vite.base,
          mode: vite.mode,
          configFile: false,
          publicDir: false,
          logLevel: 'warn',
          define: { 'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV || 'production') },
          build: {
            target: vite.build.target,
            minify: true,
            sourcemap: false,
            outDir: carpeta,
            emptyOutDir: false,
            lib: { entry: join(vite.root, copia.worker), name: 'app', formats: ['iife'] },
            rolldownOptions: { output: { entryFileNames: 'sw.js' } },
          },
        });
        const destino = join(carpeta, 'sw.js');
        const lista = listaDeLaCopia(carpeta, copia, (m) => logger.warn(m));
        writeFileSync(destino, ponerLista(readFileSync(destino, 'utf-8'), lista));
        logger.info(`sw.js con ${lista.length} archivos para usar sin conexión, en ${Math.round(performance.now() - inicio)} ms.`);
      },
    },
  };
}
