/**
 * Pruebas de punta a punta: verifica que haya un Chromium, elige un puerto libre y corre Playwright
 * sobre el sitio ya construido en `dist/` (corré `npm run build` antes, o usá `npm test`).
 * Los argumentos extra pasan a Playwright: `npm run test:e2e -- tests/e2e/inicio.test.ts`.
 */
import { existsSync } from 'node:fs';
import { exigirChromium } from './lib/chromium.ts';
import { carpetaDeSalida, SITIOS_DE_PRUEBA, variableDePuerto } from './lib/sitios.ts';
import { npx } from './lib/paquete.ts';
import { freePort, run } from './lib/proceso.ts';

const found = exigirChromium();
for (const carpeta of ['dist', ...SITIOS_DE_PRUEBA.map(carpetaDeSalida)]) {
  if (!existsSync(`${carpeta}/index.html`)) {
    console.error(
      `No hay un sitio construido en ${carpeta}/. Antes de las pruebas de punta a punta corré \`npm run build\` y \`node --experimental-strip-types scripts/construir-pruebas.ts\` (o directamente \`npm test\`).`,
    );
    process.exit(1);
  }
}
const puertos: Record<string, string> = { E2E_PORT: String(await freePort()) };
for (const sitio of SITIOS_DE_PRUEBA) puertos[variableDePuerto(sitio)] = String(await freePort());
console.log(`Chromium: ${found.path} (${found.origen}). Sitio en http://127.0.0.1:${puertos.E2E_PORT}/`);
const playwright = npx('playwright', ['test', ...process.argv.slice(2)]);
process.exit(await run(playwright.comando, playwright.args, puertos));
