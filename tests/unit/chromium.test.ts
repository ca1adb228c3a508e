import { describe, expect, test } from 'vitest';
import { findChromium, missingChromiumMessage } from '../../scripts/lib/chromium.ts';

const existe = (...rutas: string[]) => (ruta: string) => rutas.includes(ruta);

describe('findChromium', () => {
  test('prefiere la variable PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH a todo lo demás', () => {
    const found = findChromium({
      env: { PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/opt/a', CHROME_PATH: '/opt/b' },
      exists: existe('/opt/a', '/opt/b', '/pw/chrome', '/usr/bin/chromium'),
      playwrightPath: '/pw/chrome',
    });
    expect(found).toEqual({ path: '/opt/a', origen: 'variable PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH', executablePath: '/opt/a' });
  });

  test('usa CHROME_PATH si la primera variable no está', () => {
    const found = findChromium({ env: { CHROME_PATH: '/opt/b' }, exists: existe('/opt/b', '/usr/bin/chromium') });
    expect(found?.path).toBe('/opt/b');
  });

  test('ignora una variable que apunta a un archivo inexistente', () => {
    const found = findChromium({ env: { CHROME_PATH: '/no/existe' }, exists: existe('/usr/bin/chromium') });
    expect(found).toEqual({ path: '/usr/bin/chromium', origen: 'navegador del sistema', executablePath: '/usr/bin/chromium' });
  });

  test('prefiere el navegador de Playwright al del sistema, y deja que Playwright elija su headless shell', () => {
    const found = findChromium({ env: {}, exists: existe('/pw/chrome', '/usr/bin/chromium'), playwrightPath: '/pw/chrome' });
    expect(found).toEqual({ path: '/pw/chrome', origen: 'navegador de Playwright', executablePath: undefined });
  });

  test('busca en el sistema en orden: chromium-headless-shell, chromium, chromium-browser, google-chrome', () => {
    expect(findChromium({ env: {}, exists: existe('/usr/bin/chromium', '/usr/bin/chromium-headless-shell') })?.path).toBe(
      '/usr/bin/chromium-headless-shell',
    );
    expect(findChromium({ env: {}, exists: existe('/usr/bin/google-chrome', '/usr/bin/chromium-browser') })?.path).toBe(
      '/usr/bin/chromium-browser',
    );
    expect(findChromium({ env: {}, exists: existe('/usr/bin/google-chrome') })?.path).toBe('/usr/bin/google-chrome');
  });

  test('sin ningún navegador devuelve undefined', () => {
    expect(findChromium({ env: {}, exists: () => false, playwrightPath: '/pw/chrome' })).toBeUndefined();
  });
});

test('el mensaje de falta de Chromium dice cómo instalarlo y qué variable estaba mal', () => {
  const mensaje = missingChromiumMessage({ CHROME_PATH: '/no/existe' });
  expect(mensaje).toContain('npx playwright install chromium');
  expect(mensaje).toContain('apt-get install chromium-headless-shell');
  expect(mensaje).toContain('CHROME_PATH=/no/existe (no existe)');
});
