/**
 * Pruebas de punta a punta: verifica que haya un Chromium, elige un puerto libre y corre Playwright
 * sobre el sitio ya construido en `dist/` (corré `npm run build` antes, o usá `npm test`).
 * Los argumentos extra pasan a Playwright: `npm run test:e2e -- tests/e2e/inicio.test.ts`.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { locateChromium, missingChromiumMessage } from './lib/chromium.ts';
import { freePort, run } from './lib/proceso.ts';

const found = locateChromium(() => chromium.executablePath());
if (!found) {
  console.error(missingChromiumMessage());
  process.exit(1);
}
if (!existsSync('dist/index.html')) {
  console.error('No hay un sitio construido en dist/. Corré `npm run build` antes de las pruebas de punta a punta.');
  process.exit(1);
}
const port = await freePort();
console.log(`Chromium: ${found.path} (${found.origen}). Sitio en http://127.0.0.1:${port}/`);
process.exit(await run('npx', ['playwright', 'test', ...process.argv.slice(2)], { E2E_PORT: String(port) }));
