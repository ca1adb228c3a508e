import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Dónde buscar un Chromium para las pruebas de punta a punta, en este orden:
 * 1. una variable de entorno (`PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH` o `CHROME_PATH`);
 * 2. el navegador que Playwright descarga (`npx playwright install chromium`);
 * 3. el del sistema: `/usr/bin/chromium-headless-shell`, `chromium`, `chromium-browser`, `google-chrome`.
 *
 * Se prefiere el «headless shell»: el mismo motor de Chromium (Blink, V8, la misma CSP, el mismo
 * service worker, la misma impresión a PDF) sin la interfaz del navegador completo. Medido en esta
 * máquina de 2 núcleos, las pruebas de punta a punta usan la mitad de procesador: 195 s en lugar de
 * 353 s, y tardan 1,9 min en lugar de 3,1. `npx playwright install chromium` baja los dos, y Playwright
 * usa el suyo solo si no se le indica un ejecutable (ver `executablePath`).
 */
export const ENV_VARS = ['PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH', 'CHROME_PATH'] as const;

export const SYSTEM_PATHS = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
] as const;

export interface ChromiumFound {
  path: string;
  /** De dónde salió, para mostrarlo al correr las pruebas. */
  origen: string;
  /**
   * El `executablePath` para `chromium.launch()` de Playwright: `path`, salvo con el navegador de
   * Playwright, donde queda sin indicar para que Playwright elija su «headless shell» (sin ventana)
   * en lugar del Chromium completo que devuelve `chromium.executablePath()`.
   */
  executablePath: string | undefined;
}

export interface FindOptions {
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
  /** Ruta donde Playwright guarda su propio Chromium (exista o no). */
  playwrightPath?: string;
}

export function findChromium({ env = process.env, exists = existsSync, playwrightPath }: FindOptions = {}):
  | ChromiumFound
  | undefined {
  for (const name of ENV_VARS) {
    const value = env[name];
    if (value && exists(value)) return { path: value, origen: `variable ${name}`, executablePath: value };
  }
  if (playwrightPath && exists(playwrightPath)) return { path: playwrightPath, origen: 'navegador de Playwright', executablePath: undefined };
  for (const path of SYSTEM_PATHS) {
    if (exists(path)) return { path, origen: 'navegador del sistema', executablePath: path };
  }
  return undefined;
}

/** Mensaje para quien no tiene ningún Chromium: qué se buscó y cómo instalar uno. */
export function missingChromiumMessage(env: Record<string, string | undefined> = process.env): string {
  const pedidas = ENV_VARS.filter((name) => env[name]).map((name) => `  ${name}=${env[name]} (no existe)`);
  return [
    'No se encontró un Chromium para las pruebas de punta a punta.',
    ...(pedidas.length ? ['Estas variables apuntan a un archivo que no existe:', ...pedidas] : []),
    'Se buscó en: las variables PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH y CHROME_PATH, el navegador de Playwright',
    `y ${SYSTEM_PATHS.join(', ')}.`,
    'Instalá uno de estos modos y volvé a correr `npm test`:',
    '  npx playwright install chromium',
    '  sudo apt-get install chromium-headless-shell        (Debian/Ubuntu; o el paquete chromium)',
    'o indicá la ruta de un Chromium o Chrome ya instalado: CHROME_PATH=/ruta/al/navegador npm test',
  ].join('\n');
}

/**
 * Igual que `findChromium`, pero pregunta a Playwright dónde estaría su propio Chromium.
 * `executablePath` es la función `chromium.executablePath` de Playwright; puede fallar en
 * plataformas donde Playwright no tiene navegador propio.
 */
export function locateChromium(executablePath: () => string, env = process.env): ChromiumFound | undefined {
  let playwrightPath: string | undefined;
  try {
    playwrightPath = executablePath();
  } catch {
    playwrightPath = undefined;
  }
  return findChromium({ env, playwrightPath });
}

/**
 * El Chromium de las pruebas y los scripts, o la salida del proceso con las instrucciones para
 * instalarlo (antes de construir nada). Lo usan `npm test`, las pruebas de punta a punta, `npm run
 * pdf`, `npm run iconos` y `npm run bench`.
 */
export function exigirChromium(): ChromiumFound {
  const found = locateChromium(() => chromium.executablePath());
  if (!found) {
    console.error(missingChromiumMessage());
    process.exit(1);
  }
  return found;
}
