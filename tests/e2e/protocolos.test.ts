import { expect, test } from './fixtures.ts';

const RUTA = '/guia/protocolos/deteccion-y-primera-escucha/';

test('las marcas sobreviven a una recarga, el avance se ve por pausa y dicen de cuándo son', async ({ page }) => {
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
  await expect(lista.getByRole('status').filter({ hasText: 'Marcas de' })).toHaveText('Marcas de hoy.');
});

test('«Empezar un caso nuevo» borra las marcas de todas las listas', async ({ page }) => {
  const OTRA = '/guia/protocolos/comunicacion-y-derivacion/';
  await page.goto(OTRA);
  await page.locator('lista-verificacion').getByRole('checkbox').first().check();
  await page.goto(RUTA);
  const lista = page.locator('lista-verificacion');
  const casillas = lista.getByRole('checkbox');
  await casillas.nth(0).check();
  await casillas.nth(1).check();
  await lista.getByRole('button', { name: 'Empezar un caso nuevo' }).click();
  await expect(casillas.nth(0)).not.toBeChecked();
  await expect(casillas.nth(1)).not.toBeChecked();
  await expect(lista.locator('fieldset').first().locator('legend')).toContainText('(0 de ');
  await expect(lista.getByText(/^Marcas de/)).toBeHidden();
  const guardadas = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('guia-lista:')));
  expect(guardadas).toEqual([]);
  await page.reload();
  await expect(casillas.nth(0)).not.toBeChecked();
  await page.goto(OTRA);
  await expect(page.locator('lista-verificacion').getByRole('checkbox').first()).not.toBeChecked();
});

test('las marcas dicen cuántos días tienen, y las de más de 7 días se borran', async ({ page }) => {
  await page.goto(RUTA);
  const lista = page.locator('lista-verificacion');
  const primera = lista.getByRole('checkbox').first();
  const clave = await primera.getAttribute('data-paso');
  const guardarHace = (dias: number) =>
    page.evaluate(
      ([paso, dias]) => {
        const fecha = new Date(Date.now() - Number(dias) * 24 * 60 * 60 * 1000).toISOString();
        localStorage.setItem('guia-lista:primera:deteccion-y-primera-escucha', JSON.stringify({ fecha, pasos: [paso] }));
      },
      [clave, dias] as const,
    );
  await guardarHace(2);
  await page.reload();
  await expect(primera).toBeChecked();
  await expect(lista.getByText(/^Marcas de/)).toHaveText('Marcas de hace 2 días.');
  await guardarHace(8);
  await page.reload();
  await expect(primera).not.toBeChecked();
  await expect(lista.getByText(/^Marcas de/)).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('guia-lista:primera:deteccion-y-primera-escucha'))).toBeNull();
});

test('solo se guarda qué pasos están marcados y cuándo, bajo una clave por protocolo y edición', async ({ page }) => {
  await page.goto(RUTA);
  const primera = page.locator('lista-verificacion').getByRole('checkbox').first();
  await primera.check();
  // La clave del paso es la del esquema (`id`, o la huella de su acción): ver src/scripts/marcas.ts.
  const paso = await primera.getAttribute('data-paso');
  expect(paso).toMatch(/^texto\.[0-9a-f]{8}$|^[a-z0-9-]+$/);
  const guardado = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  // Starlight guarda además el tema elegido (claro u oscuro); todo lo demás es nuestro.
  const propios = Object.fromEntries(Object.entries(guardado).filter(([clave]) => !clave.startsWith('starlight-')));
  expect(Object.keys(propios)).toEqual(['guia-lista:primera:deteccion-y-primera-escucha']);
  const valor = JSON.parse(propios['guia-lista:primera:deteccion-y-primera-escucha']!);
  expect(Object.keys(valor).sort()).toEqual(['fecha', 'pasos']);
  expect(valor.pasos).toEqual([paso]);
  expect(Math.abs(Date.parse(valor.fecha) - Date.now())).toBeLessThan(60_000);
  // Y nada en sessionStorage (la página Privacidad no lo menciona porque no se usa).
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  // Ningún campo de texto en la lista: nada sobre personas se escribe en el sitio.
  await expect(page.locator('lista-verificacion').locator('input:not([type="checkbox"]), textarea')).toHaveCount(0);
});

test('se usa con el teclado: Tab llega a cada casilla y la barra espaciadora la marca', async ({ page }) => {
  await page.goto(RUTA);
  const casillas = page.locator('lista-verificacion').getByRole('checkbox');
  const reiniciar = page.locator('lista-verificacion').getByRole('button', { name: 'Empezar un caso nuevo' });
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
  await expect(page.getByRole('button', { name: 'Empezar un caso nuevo' })).toBeHidden();
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

test('en el cuadernillo los ids no se repiten: cada etiqueta marca la casilla de su propia hoja', async ({ page }) => {
  await page.goto('/imprimir/protocolos/');
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  const tercera = page.locator('lista-verificacion').nth(2);
  const casilla = tercera.getByRole('checkbox').first();
  await tercera.locator('label').first().click();
  await expect(casilla).toBeChecked();
  await expect(page.locator('lista-verificacion').first().getByRole('checkbox').first()).not.toBeChecked();
});

test('la nota de privacidad de la lista lleva a la página que explica qué se guarda y cómo borrarlo', async ({ page }) => {
  await page.goto(RUTA);
  await page.locator('lista-verificacion').getByRole('link', { name: 'Qué guarda el sitio y cómo borrarlo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Privacidad' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Cómo borrarlo' })).toBeVisible();
  await expect(page.getByText('guia-lista:primera:deteccion-y-primera-escucha')).toBeVisible();
});
