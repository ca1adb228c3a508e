import { cargarDatos } from '../../src/lib/datos.ts';
import { leerMunicipios } from '../../src/lib/municipios/lectura.ts';
import { expect, test } from './fixtures.ts';

const { municipios = [] } = leerMunicipios('content', cargarDatos('content').actores.map((a) => a.id));

test('hay una página por cada uno de los 135 partidos, con su cabecera y su sección', async ({ page }) => {
  expect(municipios).toHaveLength(135);
  await page.goto('/municipios/');
  // Se piden las 135 páginas desde el navegador y se leen con su DOMParser.
  const paginas = await page.evaluate(async (slugs) => {
    const dato = (doc: Document, nombre: string) =>
      [...doc.querySelectorAll('dl.identidad > div')].find((d) => d.querySelector('dt')?.textContent === nombre)?.querySelector('dd')?.textContent;
    return Promise.all(
      slugs.map(async (slug) => {
        const respuesta = await fetch(`/municipios/${slug}/`);
        const doc = new DOMParser().parseFromString(await respuesta.text(), 'text/html');
        return { slug, estado: respuesta.status, h1: doc.querySelector('h1')?.textContent, cabecera: dato(doc, 'Cabecera'), seccion: dato(doc, 'Sección electoral') };
      }),
    );
  }, municipios.map((m) => m.slug));
  expect(paginas).toEqual(
    municipios.map((m) => ({
      slug: m.slug,
      estado: 200,
      h1: m.nombre,
      cabecera: m.cabecera,
      seccion: expect.stringMatching(/^((Primera|Segunda|Tercera|Cuarta|Quinta|Sexta|Séptima) sección|Sección Capital)$/),
    })),
  );
});

test('un partido sin contactos lo dice, explica cómo proponer uno y muestra las líneas de 24 horas', async ({ page }) => {
  await page.goto('/municipios/pehuajo/');
  await expect(page.getByRole('heading', { level: 1, name: 'Pehuajó' })).toBeVisible();
  await expect(page.getByText('Todavía no hay contactos verificados para este municipio')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Llamar al 145/ })).toHaveAttribute('href', 'tel:145');
  await expect(page.getByRole('link', { name: 'Editar esta página' })).toHaveAttribute('href', /\/edit\/main\/content\/municipios\/pehuajo\.yaml$/);
});

test('el índice agrupa los partidos por sección y funciona sin JavaScript', async ({ browser, baseURL }) => {
  const contexto = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await contexto.newPage();
  await page.goto('/municipios/');
  await expect(page.locator('.seccion h2')).toHaveCount(8);
  await expect(page.locator('.seccion li a')).toHaveCount(135);
  await expect(page.getByLabel('Buscar un partido por nombre o cabecera')).toBeHidden();
  await contexto.close();
});

test('el filtro del índice encuentra un partido por nombre, cabecera o variante, sin tildes', async ({ page }) => {
  await page.goto('/municipios/');
  const filtro = page.getByLabel('Buscar un partido por nombre o cabecera');
  const visibles = page.locator('.seccion li:visible a');
  await filtro.fill('pehuaj');
  await expect(visibles).toHaveText(['Pehuajó']);
  await filtro.fill('Mar del Plata');
  await expect(visibles).toHaveText(['General Pueyrredón']);
  await filtro.fill('coronel rosales');
  await expect(visibles).toHaveText(['Coronel de Marina Leonardo Rosales']);
  await filtro.fill('zzz');
  await expect(page.getByRole('status')).toHaveText('Ningún partido coincide. Probá con otra parte del nombre.');
});

test('el menú lateral no repite los 135 partidos: un solo enlace al índice', async ({ page }) => {
  await page.goto('/municipios/pehuajo/');
  const menu = page.getByRole('navigation', { name: 'Primario' });
  await expect(menu.getByRole('link', { name: 'Municipios' })).toHaveAttribute('href', '/municipios/');
  expect(await menu.getByRole('link').count()).toBeLessThan(40);
});

for (const [consulta, partido] of [
  ['Punta Alta', 'Coronel de Marina Leonardo Rosales'],
  ['Coronel Rosales', 'Coronel de Marina Leonardo Rosales'],
  ['Mar del Plata', 'General Pueyrredón'],
  ['pehuajo', 'Pehuajó'],
] as const) {
  test(`el buscador encuentra «${partido}» con «${consulta}»`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Buscar' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill(consulta);
    const resultados = page.getByRole('dialog').locator('.pagefind-ui__result-link');
    // La primera búsqueda descarga el índice: en una máquina ocupada puede tardar.
    await expect(resultados.first()).toBeVisible({ timeout: 15_000 });
    const primeros = (await resultados.allTextContents()).slice(0, 3);
    expect(primeros).toContain(partido);
  });
}
