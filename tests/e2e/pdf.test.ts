import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { idsDeProtocolos } from '../../src/lib/protocolos.ts';
import { expect, test } from './fixtures.ts';

/** Texto y cantidad de páginas de un PDF (con pdf.js, el lector de PDF de Firefox). */
async function leerPdf(datos: Buffer) {
  const doc = await getDocument({ data: new Uint8Array(datos) }).promise;
  const textos: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const contenido = await (await doc.getPage(n)).getTextContent();
    textos.push(contenido.items.map((i) => ('str' in i ? i.str : '')).join(' '));
  }
  return { paginas: doc.numPages, texto: textos.join('\n') };
}
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
