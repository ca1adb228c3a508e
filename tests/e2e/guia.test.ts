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
  // Las páginas se piden desde el navegador y se leen con su DOMParser, todas a la vez: el título y los
  // enlaces están en el HTML construido (ningún script los cambia), y cargar y dibujar cada una de las
  // más de 25 páginas, una tras otra, llevaba 20 s. Los enlaces se siguen de verdad en «un término del
  // texto lleva a su definición en el glosario», más abajo.
  await page.goto('/guia/glosario/');
  const leidas = await page.evaluate(async (slugs) => {
    const leer = async (ruta: string) => {
      const respuesta = await fetch(ruta);
      return { estado: respuesta.status, doc: new DOMParser().parseFromString(await respuesta.text(), 'text/html') };
    };
    const ids = async (ruta: string) => [...(await leer(ruta)).doc.querySelectorAll('.sl-markdown-content [id]')].map((e) => e.id);
    const [fuentes, glosario] = await Promise.all([ids('/guia/fuentes/'), ids('/guia/glosario/')]);
    const capitulos = await Promise.all(
      slugs.map(async (slug) => {
        const { estado, doc } = await leer(`/guia/${slug}/`);
        const enlaces = [...doc.querySelectorAll('.sl-markdown-content a[href*="/guia/fuentes/#"], .sl-markdown-content a[href*="/guia/glosario/#"]')];
        return { slug, estado, h1: doc.querySelector('h1')?.textContent?.trim(), enlaces: enlaces.map((e) => e.getAttribute('href')!) };
      }),
    );
    return { anclas: { fuentes, glosario }, capitulos };
  }, capitulos.map((c) => c.slug));
  expect(leidas.anclas.fuentes.length, 'anclas de Fuentes').toBeGreaterThan(10);
  expect(leidas.anclas.glosario.length, 'anclas del glosario').toBeGreaterThan(10);
  const anclas = { fuentes: new Set(leidas.anclas.fuentes), glosario: new Set(leidas.anclas.glosario) };
  let citas = 0;
  for (const [i, { slug, titulo }] of capitulos.entries()) {
    const leida = leidas.capitulos[i]!;
    expect(leida.estado, slug).toBe(200);
    expect(leida.h1, `${slug}: título`).toBe(titulo);
    for (const href of leida.enlaces) {
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
  await expect(page.locator('dt', { has: page.locator('#trata') })).toContainText('Trata de personas');
});
