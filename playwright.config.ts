import { chromium, defineConfig } from '@playwright/test';
import { locateChromium, missingChromiumMessage } from './scripts/lib/chromium.ts';

/**
 * Pruebas de punta a punta sobre el sitio ya construido (`dist/`), servido una sola vez por corrida.
 * `npm run test:e2e` elige un puerto libre (E2E_PORT) y verifica antes que haya un Chromium.
 */
const chromiumFound = locateChromium(() => chromium.executablePath());
if (!chromiumFound) throw new Error(missingChromiumMessage());

const port = Number(process.env.E2E_PORT || 4329);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list'], ['github']] : 'list',
  use: {
    baseURL,
    locale: 'es-AR',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 900 },
        launchOptions: {
          executablePath: chromiumFound.path,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `node --experimental-strip-types scripts/servir.ts --puerto ${port}`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
