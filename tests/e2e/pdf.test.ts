import { idsDeProtocolos } from '../../src/lib/protocolos.ts';
import { expect, test } from './fixtures.ts';
import { leerPdf } from './pdf-texto.ts';
const sinEspacios = (texto: string) => texto.replace(/\s+/g, '');

const ids = idsDeProtocolos('content');

test('cada protocolo enlaza su PDF: una sola hoja A4 con la edición y la dirección de la página', async ({ page, request }) => {
  for (const id of ids) {
    const ruta = `/guia/protocolos/${id}/`;
    await page.goto(ruta);
    const enlace = page.getByRole('link', { name: 'Descargar PDF (A4)' });
    await expect(enlace, id).toHaveAttribute('href', `/pdf/${id}.pdf`);
    const respuesta = await request.get(`/pdf/${id}.pdf`);
    expect(respuesta.status(), id).toBe(200);
    const { paginas, texto } = await leerPdf(await respuesta.body());
    expect(paginas, `${id}: el PDF debe tener una sola hoja`).toBe(1);
    expect(texto, id).toContain('Edición: Primera edición, borrador sin aprobar');
    expect(sinEspacios(texto), id).toContain(sinEspacios(`http://localhost:4321/ediciones/primera/protocolos/${id}/`));
  }
});

test('el cuadernillo tiene portada con la edición y una hoja por protocolo', async ({ page, request }) => {
  await page.goto('/protocolos/');
  await expect(page.getByRole('link', { name: 'Descargar el cuadernillo en PDF' })).toHaveAttribute('href', '/pdf/protocolos-primera.pdf');
  const { paginas, texto } = await leerPdf(await (await request.get('/pdf/protocolos-primera.pdf')).body());
  expect(paginas).toBe(ids.length + 1);
  expect(texto).toContain('Protocolos: listas de verificación');
  expect(texto).toContain('Edición: Primera edición');
});
