import { direccionDeSitio, PASO_INSERTADO } from '../../../scripts/lib/sitios.ts';
import { expect, test } from '../fixtures.ts';

/**
 * El sitio «paso-insertado» es el sitio «ediciones» reconstruido después de insertar un paso en el
 * borrador (ver scripts/lib/sitios.ts). Se marca un paso en el sitio de antes, se pasan las marcas
 * guardadas al de después (cada sitio de prueba tiene su puerto, y el navegador separa el
 * almacenamiento por puerto: es el mismo dispositivo con el sitio reconstruido) y la marca tiene
 * que seguir en el mismo texto, aunque ahora ocupe otra posición.
 */
const RUTA = '/ediciones/tercera/protocolos/derivacion/';
const MARCADO = 'Anotá solo lo imprescindible, sin nombres.';

test('una marca sigue en el mismo paso después de insertar otro antes y reconstruir', async ({ browser, page }) => {
  const antes = await browser.newContext({ baseURL: direccionDeSitio('ediciones') });
  const vieja = await antes.newPage();
  await vieja.goto(RUTA);
  const casillasAntes = vieja.locator('lista-verificacion').getByRole('checkbox');
  const textosAntes = await casillasAntes.evaluateAll((cs) => cs.map((c) => c.closest('li')!.querySelector('label')!.textContent!.trim()));
  const posicionAntes = textosAntes.indexOf(MARCADO);
  expect(posicionAntes).toBeGreaterThanOrEqual(0);
  await vieja.locator('lista-verificacion').getByRole('checkbox', { name: MARCADO }).check();
  const guardado = await vieja.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith('guia-lista:'))));
  await antes.close();
  expect(Object.keys(guardado)).toEqual(['guia-lista:tercera:derivacion']);

  await page.goto(RUTA);
  await page.evaluate((datos) => {
    for (const [clave, valor] of Object.entries(datos)) localStorage.setItem(clave, valor);
  }, guardado);
  await page.reload();
  const lista = page.locator('lista-verificacion');
  const casillas = lista.getByRole('checkbox');
  const textos = await casillas.evaluateAll((cs) => cs.map((c) => c.closest('li')!.querySelector('label')!.textContent!.trim()));
  // El paso nuevo quedó antes: el marcado cambió de posición.
  expect(textos.indexOf(PASO_INSERTADO)).toBe(posicionAntes);
  expect(textos.indexOf(MARCADO)).toBe(posicionAntes + 1);
  await expect(lista.getByRole('checkbox', { name: MARCADO })).toBeChecked();
  await expect(lista.getByRole('checkbox', { name: PASO_INSERTADO })).not.toBeChecked();
  expect(await casillas.evaluateAll((cs) => cs.filter((c) => (c as HTMLInputElement).checked).length)).toBe(1);
});
