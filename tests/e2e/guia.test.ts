import { paginasDeGuia } from '../../src/lib/datos.ts';
import { leerFrontmatter } from '../../src/lib/validacion.ts';
import { expect, test } from './fixtures.ts';

const capitulos = paginasDeGuia('content').map((slug) => ({
  slug,
  titulo: (leerFrontmatter(`content/guia/${slug}.mdx`).datos as { title: string }).title,
}));

test('hay al menos 15 capítulos y 8 protocolos, y todos están en su grupo del menú lateral', async ({ page }) => {
  const soloCapitulos = capitulos.filter((c) => !c.slug.startsWith('protocolos/'));
  const protocolos = capitulos.filter((c) => c.slug.startsWith('protocolos/'));
  expect(soloCapitulos.length).toBeGreaterThanOrEqual(15);
  expect(protocolos.length).toBeGreaterThanOrEqual(8);
  await page.goto('/guia/como-usar-esta-guia/');
  const menu = page.getByRole('navigation', { name: 'Primario' });
  const grupo = (nombre: string) => menu.locator('details', { has: page.locator('summary', { hasText: nombre }) });
  for (const [nombre, lista] of [['Guía', soloCapitulos], ['Protocolos', protocolos]] as const) {
    for (const { slug, titulo } of lista) {
      await expect(grupo(nombre).getByRole('link', { name: titulo, exact: true })).toHaveAttribute('href', `/guia/${slug}/`);
    }
  }
});

test('cada capítulo se construye con su título, y sus citas y términos llevan a una entrada que existe', async ({ page }) => {
  // Recorre todos los capítulos (más de 20 páginas): en una máquina de 2 núcleos pasa de los 30 s por defecto.
  test.setTimeout(90_000);
  const anclas = { fuentes: new Set<string>(), glosario: new Set<string>() };
  for (const nombre of ['fuentes', 'glosario'] as const) {
    await page.goto(`/guia/${nombre}/`);
    for (const id of await page.locator('.sl-markdown-content [id]').evaluateAll((els) => els.map((e) => e.id))) anclas[nombre].add(id);
  }
  let citas = 0;
  for (const { slug, titulo } of capitulos) {
    await page.goto(`/guia/${slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titulo);
    const enlaces = await page
      .locator('.sl-markdown-content a[href*="/guia/fuentes/#"], .sl-markdown-content a[href*="/guia/glosario/#"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).getAttribute('href')!));
    for (const href of enlaces) {
      const [, pagina, id] = /\/guia\/(fuentes|glosario)\/#(.+)$/.exec(href)!;
      expect(anclas[pagina as 'fuentes' | 'glosario'], `${slug}: ${href}`).toContain(decodeURIComponent(id!));
      citas++;
    }
  }
  expect(citas).toBeGreaterThan(50);
});

test('las líneas de 24 horas se pueden marcar con un toque', async ({ page }) => {
  await page.goto('/guia/lineas-y-recursos/');
  for (const numero of ['145', '911', '102', '144']) {
    await expect(page.getByRole('link', { name: new RegExp(`^Llamar al ${numero}:`) })).toHaveAttribute('href', `tel:${numero}`);
  }
  // Cada línea dice su fuente y cuándo se revisó.
  await expect(page.locator('#linea-145')).toContainText(/Fuente: .+\. Revisada el \d+ de \w+ de \d{4}/);
});

test('un término del texto lleva a su definición en el glosario', async ({ page }) => {
  await page.goto('/guia/como-usar-esta-guia/');
  await page.locator('.sl-markdown-content a.termino', { hasText: 'trata' }).first().click();
  await expect(page).toHaveURL(/\/guia\/glosario\/#trata$/);
  await expect(page.locator('#trata')).toContainText('Trata de personas');
});
