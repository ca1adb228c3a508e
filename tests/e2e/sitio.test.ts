import { readFileSync } from 'node:fs';
import { resolverDespliegue } from '../../src/lib/despliegue.ts';
import { expect, test } from './fixtures.ts';

const paquete = JSON.parse(readFileSync('package.json', 'utf-8'));
const { repositorio } = resolverDespliegue(process.env, paquete);

test('la portada está en castellano, dice qué es la guía y avisa que es un borrador', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-AR');
  await expect(page).toHaveTitle(/Guía de Implementación Local/);
  await expect(page.getByRole('heading', { level: 1, name: 'Guía de Implementación Local' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Qué es esta guía' })).toBeVisible();
  const aviso = page.getByRole('complementary', { name: 'Estado de la guía' });
  await expect(aviso).toContainText('Borrador a validar por el Programa');
});

test('desde la portada se llega en un toque a protocolos, municipios y líneas de 24 horas', async ({ page }) => {
  await page.goto('/');
  for (const [nombre, ruta] of [
    ['Protocolos', '/protocolos/'],
    ['Municipios', '/municipios/'],
    ['Líneas de 24 horas', '/guia/lineas-y-recursos/'],
  ] as const) {
    await expect(page.locator('.hero').getByRole('link', { name: nombre })).toHaveAttribute('href', ruta);
  }
  await page.locator('.hero').getByRole('link', { name: 'Protocolos' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Protocolos' })).toBeVisible();
});

test('una página de content/ muestra su aviso, las anclas de sus títulos, el enlace de edición y la fecha', async ({ page }) => {
  await page.goto('/guia/como-usar-esta-guia/');
  // Aviso escrito con la sintaxis :::note de Markdown.
  const aviso = page.locator('aside.starlight-aside');
  await expect(aviso.first()).toBeVisible();
  // Ancla de un título h2: un enlace a #id del propio título.
  const titulo = page.locator('.sl-markdown-content h2').first();
  const id = await titulo.getAttribute('id');
  // El id sale del texto del título (en minúsculas, con guiones).
  expect(id).toBe((await titulo.textContent())!.trim().toLowerCase().replace(/\s+/g, '-'));
  await expect(page.locator(`a.sl-anchor-link[href="#${id}"]`)).toHaveCount(1);
  // «Editar esta página» apunta al archivo en el repositorio.
  await expect(page.getByRole('link', { name: 'Editar esta página' })).toHaveAttribute(
    'href',
    `${repositorio}/edit/main/content/guia/como-usar-esta-guia.mdx`,
  );
  // «Última actualización» sale del historial de git del archivo.
  const actualizada = page.locator('.meta p', { hasText: 'Última actualización:' });
  const fecha = actualizada.locator('time');
  await expect(actualizada).toBeVisible();
  await expect(page.locator('.meta p', { hasText: 'Publicada:' }).locator('time')).toHaveAttribute('datetime', /^\d{4}-/);
  await expect(page.locator('.meta').getByRole('link', { name: 'Ver todos los cambios' })).toHaveAttribute(
    'href',
    '/ediciones/primera/cambios/#como-usar-esta-guia',
  );
  expect(Date.parse((await fecha.getAttribute('datetime'))!)).not.toBeNaN();
});

// El buscador del encabezado (abrirlo con el botón o con Ctrl+K y encontrar una página por una palabra
// de su texto): tests/e2e/busqueda.test.ts.

test('en teléfonos de 320, 360 y 390 px el nombre del sitio se lee entero en el encabezado', async ({ page }) => {
  // Una sola página que cambia de ancho: el encabezado se acomoda al ancho con CSS, como al girar el teléfono.
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/guia/protocolos/asistencia-en-allanamientos/');
  for (const ancho of [320, 360, 390]) {
    await test.step(`${ancho} px`, async () => {
      await page.setViewportSize({ width: ancho, height: 700 });
      const titulo = page.locator('.site-title');
      await expect(titulo).toHaveText('Guía de Implementación Local');
      // El texto va en un <span> que recorta lo que no entra, dentro de un marco que también recorta.
      const medidas = await page.evaluate(() => {
        const texto = document.querySelector('.site-title span')!;
        const caja = texto.getBoundingClientRect();
        const marco = document.querySelector('.title-wrapper')!.getBoundingClientRect();
        return { ancho: window.innerWidth, sobraAncho: texto.scrollWidth - texto.clientWidth, sobraAlto: texto.scrollHeight - texto.clientHeight, caja, marco };
      });
      expect(medidas.ancho, 'la página tiene el ancho del teléfono').toBe(ancho);
      expect.soft(medidas.sobraAncho, `${ancho} px: nada cortado a lo ancho`).toBeLessThanOrEqual(0);
      expect.soft(medidas.sobraAlto, `${ancho} px: nada cortado a lo alto`).toBeLessThanOrEqual(0);
      expect.soft(medidas.caja.top, `${ancho} px: nada cortado arriba`).toBeGreaterThanOrEqual(medidas.marco.top);
      expect.soft(medidas.caja.bottom, `${ancho} px: nada cortado abajo`).toBeLessThanOrEqual(medidas.marco.bottom);
    });
  }
});

test.describe('tema de colores', () => {
  test.use({ colorScheme: 'light' });

  test('«Automático» sigue al dispositivo; «Oscuro» se aplica, se recuerda y se ve en los dos selectores', async ({ page }) => {
    await page.goto('/guia/principios/');
    const html = page.locator('html');
    const tema = page.getByRole('banner').getByRole('combobox', { name: 'Tema' });
    await expect(tema).toHaveValue('auto');
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(html).toHaveAttribute('data-theme', 'light');
    expect(await page.evaluate(() => localStorage.getItem('starlight-theme')), '«Automático» no guarda nada').toBeNull();

    await tema.selectOption({ label: 'Oscuro' });
    await expect(html).toHaveAttribute('data-theme', 'dark');
    // El mismo selector en el menú del teléfono muestra la elección.
    await expect(page.locator('#starlight__sidebar selector-tema select')).toHaveValue('dark');
    await page.goto('/guia/glosario/');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(tema).toHaveValue('dark');

    await tema.selectOption({ label: 'Automático' });
    await expect(html).toHaveAttribute('data-theme', 'light');
    expect(await page.evaluate(() => localStorage.getItem('starlight-theme'))).toBeNull();
  });

  test('el tema guardado se aplica antes de dibujar la página, sin esperar al script del selector', async ({ page }) => {
    // Dispositivo en oscuro (el que Starlight pone por omisión en el HTML) y «Claro» elegido antes.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('starlight-theme', 'light'));
    // Sin los módulos (el selector), solo con el script en línea del encabezado.
    await page.route('**/*.js', (ruta) => ruta.abort());
    await page.goto('/guia/principios/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    // Un selector que no puede funcionar no se muestra.
    await expect(page.getByRole('banner').locator('selector-tema')).toBeHidden();
  });
});

test.describe('página inexistente', () => {
  // El navegador registra en la consola la respuesta 404 del documento: es lo esperado acá.
  test.use({ consolaPermitida: [/status of 404/] });

  test('una dirección inexistente muestra la página 404 en castellano', async ({ page }) => {
    const respuesta = await page.goto('/no-existe/');
    expect(respuesta?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Página no encontrada' })).toBeVisible();
  });
});
