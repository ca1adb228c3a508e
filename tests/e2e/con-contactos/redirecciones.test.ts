import { expect, test } from '../fixtures.ts';

/**
 * Sitio de prueba tests/fixtures/con-contactos: su redirecciones.yaml muda /guia/capitulo-viejo/ a
 * /guia/capitulo/ y /municipios/pehuajo-viejo/ a /municipios/pehuajo/ (src/pages/[...redireccion].astro).
 */
for (const [desde, hacia, titulo] of [
  ['/guia/capitulo-viejo/', '/guia/capitulo/', 'Capítulo de prueba'],
  ['/municipios/pehuajo-viejo/', '/municipios/pehuajo/', 'Pehuajó'],
] as const) {
  test(`la dirección vieja ${desde} lleva a ${hacia}`, async ({ page, request }) => {
    const respuesta = await request.get(desde);
    expect(respuesta.status()).toBe(200);
    const html = await respuesta.text();
    // Con el espacio después del «;», como lo exige HTML (el validador del W3C lo revisa en npm test).
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${hacia}">`);
    expect(html).toContain('<html lang="es-AR">');
    expect(html).toContain('Esta página cambió de dirección.');

    await page.goto(desde);
    await expect(page).toHaveURL(new RegExp(`${hacia}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titulo);
  });
}
