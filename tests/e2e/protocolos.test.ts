import { expect, test } from './fixtures.ts';

const RUTA = '/guia/protocolos/deteccion-y-primera-escucha/';

test('las marcas sobreviven a una recarga, el avance se ve por pausa y «Reiniciar» las borra', async ({ page }) => {
  await page.goto(RUTA);
  const lista = page.locator('lista-verificacion');
  const primeraPausa = lista.locator('fieldset').first();
  const casillas = primeraPausa.getByRole('checkbox');
  const total = await casillas.count();
  await expect(primeraPausa.locator('legend')).toContainText(`(0 de ${total})`);
  await casillas.nth(0).check();
  await casillas.nth(2).check();
  await expect(primeraPausa.locator('legend')).toContainText(`(2 de ${total})`);

  await page.reload();
  await expect(casillas.nth(0)).toBeChecked();
  await expect(casillas.nth(1)).not.toBeChecked();
  await expect(casillas.nth(2)).toBeChecked();
  await expect(primeraPausa.locator('legend')).toContainText(`(2 de ${total})`);

  await lista.getByRole('button', { name: 'Reiniciar' }).click();
  await expect(primeraPausa.locator('legend')).toContainText(`(0 de ${total})`);
  await page.reload();
  await expect(casillas.nth(0)).not.toBeChecked();
});

test('solo se guarda qué casillas están marcadas, bajo una clave por protocolo y edición', async ({ page }) => {
  await page.goto(RUTA);
  await page.locator('lista-verificacion').getByRole('checkbox').first().check();
  const guardado = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  // Starlight guarda además el tema elegido (claro u oscuro); todo lo demás es nuestro.
  const propios = Object.fromEntries(Object.entries(guardado).filter(([clave]) => !clave.startsWith('starlight-')));
  expect(propios).toEqual({ 'guia-lista:primera:deteccion-y-primera-escucha': '["0.0"]' });
  // Y nada en sessionStorage (la página Privacidad no lo menciona porque no se usa).
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  // Ningún campo de texto en la lista: nada sobre personas se escribe en el sitio.
  await expect(page.locator('lista-verificacion').locator('input:not([type="checkbox"]), textarea')).toHaveCount(0);
});

test('se usa con el teclado: Tab llega a cada casilla y la barra espaciadora la marca', async ({ page }) => {
  await page.goto(RUTA);
  const casillas = page.locator('lista-verificacion').getByRole('checkbox');
  const reiniciar = page.locator('lista-verificacion').getByRole('button', { name: 'Reiniciar' });
  await expect(reiniciar).toBeVisible();
  await reiniciar.focus();
  /** Avanza con Tab hasta `casilla`; entre una y otra solo hay pocos enlaces (PDF, responsable, fuente). */
  const tabHasta = async (casilla: typeof casillas) => {
    for (let pasos = 0; pasos < 4 && !(await casilla.evaluate((c) => c === document.activeElement)); pasos++) {
      await page.keyboard.press('Tab');
    }
    await expect(casilla).toBeFocused();
  };
  await tabHasta(casillas.nth(0));
  await page.keyboard.press('Space');
  await expect(casillas.nth(0)).toBeChecked();
  await tabHasta(casillas.nth(1));
  await page.keyboard.press('Space');
  await expect(casillas.nth(1)).toBeChecked();
});

test('los pasos críticos se distinguen con texto, no solo con color', async ({ page }) => {
  await page.goto(RUTA);
  const criticos = page.locator('lista-verificacion li.critico');
  expect(await criticos.count()).toBeGreaterThan(0);
  for (const item of await criticos.all()) await expect(item.getByRole('checkbox')).toHaveAccessibleName(/^⚠? ?Crítico:/);
});

test('sin JavaScript, la lista se lee completa con casillas vacías', async ({ browser, baseURL }) => {
  const contexto = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await contexto.newPage();
  await page.goto(RUTA);
  const casillas = page.locator('lista-verificacion').getByRole('checkbox');
  expect(await casillas.count()).toBeGreaterThan(10);
  await expect(casillas.first()).not.toBeChecked();
  await expect(page.getByRole('button', { name: 'Reiniciar' })).toBeHidden();
  await contexto.close();
});

test('al imprimir se ve solo la hoja, con el sello de la edición y el código QR de la página', async ({ page }) => {
  await page.goto(RUTA);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Primario' })).toBeHidden();
  await expect(page.locator('header.header')).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Estado de la guía' })).toBeHidden();
  await expect(page.locator('.sl-markdown-content > h2').first()).toBeHidden(); // el texto después de la lista
  const encabezado = page.locator('.hoja-encabezado');
  await expect(encabezado).toBeVisible();
  await expect(encabezado).toContainText('Detección y primera escucha');
  await expect(encabezado).toContainText('Edición: Primera edición, borrador sin aprobar');
  // El QR y el pie llevan la dirección permanente de la edición, que no cambia nunca.
  const permanente = 'http://localhost:4321/ediciones/primera/protocolos/deteccion-y-primera-escucha/';
  const qr = page.getByRole('img', { name: /^Código QR: / });
  await expect(qr).toBeVisible();
  await expect(qr).toHaveAttribute('aria-label', `Código QR: ${permanente}`);
  await expect(page.locator('.hoja-pie')).toContainText(permanente);
});

test('el índice de protocolos enlaza cada lista y la versión para imprimir todas juntas', async ({ page }) => {
  await page.goto('/protocolos/');
  const cantidad = await page.locator('.protocolos h2 a').count();
  expect(cantidad).toBeGreaterThanOrEqual(8);
  await expect(page.locator('.protocolos li', { hasText: 'Detección y primera escucha' })).toContainText(/\d+ pasos · \d+ críticos/);
  await page.getByRole('link', { name: 'Ver todas las listas para imprimir juntas' }).click();
  await expect(page.locator('lista-verificacion')).toHaveCount(cantidad);
});

test('la nota de privacidad de la lista lleva a la página que explica qué se guarda y cómo borrarlo', async ({ page }) => {
  await page.goto(RUTA);
  await page.locator('lista-verificacion').getByRole('link', { name: 'Qué guarda el sitio y cómo borrarlo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Privacidad' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Cómo borrarlo' })).toBeVisible();
  await expect(page.getByText('guia-lista:borrador:deteccion-y-primera-escucha')).toBeVisible();
});
