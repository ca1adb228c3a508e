import { availableParallelism } from 'node:os';
import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';
import { exigirChromium } from './scripts/lib/chromium.ts';
import { carpetaDeSalida, direccionDeSitio, SITIOS_DE_PRUEBA } from './scripts/lib/sitios.ts';

/**
 * Pruebas de punta a punta sobre sitios ya construidos, cada uno servido una sola vez por corrida:
 * el sitio real (`dist/`, pruebas en tests/e2e/*.test.ts) y los sitios de prueba de scripts/lib/sitios.ts
 * (pruebas en tests/e2e/<nombre>/). `npm run test:e2e` elige los puertos libres y verifica antes que
 * haya un Chromium.
 */
const chromiumFound = exigirChromium();

const navegador = {
  browserName: 'chromium' as const,
  viewport: { width: 1280, height: 900 },
  launchOptions: {
    executablePath: chromiumFound.executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
};

const sitios = [
  { nombre: 'sitio', carpeta: 'dist', puerto: Number(process.env.E2E_PORT || 4329), pruebas: './tests/e2e' },
  ...SITIOS_DE_PRUEBA.map((sitio) => ({
    nombre: sitio.nombre,
    carpeta: carpetaDeSalida(sitio),
    puerto: Number(new URL(direccionDeSitio(sitio.nombre)).port),
    pruebas: `./tests/e2e/${sitio.nombre}`,
  })),
];

const proyectos: PlaywrightTestConfig['projects'] = sitios.map((s) => ({
  name: s.nombre,
  testDir: s.pruebas,
  // El sitio real no corre las pruebas de las carpetas de los sitios de prueba.
  testIgnore: s.nombre === 'sitio' ? SITIOS_DE_PRUEBA.map((p) => `**/${p.nombre}/**`) : undefined,
  use: { ...navegador, baseURL: `http://127.0.0.1:${s.puerto}` },
}));

export default defineConfig({
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Cada prueba por su cuenta, repartidas entre un proceso más que núcleos (por omisión Playwright usa
  // la mitad: uno solo en una máquina de dos núcleos). El de más ocupa el procesador mientras otro
  // espera (la red quieta, la demora del buscador antes de buscar): en esta máquina de 2 núcleos, 3
  // procesos tardan 90 s y 2, 99 s. Las pruebas no comparten estado entre sí: las que lo necesitan lo
  // arman dentro de la misma prueba.
  fullyParallel: true,
  workers: Math.max(3, availableParallelism() + 1),
  reporter: process.env.CI ? [['list'], ['github']] : 'list',
  // Sin service worker, salvo en las pruebas de uso sin conexión (tests/e2e/sin-conexion.test.ts):
  // si no, cada prueba bajaría en segundo plano toda la copia para usar sin red.
  // La traza de una prueba que falla (el DOM de cada paso, sin capturas de pantalla continuas) se graba en
  // cada prueba aunque pase, y eso cuesta: ~13 % del tiempo de estas pruebas. Solo en GitHub Actions, que la
  // sube como artefacto cuando algo falla (.github/workflows/pr.yml); en otro CI nadie la abriría. En una
  // máquina propia, la prueba que falla se repite con traza:
  // `npm run test:e2e -- tests/e2e/x.test.ts --trace retain-on-failure` (o `--trace on`).
  use: {
    locale: 'es-AR',
    trace: process.env.GITHUB_ACTIONS ? { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true } : 'off',
    serviceWorkers: 'block',
  },
  projects: proyectos,
  webServer: sitios.map((s) => ({
    command: `node --experimental-strip-types scripts/servir.ts --puerto ${s.puerto} --carpeta ${s.carpeta}`,
    url: `http://127.0.0.1:${s.puerto}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  })),
});
