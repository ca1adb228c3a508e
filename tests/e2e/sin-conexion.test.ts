import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConsoleMessage, Page } from '@playwright/test';
import { freePort } from '../../scripts/lib/proceso.ts';
import { servirSitio } from '../../scripts/lib/servidor.ts';
import { expect, test } from './fixtures.ts';

test.use({ serviceWorkers: 'allow' });

/** Espera a que el service worker esté instalado y atienda la página (la primera visita guarda todo). */
async function esperarCopiaGuardada(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((listo) => navigator.serviceWorker.addEventListener('controllerchange', listo, { once: true }));
    }
  });
}

/**
 * Una sola instalación de la copia para todo el recorrido (bajarla lleva segundos): la primera visita
 * la guarda sola; con red, una versión nueva se avisa y se carga; sin red, la guía y el buscador
 * siguen andando. En un sitio propio, en su propio origen: una copia de dist/ que después se
 * «publica» de nuevo. `baseURL` apunta ahí, así el control de otros orígenes sigue valiendo.
 */
test.describe('la copia sin conexión, de la primera visita al uso sin red', () => {
  let carpeta = '';
  test.use({
    baseURL: async ({}, use) => {
      carpeta = mkdtempSync(join(tmpdir(), 'guia-sw-'));
      cpSync('dist', carpeta, { recursive: true });
      const puerto = await freePort();
      const servidor: Server = await servirSitio(carpeta, puerto);
      await use(`http://127.0.0.1:${puerto}`);
      servidor.close();
      rmSync(carpeta, { recursive: true, force: true });
    },
  });
  // Sin red, el navegador informa en la consola los pedidos que no pudo hacer (por ejemplo, la
  // búsqueda de una versión nueva del worker): son esperables solo sin red. Con red, los pasos de
  // abajo revisan que no haya ningún error en la consola, como en cualquier otra prueba.
  // (Una sola expresión: Playwright lee un arreglo de dos o más elementos como [valor, opciones].)
  test.use({ consolaPermitida: [/net::ERR_INTERNET_DISCONNECTED|Failed to fetch|sw\.js/] });

  test('se guarda sola, avisa y carga una versión nueva, y sin red funcionan protocolos, municipios, el buscador y «¿Qué hago ahora?»', async ({ page, context }) => {
    test.setTimeout(150_000);
    const erroresConRed: string[] = [];
    const anotar = (m: ConsoleMessage) => {
      // Las respuestas fallidas las informa el control de tests/e2e/fixtures.ts, con su dirección.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) erroresConRed.push(m.text());
    };
    page.on('console', anotar);

    await test.step('en la primera visita la copia se guarda sola y «Cómo usar esta guía» lo dice, sin botón', async () => {
      await page.goto('/guia/como-usar-esta-guia/');
      const caja = page.locator('guardar-sin-conexion');
      await expect(caja.getByRole('status')).toHaveText('La guía está guardada en este teléfono: funciona sin señal.', { timeout: 30_000 });
      await expect(caja.getByRole('button')).toBeHidden();
    });

    await test.step('cuando se publica una versión nueva, la guía lo avisa y el botón la carga', async () => {
      await page.goto('/guia/principios/');
      await esperarCopiaGuardada(page);
      await expect(page.getByText('Hay una versión nueva de la guía')).toBeHidden();
      // Una construcción nueva cambia la lista de archivos del worker (sw.js); alcanza con que cambie un byte.
      appendFileSync(join(carpeta, 'sw.js'), '\n// versión nueva\n');
      await page.reload();
      await expect(page.getByText('Hay una versión nueva de la guía')).toBeVisible({ timeout: 30_000 });
      const recarga = page.waitForEvent('load');
      await page.getByRole('button', { name: 'actualizar' }).click();
      await recarga;
      await expect(page.getByText('Hay una versión nueva de la guía')).toBeHidden();
      await esperarCopiaGuardada(page);
    });

    page.off('console', anotar);
    expect(erroresConRed, 'errores en la consola con red').toEqual([]);

    await test.step('sin red: un protocolo, un municipio y una búsqueda', async () => {
      await context.setOffline(true);
      await page.goto('/guia/protocolos/asistencia-en-allanamientos/');
      await expect(page.getByRole('heading', { level: 1, name: 'Asistencia en allanamientos' })).toBeVisible();
      await expect(page.getByText('Sin conexión.')).toBeVisible();

      await page.goto('/municipios/general-pueyrredon/');
      await expect(page.getByRole('heading', { level: 1, name: 'General Pueyrredón' })).toBeVisible();

      await page.goto('/buscar/?q=allanamiento');
      await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
      await expect(page.getByRole('link', { name: 'Asistencia en allanamientos' }).first()).toBeVisible();

      await context.setOffline(false);
      await expect(page.getByText('Sin conexión.')).toBeHidden();
    });

    await test.step('sin red: «¿Qué hago ahora?» se recorre de la portada al resultado y sus protocolos', async () => {
      await context.setOffline(true);
      await page.goto('/');
      await page.getByRole('main').getByRole('link', { name: /^¿Qué hago ahora\?/ }).click();
      const respuestas = page.getByRole('list', { name: 'Respuestas' });
      for (const texto of ['No', 'La persona está frente a vos o va a venir', 'No, es una persona adulta', 'Sí']) {
        await respuestas.getByRole('link', { name: texto, exact: true }).click();
      }
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Escuchala a solas, en su idioma, sin pedirle papeles');
      await expect(page.getByText('Sin conexión.')).toBeVisible();
      await page.getByRole('main').getByRole('link', { name: 'Personas migrantes', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Personas migrantes' })).toBeVisible();
      await context.setOffline(false);
    });
  });
});

test.describe('con el ahorro de datos activado', () => {
  test.use({ consolaPermitida: [/net::ERR_INTERNET_DISCONNECTED|Failed to fetch|sw\.js/] });
  test.beforeEach(async ({ page }) => {
    // Chrome informa el «Ahorro de datos» de Android en navigator.connection.saveData.
    await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
  });

  test('la copia no se baja sola; «Cómo usar esta guía» la ofrece con su peso y la guarda al tocar', async ({ page, context }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await page.goto('/guia/principios/');
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration()), 'ningún worker registrado').toBeUndefined();

    await page.goto('/guia/como-usar-esta-guia/');
    const estado = page.locator('guardar-sin-conexion').getByRole('status');
    await expect(estado).toHaveText('Tenés activado el ahorro de datos, así que la guía no se guardó sola en este teléfono.');
    await page.getByRole('button', { name: /^Guardar la guía en este teléfono \(unos \d+ MB\)$/ }).click();
    await expect(estado).toHaveText('La guía está guardada en este teléfono: funciona sin señal.', { timeout: 30_000 });

    await context.setOffline(true);
    await page.goto('/guia/protocolos/atencion-en-salud/');
    await expect(page.getByRole('heading', { level: 1, name: 'Atención en salud' })).toBeVisible();
    await context.setOffline(false);
  });
});

// Sin worker: esta prueba no usa la copia, y así no la baja en segundo plano.
test.describe('instalable', () => {
  test.use({ serviceWorkers: 'block' });

  test('el manifiesto permite instalar la guía: íconos PNG de 192 y 512 px que existen, y el de iPhone', async ({ page, request }) => {
    await page.goto('/');
    const direccion = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifiesto = await (await request.get(direccion!)).json();
    // Sin el nombre del Programa, que no está confirmado (la guía lo llama «el Programa»).
    expect(manifiesto.name).toBe('Guía de Implementación Local — Provincia de Buenos Aires');
    /** Ancho y alto de un PNG, leídos de su encabezado (IHDR). */
    const medidas = async (src: string) => {
      const respuesta = await request.get(src);
      expect(respuesta.status(), src).toBe(200);
      const datos = await respuesta.body();
      expect(datos.subarray(1, 4).toString('latin1'), `${src} es un PNG`).toBe('PNG');
      return `${datos.readUInt32BE(16)}x${datos.readUInt32BE(20)}`;
    };
    const pngs = manifiesto.icons.filter((i: { type: string }) => i.type === 'image/png');
    expect(pngs.map((i: { sizes: string }) => i.sizes).sort()).toEqual(['192x192', '512x512']);
    for (const icono of pngs) expect(await medidas(icono.src)).toBe(icono.sizes);
    const deIphone = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    expect(await medidas(deIphone!)).toBe('180x180');
  });
});
