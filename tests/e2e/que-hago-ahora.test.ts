import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { leerPdf } from './pdf-texto.ts';

/**
 * «¿Qué hago ahora?» como lo usa alguien con un caso enfrente: sin JavaScript y solo con el teclado
 * (Tab hasta la respuesta, Enter), desde la portada hasta el resultado, que enlaza los protocolos.
 * La accesibilidad (axe) de las preguntas y los resultados está en accesibilidad.test.ts y el
 * recorrido sin conexión en sin-conexion.test.ts.
 */

/**
 * Lleva el foco con Tab hasta `enlace` y lo sigue con Enter: solo teclado. Como haría quien usa el
 * teclado, si el primer Tab cae en «Saltar al contenido», lo usa para no recorrer el menú entero.
 */
async function seguirConTeclado(page: Page, enlace: Locator) {
  await expect(enlace).toBeVisible();
  const destino = await enlace.getAttribute('href');
  // El elemento se busca una sola vez: buscarlo por su rol en cada Tab recorría la página entera cada vez.
  const objetivo = (await enlace.elementHandle())!;
  await page.keyboard.press('Tab');
  if (await page.evaluate(() => document.activeElement?.getAttribute('href') === '#_top')) await page.keyboard.press('Enter');
  for (let i = 0; i < 100; i++) {
    if (await objetivo.evaluate((el) => el === document.activeElement)) {
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${destino}`);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`con Tab no se llega a ${destino}`);
}

/** La respuesta de la pregunta de la página (no un enlace del menú con el mismo texto). */
const respuesta = (page: Page, texto: string) => page.getByRole('list', { name: 'Respuestas' }).getByRole('link', { name: texto, exact: true });

const CAMINOS = [
  {
    nombre: 'peligro inmediato → 911',
    respuestas: ['Sí'],
    direccion: '/que-hago-ahora/llamar-al-911/',
    titulo: 'Llamá al 911',
    lineas: ['911'],
    protocolos: { 'Detección y primera escucha': '/guia/protocolos/deteccion-y-primera-escucha/' },
  },
  {
    nombre: 'una niña, un niño o un adolescente → Servicio Local, su protocolo y el 102',
    respuestas: ['No', 'La persona está frente a vos o va a venir', 'Sí'],
    direccion: '/que-hago-ahora/situacion/edad/nna/',
    titulo: 'Avisá al Servicio Local',
    lineas: ['102'],
    protocolos: { 'Niñas, niños y adolescentes': '/guia/protocolos/ninas-ninos-y-adolescentes/' },
  },
  {
    nombre: 'una persona adulta migrante sin peligro inmediato → detección y migrantes',
    respuestas: ['No', 'La persona está frente a vos o va a venir', 'No, es una persona adulta', 'Sí'],
    direccion: '/que-hago-ahora/situacion/edad/migrante/persona-migrante/',
    titulo: 'Escuchala a solas, en su idioma, sin pedirle papeles',
    lineas: ['145'],
    protocolos: {
      'Detección y primera escucha': '/guia/protocolos/deteccion-y-primera-escucha/',
      'Personas migrantes': '/guia/protocolos/personas-migrantes/',
    },
  },
];

test.describe('sin JavaScript y con el teclado', () => {
  test.use({ javaScriptEnabled: false });

  for (const camino of CAMINOS) {
    test(`de la portada al resultado: ${camino.nombre}`, async ({ page, request }) => {
      test.setTimeout(60_000);
      await page.goto('/');
      // Un toque desde la portada lleva a la primera pregunta.
      await seguirConTeclado(page, page.getByRole('main').getByRole('link', { name: /^¿Qué hago ahora\?/ }));
      await expect(page).toHaveURL(/\/que-hago-ahora\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('¿Hay peligro inmediato?');

      for (const texto of camino.respuestas) await seguirConTeclado(page, respuesta(page, texto));

      await expect(page).toHaveURL(new RegExp(`${camino.direccion}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(camino.titulo);
      // El rastro: cada respuesta dada, en orden, tomada de la dirección.
      const rastro = page.getByRole('navigation', { name: 'Tus respuestas' }).getByRole('listitem');
      await expect(rastro).toHaveCount(camino.respuestas.length);
      for (const [i, texto] of camino.respuestas.entries()) await expect(rastro.nth(i).locator('strong')).toHaveText(texto);
      // Los protocolos con los pasos completos, enlazados y existentes.
      const main = page.getByRole('main');
      for (const [titulo, href] of Object.entries(camino.protocolos)) {
        await expect(main.getByRole('link', { name: titulo, exact: true })).toHaveAttribute('href', href);
        expect((await request.get(href)).status(), href).toBe(200);
      }
      // En «A quién llamar» (el recuadro del Programa, más abajo, también enlaza la 145).
      for (const linea of camino.lineas) await expect(main.locator(`ul.lineas a[href="tel:${linea}"]`)).toHaveText(linea);
      await seguirConTeclado(page, main.getByRole('link', { name: 'Volver a empezar' }));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('¿Hay peligro inmediato?');
    });
  }

  test('el resultado de niñas, niños y adolescentes nombra al Servicio Local en sus pasos; «atrás» vuelve a la pregunta', async ({ page }) => {
    await page.goto('/que-hago-ahora/situacion/edad/');
    await seguirConTeclado(page, respuesta(page, 'Sí'));
    await expect(page.getByRole('list').filter({ hasText: 'Avisá al Servicio Local, aunque no tengas certezas.' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('¿Es una niña, un niño o un adolescente?');
  });

  test('un paso del rastro vuelve a esa pregunta; cada página tiene «Volver a empezar»', async ({ page }) => {
    await page.goto('/que-hago-ahora/situacion/edad/migrante/');
    await expect(page.getByRole('link', { name: 'Volver a empezar' })).toHaveAttribute('href', '/que-hago-ahora/');
    await seguirConTeclado(page, page.getByRole('navigation', { name: 'Tus respuestas' }).getByRole('link', { name: '¿Qué está pasando?' }));
    await expect(page).toHaveURL(/\/que-hago-ahora\/situacion\/$/);
    await expect(page.getByRole('link', { name: 'Volver a empezar' })).toBeVisible();
  });

  test('se llega desde el menú y desde el «Cuándo usarla» de cada protocolo', async ({ page }) => {
    await page.goto('/guia/protocolos/personas-migrantes/');
    await expect(page.locator('#starlight__sidebar').getByRole('link', { name: '¿Qué hago ahora?' })).toHaveAttribute('href', '/que-hago-ahora/');
    await expect(page.getByRole('definition').getByRole('link', { name: /¿Qué hago ahora\?/ })).toHaveAttribute('href', '/que-hago-ahora/');
  });
});

test('el buscador lo encuentra y muestra su tipo', async ({ page }) => {
  await page.goto('/buscar/?q=qué hago ahora');
  const resultado = page.locator('.pagefind-ui__result').filter({ has: page.locator('a[href="/que-hago-ahora/"]') });
  await expect(resultado.first()).toBeVisible({ timeout: 15_000 });
  await expect(resultado.first()).toContainText('Tipo: ¿Qué hago ahora?');
});

test('la hoja impresa entra en una A4, con la edición, la fecha y la dirección permanente', async ({ page }) => {
  await page.goto('/imprimir/que-hago-ahora/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('img', { name: /^Código QR: / })).toBeVisible();
  const { paginas, texto } = await leerPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  expect(paginas, 'hojas del PDF').toBe(1);
  expect(texto).toContain('Edición: Primera edición, borrador sin aprobar');
  expect(texto).toMatch(/Sitio generado el \d{1,2} de \p{L}+ de \d{4}/u);
  expect(texto.replace(/\s+/g, '')).toContain('http://localhost:4321/ediciones/primera/que-hago-ahora/');
  // Cada resultado del árbol está en la hoja.
  for (const titulo of ['Llamá al 911', 'Avisá al Servicio Local', 'Escuchala a solas, en su idioma, sin pedirle papeles']) expect(texto).toContain(titulo);
});

test('la dirección permanente de la edición muestra el mismo árbol', async ({ page }) => {
  await page.goto('/ediciones/primera/que-hago-ahora/situacion/edad/nna/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Avisá al Servicio Local');
  await expect(page.getByRole('link', { name: 'Volver a empezar' })).toHaveAttribute('href', '/ediciones/primera/que-hago-ahora/');
});
