import { expect, test } from '../fixtures.ts';
import { leerPdf } from '../pdf-texto.ts';

/**
 * Sitio de prueba tests/fixtures/con-contactos, construido con «hoy» = 2026-11-27.
 * Pehuajó tiene un contacto verificado el 2026-11-01 y otro del 2024-05-10 (vencido).
 */
test('un teléfono se muestra como se escribe en la Argentina y se marca en formato internacional', async ({ page }) => {
  await page.goto('/municipios/pehuajo/');
  const servicio = page.locator('article.contacto', { hasText: 'Servicio Local' });
  await expect(servicio.getByRole('link', { name: '02396 40-0000' })).toHaveAttribute('href', 'tel:+542396400000');
  await expect(servicio.getByRole('link', { name: '02396 15-40-0001' })).toHaveAttribute('href', 'tel:+5492396400001');
  await expect(servicio.getByRole('link', { name: 'servicio.local@ejemplo.gob.ar' })).toHaveAttribute(
    'href',
    'mailto:servicio.local@ejemplo.gob.ar',
  );
});

test('cada contacto dice su estado con texto: verificado o a revisar', async ({ page }) => {
  await page.goto('/municipios/pehuajo/');
  const vigente = page.locator('article.contacto', { hasText: 'Servicio Local' });
  const vencido = page.locator('article.contacto', { hasText: 'Dirección de Género' });
  await expect(vigente).toContainText('Verificado');
  await expect(vigente).toContainText('Fuente: Dato ficticio para pruebas. Verificado el 1 de noviembre de 2026 por Equipo de pruebas.');
  await expect(vencido).toContainText('A revisar: verificado hace más de 12 meses');
  await expect(page.getByText('2 contactos, 1 verificado en los últimos 12 meses.')).toBeVisible();
});

test('el índice cuenta los partidos con contactos verificados', async ({ page }) => {
  await page.goto('/municipios/');
  await expect(page.getByText('Hoy 2 de 3 partidos tienen contactos verificados en los últimos 12 meses.')).toBeVisible();
  await expect(page.locator('li', { hasText: 'Pehuajó' })).toContainText('con contactos verificados');
  await expect(page.locator('li', { hasText: 'General Pueyrredón' })).not.toContainText('contactos');
});

test('la ficha impresa de un partido con contactos los lleva con su fecha de verificación, en una hoja A4', async ({ page }) => {
  await page.goto('/municipios/pehuajo/');
  await page.emulateMedia({ media: 'print' });
  const contactos = page.locator('.hoja-impresa article.contacto');
  await expect(contactos).toHaveCount(2);
  for (const contacto of await contactos.all()) await expect(contacto).toBeVisible();
  await expect(contactos.first()).toContainText('Verificado el 1 de noviembre de 2026');
  await expect(contactos.nth(1)).toContainText('A revisar: verificado hace más de 12 meses');
  const { paginas, texto } = await leerPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  expect(paginas).toBe(1);
  expect(texto).toContain('Partido de Pehuajó');
  expect(texto).toContain('02396 40-0000');
  expect(texto).toContain('Verificado el 10 de mayo de 2024');
});
