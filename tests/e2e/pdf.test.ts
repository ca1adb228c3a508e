import { contarPaginas } from '../../scripts/lib/pdf.ts';
import { cargarDatos } from '../../src/lib/datos.ts';
import { leerMunicipios } from '../../src/lib/municipios/lectura.ts';
import { idsDeProtocolos } from '../../src/lib/protocolos.ts';
import { expect, test } from './fixtures.ts';
import { leerPdf } from './pdf-texto.ts';
const sinEspacios = (texto: string) => texto.replace(/\s+/g, '');

const ids = idsDeProtocolos('content');

test('cada protocolo enlaza su PDF: una sola hoja A4 con la edición y la dirección de la página', async ({ page, request }) => {
  // El enlace, en una página abierta y, en todas, en su HTML leído por el navegador (DOMParser): el
  // enlace está en el HTML construido, y abrir y dibujar cada protocolo solo para verlo llevaba segundos.
  await page.goto(`/guia/protocolos/${ids[0]}/`);
  await expect(page.getByRole('link', { name: 'Descargar PDF (A4)' })).toHaveAttribute('href', `/pdf/${ids[0]}.pdf`);
  const enlaces = await page.evaluate(
    (ids) =>
      Promise.all(
        ids.map(async (id) => {
          const doc = new DOMParser().parseFromString(await (await fetch(`/guia/protocolos/${id}/`)).text(), 'text/html');
          return [...doc.querySelectorAll('a')].filter((a) => a.textContent?.trim() === 'Descargar PDF (A4)').map((a) => a.getAttribute('href'));
        }),
      ),
    ids,
  );
  expect(ids.length).toBeGreaterThanOrEqual(8);
  for (const [i, id] of ids.entries()) {
    expect(enlaces[i], `${id}: el enlace «Descargar PDF (A4)»`).toEqual([`/pdf/${id}.pdf`]);
    const respuesta = await request.get(`/pdf/${id}.pdf`);
    expect(respuesta.status(), id).toBe(200);
    const cuerpo = await respuesta.body();
    const { paginas, texto } = await leerPdf(cuerpo);
    expect(paginas, `${id}: el PDF debe tener una sola hoja`).toBe(1);
    // Los enlaces del PDF llevan al sitio publicado, no al servidor local en que se generó.
    expect(cuerpo.toString('latin1'), id).not.toMatch(/URI \(http:\/\/127\.0\.0\.1/);
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

test('cada partido enlaza su ficha en PDF: una sola hoja A4 con su nombre, la edición, la fecha y la dirección de su página', async ({ page, request }) => {
  const { municipios = [] } = leerMunicipios('content', cargarDatos('content').actores.map((a) => a.id));
  expect(municipios).toHaveLength(135);
  await page.goto('/municipios/pehuajo/');
  await expect(page.getByRole('link', { name: 'descargar la ficha en PDF (A4)' })).toHaveAttribute('href', '/pdf/municipios/pehuajo.pdf');
  // Todas existen y tienen una hoja; dos se leen enteras.
  for (const m of municipios) {
    const respuesta = await request.get(`/pdf/municipios/${m.slug}.pdf`);
    expect(respuesta.status(), m.slug).toBe(200);
    const cuerpo = await respuesta.body();
    expect(contarPaginas(cuerpo), `${m.slug}: la ficha debe tener una sola hoja`).toBe(1);
    // Los enlaces llevan al sitio publicado (el de los QR), no al servidor local en que se generó.
    expect(cuerpo.toString('latin1'), m.slug).toContain('/URI (http://localhost:4321/protocolos/)');
    expect(cuerpo.toString('latin1'), m.slug).not.toMatch(/URI \(http:\/\/127\.0\.0\.1/);
  }
  for (const m of municipios.filter((m) => ['pehuajo', 'coronel-de-marina-leonardo-rosales'].includes(m.slug))) {
    const { paginas, texto } = await leerPdf(await (await request.get(`/pdf/municipios/${m.slug}.pdf`)).body());
    expect(paginas, m.slug).toBe(1);
    expect(texto, m.slug).toContain(`Partido de ${m.nombre}`);
    expect(texto, m.slug).toContain('Edición: Primera edición, borrador sin aprobar');
    expect(texto, m.slug).toMatch(/Sitio generado el \d{1,2} de \w+ de \d{4}/);
    expect(texto, m.slug).toContain('Página 1 de 1');
    expect(sinEspacios(texto), m.slug).toContain(sinEspacios(`http://localhost:4321/municipios/${m.slug}/`));
  }
});
