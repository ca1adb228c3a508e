import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { cargarRegistro } from '../../src/lib/ediciones.ts';
import { archivosDeMunicipios } from '../../src/lib/municipios/lectura.ts';
import { redireccionesPermanentes } from '../../src/lib/rutas-de-edicion.ts';
import { parse } from 'node-html-parser';
import { expect, test } from './fixtures.ts';
import { PAGINAS_POR_PLANTILLA } from './plantillas.ts';
import { revisarPoliticaDeLaRespuesta, sinViolacionesDeCsp, vigilarCsp, violacionesDeAccesibilidad } from './revisiones.ts';

/**
 * Cada página cargada en el navegador, una sola vez, pasa dos revisiones (tests/e2e/revisiones.ts):
 * - accesibilidad con axe-core (WCAG 2.x A y AA): cero violaciones; cada falla dice la página, la
 *   regla y los elementos afectados;
 * - la política de seguridad de contenido (CSP): ninguna violación, cada script en línea autorizado
 *   por su hash y ninguna directiva que nombre otro origen.
 *
 * Las páginas: una de cada plantilla (tests/e2e/plantillas.ts), el buscador abierto y las del mapa
 * del sitio (dist/sitemap-0.xml) salvo las de municipios, que salen de una sola plantilla (ya revisada
 * en cinco de ellas): las 135 juntas llevan minutos. `A11Y_COMPLETO=1` las incluye a todas.
 * `dist/_headers` se revisa en tests/e2e/seguridad.test.ts.
 */

/** Visita `ruta` y le pasa las dos revisiones; en la portada, también con el buscador abierto. */
async function revisarPagina(page: Page, vigilancia: { avisos: string[] }, ruta: string) {
  const respuesta = await page.goto(ruta);
  await revisarPoliticaDeLaRespuesta(respuesta);
  expect.soft(await violacionesDeAccesibilidad(page), `violaciones de accesibilidad en ${ruta}`).toEqual([]);
  if (ruta === '/') {
    // El buscador abierto, con resultados (y Pagefind, que usa WebAssembly, ya cargado bajo la CSP).
    await page.getByRole('button', { name: 'Buscar' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('trata');
    // La primera búsqueda baja el motor y el índice: con la máquina ocupada pasa de los 5 s por omisión.
    await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible({ timeout: 15_000 });
    expect.soft(await violacionesDeAccesibilidad(page), 'violaciones de accesibilidad en el buscador abierto').toEqual([]);
    await page.keyboard.press('Escape');
  }
  await sinViolacionesDeCsp(page, vigilancia);
}

test.describe('una página por plantilla', () => {
  // axe tarda varios segundos en las páginas largas (la de impresión junta todos los protocolos).
  test.describe.configure({ timeout: 90_000 });
  for (const { nombre, ruta } of PAGINAS_POR_PLANTILLA) {
    const titulo = ruta === '/' ? `${nombre} (${ruta}), también con el buscador abierto` : `${nombre} (${ruta})`;
    test(`${titulo}: sin violaciones de accesibilidad ni de la CSP, y cada script en línea autorizado por su hash`, async ({ page }) => {
      await revisarPagina(page, await vigilarCsp(page), ruta);
    });
  }
});

/** Direcciones del mapa del sitio, relativas a la raíz (el mapa trae la dirección pública). */
function direccionesDelMapa(): string[] {
  const mapa = parse(readFileSync('dist/sitemap-0.xml', 'utf-8'));
  return mapa.querySelectorAll('loc').map((loc) => new URL(loc.text.trim()).pathname);
}

const todas = direccionesDelMapa();
// Las direcciones permanentes de la edición actual solo redirigen a /guia/…, que ya está en la lista.
const redirecciones = new Set(redireccionesPermanentes('content', cargarRegistro('content')).map((r) => r.desde));
const yaRevisadas = new Set([...PAGINAS_POR_PLANTILLA.map((p) => p.ruta), ...redirecciones]);
// Las páginas de los partidos (una por archivo de content/municipios/); las demás de /municipios/
// (por ejemplo «Acerca de los datos», con la tabla de los 135 partidos) sí se revisan.
const deUnPartido = new Set(archivosDeMunicipios('content').map((archivo) => `/municipios/${archivo.replace(/\.ya?ml$/, '')}/`));
const delMapa = (process.env.A11Y_COMPLETO === '1' ? todas : todas.filter((ruta) => !deUnPartido.has(ruta))).filter(
  (ruta) => !yaRevisadas.has(ruta),
);

/**
 * Las páginas del mapa van en tandas de pocas páginas, cada tanda en una sola pestaña: abrir una
 * pestaña nueva por página costaba tanto como cargarla. Las tandas se reparten entre los procesos de
 * Playwright; dentro de una, cada página es un paso con su dirección y una falla de axe no detiene
 * las demás (expect.soft): el informe nombra cada página que falla.
 */
const POR_TANDA = 6;
const tandas = Array.from({ length: Math.ceil(delMapa.length / POR_TANDA) }, (_, i) => delMapa.slice(i * POR_TANDA, (i + 1) * POR_TANDA));

test.describe('las páginas del mapa del sitio', () => {
  test('el mapa del sitio lista todas las páginas', () => {
    expect(todas.length).toBeGreaterThan(100);
    expect(delMapa.length, 'páginas del mapa por revisar').toBeGreaterThan(30);
  });
  for (const tanda of tandas) {
    test(`${tanda.join(', ')}: sin violaciones de accesibilidad ni de la CSP`, async ({ page }) => {
      test.setTimeout(40_000 * tanda.length);
      const vigilancia = await vigilarCsp(page);
      for (const ruta of tanda) await test.step(ruta, () => revisarPagina(page, vigilancia, ruta));
    });
  }
});
