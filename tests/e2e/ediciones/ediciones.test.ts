import { expect, test } from '../fixtures.ts';
import { leerPdf } from '../pdf-texto.ts';

/**
 * Sitio de prueba tests/fixtures/ediciones: «primera» (reemplazada el 2026-02-01), «segunda»
 * (vigente, se muestra en /guia/) y «tercera» (borrador, en content/guia/). Armado con
 * `npm run edicion:cerrar`.
 */
test('la edición vigente tiene direcciones cortas, y su dirección permanente lleva a ellas', async ({ page }) => {
  await page.goto('/guia/capitulo/');
  await expect(page.locator('.sl-markdown-content')).toContainText('Texto de la segunda edición, revisado.');
  await expect(page.getByRole('complementary', { name: 'Edición de esta página' })).toHaveCount(0);
  await page.goto('/ediciones/segunda/capitulo/');
  await expect(page).toHaveURL(/\/guia\/capitulo\/$/);
});

test('una edición reemplazada conserva su texto y avisa, con enlaces a la vigente y a qué cambió', async ({ page }) => {
  await page.goto('/ediciones/primera/capitulo/');
  await expect(page.locator('.sl-markdown-content')).toContainText('Texto de la primera edición.');
  const aviso = page.getByRole('complementary', { name: 'Edición de esta página' });
  await expect(aviso).toContainText('Estás leyendo la Primera edición, reemplazada el 1 de febrero de 2026.');
  await expect(aviso.getByRole('link', { name: 'Ver esta página en la edición vigente' })).toHaveAttribute('href', '/guia/capitulo/');
  await expect(aviso.getByRole('link', { name: 'Qué cambió' })).toHaveAttribute('href', '/ediciones/primera/cambios/');
});

test('una página quitada en la edición vigente lleva a la más cercana', async ({ page }) => {
  await page.goto('/ediciones/primera/quitada/');
  const aviso = page.getByRole('complementary', { name: 'Edición de esta página' });
  await expect(aviso.getByRole('link', { name: 'Esta página no está en la edición vigente: ir a la edición vigente' })).toHaveAttribute(
    'href',
    '/guia/capitulo/',
  );
});

test('el borrador de la próxima edición se lee en su dirección permanente, con su aviso', async ({ page }) => {
  await page.goto('/ediciones/tercera/capitulo/');
  await expect(page.locator('.sl-markdown-content')).toContainText('Texto en preparación para la tercera edición.');
  await expect(page.getByRole('complementary', { name: 'Edición de esta página' })).toContainText('borrador de la próxima edición');
});

test('cada edición muestra su propio menú lateral', async ({ page }) => {
  const menu = page.getByRole('navigation', { name: 'Primario' });
  await page.goto('/ediciones/primera/capitulo/');
  await expect(menu.getByRole('link', { name: 'Página que se quita después' })).toHaveAttribute('href', '/ediciones/primera/quitada/');
  await expect(menu.getByRole('link', { name: 'Página nueva de la segunda edición' })).toHaveCount(0);
  await page.goto('/guia/capitulo/');
  await expect(menu.getByRole('link', { name: 'Página nueva de la segunda edición' })).toHaveAttribute('href', '/guia/nueva/');
  await expect(menu.getByRole('link', { name: 'Página que se quita después' })).toHaveCount(0);
});

test('el selector de edición lleva a la misma página en otra edición', async ({ page }) => {
  await page.goto('/guia/capitulo/');
  const selector = page.locator('.selector-edicion').first();
  await selector.locator('summary').click();
  await expect(selector.getByRole('link', { name: /Tercera edición \(borrador\)/ })).toHaveAttribute('href', '/ediciones/tercera/capitulo/');
  await selector.getByRole('link', { name: /Primera edición \(reemplazada\)/ }).click();
  await expect(page).toHaveURL(/\/ediciones\/primera\/capitulo\/$/);
});

test('«Qué cambió» calcula las páginas y los pasos de la lista que cambiaron', async ({ page }) => {
  await page.goto('/ediciones/segunda/cambios/');
  await expect(page.getByText('1 agregadas, 1 quitadas, 2 cambiadas.')).toBeVisible();
  const lista = page.locator('li[data-pagina="protocolos/derivacion"]');
  await expect(lista.locator('li[data-cambio="quitado"]')).toHaveText('Paso quitado: Avisá al área de género.');
  await expect(lista.locator('li[data-cambio="cambiado"]')).toHaveText(
    'Paso cambiado (texto): Anotá solo lo imprescindible. → Anotá solo lo imprescindible, sin nombres.',
  );
  await expect(lista.locator('li[data-cambio="agregado"]')).toHaveText('Paso agregado: Acordá con la persona cómo volver a contactarla.');
});

test('«¿Qué edición regía el…?» responde con la edición de esa fecha', async ({ page }) => {
  await page.goto('/ediciones/');
  const fecha = page.getByLabel('Fecha');
  await fecha.fill('2025-06-15');
  await page.getByRole('button', { name: 'Consultar' }).click();
  await expect(page.getByRole('status')).toHaveText('En esa fecha regía la Primera edición.');
  await fecha.fill('2026-03-01');
  await page.getByRole('button', { name: 'Consultar' }).click();
  await expect(page.getByRole('status')).toHaveText('En esa fecha regía la Segunda edición.');
  await fecha.fill('2024-01-01');
  await page.getByRole('button', { name: 'Consultar' }).click();
  await expect(page.getByRole('status')).toHaveText('Ninguna edición aprobada regía en esa fecha.');
});

test('las ediciones que no son la vigente quedan fuera de la búsqueda', async ({ request }) => {
  const archivada = await (await request.get('/ediciones/primera/capitulo/')).text();
  const vigente = await (await request.get('/guia/capitulo/')).text();
  expect(vigente).toContain('data-pagefind-body');
  expect(archivada).not.toContain('data-pagefind-body');
});

test('la hoja impresa de un protocolo archivado lleva la dirección permanente de su edición', async ({ page }) => {
  await page.goto('/ediciones/primera/protocolos/derivacion/');
  await expect(page.locator('.hoja-pie')).toContainText('http://localhost:4321/ediciones/primera/protocolos/derivacion/');
  await expect(page.locator('.hoja-encabezado')).toContainText('Edición: Primera edición, reemplazada el 1 de febrero de 2026');
});

test('en una edición que no es la vigente, los enlaces del texto siguen dentro de esa edición', async ({ page }) => {
  await page.goto('/ediciones/tercera/capitulo/');
  await page.locator('.sl-markdown-content').getByRole('link', { name: 'página nueva' }).click();
  await expect(page).toHaveURL(/\/ediciones\/tercera\/nueva\/$/);
});

test('las hojas impresas y el cuadernillo de la edición vigente dicen «Vigente desde…», nunca «Borrador»', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/guia/protocolos/derivacion/');
  await expect(page.locator('.hoja-encabezado')).toContainText('Edición: Segunda edición, vigente desde el 1 de febrero de 2026');
  await expect(page.locator('.hoja-pie')).toContainText('Vigente desde el 1 de febrero de 2026.');
  await expect(page.locator('body')).not.toContainText(/borrador/i, { useInnerText: true });

  await page.goto('/imprimir/protocolos/');
  await expect(page.locator('.portada')).toContainText('Vigente desde el 1 de febrero de 2026.');
  await expect(page.locator('lista-verificacion')).toHaveCount(1);
  await expect(page.locator('.hoja-pie')).toContainText('Vigente desde el 1 de febrero de 2026.');
  await expect(page.locator('body')).not.toContainText(/borrador/i, { useInnerText: true });
});

test('las hojas del borrador de la próxima edición siguen diciendo «Borrador»', async ({ page }) => {
  await page.goto('/ediciones/tercera/protocolos/derivacion/');
  await expect(page.getByRole('complementary', { name: 'Estado de la guía' })).toContainText('Borrador a validar por el Programa.');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.hoja-encabezado')).toContainText('Edición: Tercera edición, borrador sin aprobar');
  await expect(page.locator('.hoja-pie')).toContainText('Borrador a validar por el Programa.');
});

test('los PDF de la edición vigente (hoja y cuadernillo) no dicen «Borrador»; los del borrador, sí', async ({ page }) => {
  // Como `npm run pdf`: la página impresa en A4 por Chromium.
  const pdfDe = async (ruta: string) => {
    await page.goto(ruta);
    return leerPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  };
  const hoja = await pdfDe('/guia/protocolos/derivacion/');
  expect(hoja.paginas).toBe(1);
  expect(hoja.texto).toContain('Vigente desde el 1 de febrero de 2026.');
  expect(hoja.texto).not.toMatch(/borrador/i);
  const cuadernillo = await pdfDe('/imprimir/protocolos/');
  expect(cuadernillo.paginas).toBe(2);
  expect(cuadernillo.texto).toContain('Vigente desde el 1 de febrero de 2026.');
  expect(cuadernillo.texto).not.toMatch(/borrador/i);
  const borrador = await pdfDe('/ediciones/tercera/protocolos/derivacion/');
  expect(borrador.texto).toContain('Borrador a validar por el Programa.');
});
