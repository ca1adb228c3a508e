import { cargarDatos } from '../../src/lib/datos.ts';
import { leerLocalidades } from '../../src/lib/localidades.ts';
import { fuenteDelDepartamentoJudicial } from '../../src/lib/municipios/fuente.ts';
import { leerMunicipios } from '../../src/lib/municipios/lectura.ts';
import { expect, test } from './fixtures.ts';
import { leerPdf } from './pdf-texto.ts';

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
        return {
          slug,
          estado: respuesta.status,
          h1: doc.querySelector('h1')?.textContent,
          cabecera: doc.querySelector('.cabecera strong')?.textContent,
          seccion: dato(doc, 'Sección electoral'),
        };
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

test('la página de un partido va de lo que sirve en un caso a los datos para ubicarlo: contactos, líneas, qué hacer, departamento judicial con su fuente, sección y código INDEC', async ({ page }) => {
  const azul = municipios.find((m) => m.slug === 'azul')!;
  expect(azul.departamento_judicial).toBeDefined();
  await page.goto('/municipios/azul/');
  const orden = await page
    .locator('main')
    .locator('#contactos, #lineas, #si-aparece-un-caso, dl.identidad dt, details.localidades')
    .evaluateAll((els) => els.map((e) => e.id || (e.tagName === 'DT' ? e.textContent : 'localidades')));
  expect(orden).toEqual(['contactos', 'lineas', 'si-aparece-un-caso', 'Departamento judicial', 'Sección electoral', 'Código INDEC', 'localidades']);
  const departamento = page.locator('dl.identidad > div', { hasText: 'Departamento judicial' });
  await expect(departamento).toContainText(azul.departamento_judicial!);
  await expect(departamento).toContainText(`Fuente: ${fuenteDelDepartamentoJudicial(azul.fuente)}`);
  // Qué hacer: la primera pregunta de «¿Qué hago ahora?» y los enlaces a la herramienta y a los protocolos.
  const caso = page.locator('.si-aparece');
  await expect(caso).toContainText('¿Hay peligro inmediato?');
  await expect(caso).toContainText('Si hay peligro inmediato para alguien, también para vos, llamá al 911.');
  await expect(caso.getByRole('link', { name: 'Protocolos' })).toHaveAttribute('href', '/protocolos/');
  await expect(caso.getByRole('link', { name: '¿Qué hago ahora?' })).toHaveAttribute('href', '/que-hago-ahora/');
});

test('la fuente técnica de los datos (repositorios, commits) no está en la página del partido sino en «Acerca de los datos», en su fila', async ({ page }) => {
  const azul = municipios.find((m) => m.slug === 'azul')!;
  await page.goto('/municipios/azul/');
  const principal = page.locator('main');
  await expect(principal).not.toContainText('datosgobar');
  await expect(principal).not.toContainText('@2eb08e2');
  await principal.getByRole('link', { name: 'De dónde salen estos datos' }).click();
  await expect(page).toHaveURL(/\/municipios\/acerca-de-los-datos\/#fuente-azul$/);
  const fila = page.locator('#fuente-azul');
  await expect(fila.getByRole('rowheader')).toHaveText('Azul');
  await expect(fila.getByRole('cell')).toHaveText(azul.fuente);
  await expect(page.locator('table.fuentes-partidos tbody tr')).toHaveCount(135);
});

test('impresa, la página de un partido es una ficha de una hoja A4 con la edición, la fecha y el QR de la página', async ({ page }) => {
  await page.goto('/municipios/pehuajo/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Primario' })).toBeHidden();
  await expect(page.locator('header.header')).toBeHidden();
  const encabezado = page.locator('.hoja-encabezado');
  await expect(encabezado).toBeVisible();
  await expect(encabezado).toContainText('Partido de Pehuajó');
  await expect(encabezado).toContainText('Edición: Primera edición, borrador sin aprobar');
  await expect(encabezado).toContainText(/Sitio generado el \d{1,2} de \w+ de \d{4}/);
  const direccion = 'http://localhost:4321/municipios/pehuajo/';
  await expect(page.getByRole('img', { name: /^Código QR: / })).toHaveAttribute('aria-label', `Código QR: ${direccion}`);
  await expect(page.locator('.hoja-pie')).toContainText(direccion);
  // Lo que sirve en un caso se imprime; lo que solo sirve en pantalla, no.
  await expect(page.getByText('Todavía no hay contactos verificados para este municipio')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Llamar al 145/ })).toBeVisible();
  await expect(page.locator('.si-aparece')).toContainText('¿Hay peligro inmediato?');
  await expect(page.locator('.si-aparece')).toContainText('http://localhost:4321/protocolos/');
  for (const oculto of [page.getByText('Código INDEC'), page.getByText('¿Conocés un contacto del municipio?'), page.locator('details.localidades')]) {
    await expect(oculto).toBeHidden();
  }
  const { paginas, texto } = await leerPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  expect(paginas).toBe(1);
  for (const parte of ['Partido de Pehuajó', 'Edición: Primera edición', 'Contactos locales', 'Líneas de 24 horas', 'Si aparece un caso', 'Página 1 de 1']) {
    expect(texto).toContain(parte);
  }
});

test('el índice agrupa los partidos por sección y funciona sin JavaScript', async ({ browser, baseURL }) => {
  const contexto = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await contexto.newPage();
  await page.goto('/municipios/');
  await expect(page.locator('.seccion h2')).toHaveCount(8);
  await expect(page.locator('.seccion li a')).toHaveCount(135);
  await expect(page.getByLabel('Buscar un partido por nombre, cabecera o localidad')).toBeHidden();
  await contexto.close();
});

test('el filtro del índice encuentra un partido por nombre, cabecera o variante, sin tildes', async ({ page }) => {
  await page.goto('/municipios/');
  const filtro = page.getByLabel('Buscar un partido por nombre, cabecera o localidad');
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

test('el filtro del índice encuentra un partido por una de sus localidades y la nombra', async ({ page }) => {
  await page.goto('/municipios/');
  const filtro = page.getByLabel('Buscar un partido por nombre, cabecera o localidad');
  const visibles = page.locator('.seccion li:visible');
  await filtro.fill('Temperley');
  await expect(visibles.locator('a')).toHaveText(['Lomas de Zamora']);
  await expect(visibles).toContainText(['localidad: Temperley']);
  // Sin tildes, y una localidad que está en dos partidos muestra los dos.
  await filtro.fill('gonzalez catan');
  await expect(visibles).toHaveText([/^La Matanza.*localidad: González Catán$/]);
  await filtro.fill('canning');
  await expect(visibles.locator('a')).toHaveText(['Esteban Echeverría', 'Ezeiza']);
  await expect(page.getByRole('status')).toHaveText('2 partidos coinciden.');
  // Si coincide el nombre del partido, no hace falta nombrar una localidad.
  await filtro.fill('pehuaj');
  await expect(visibles).toHaveText([/^Pehuajó$/]);
});

test('la página de un partido lista sus localidades plegadas, después de contactos y líneas, con su fuente', async ({ page }) => {
  await page.goto('/municipios/lomas-de-zamora/');
  const lista = page.locator('details.localidades');
  const resumen = lista.locator('summary');
  await expect(resumen).toHaveText(/^Localidades y barrios del partido \(\d+\)$/);
  // Plegada: los nombres no se ven hasta abrirla.
  await expect(lista.getByText('Temperley', { exact: true })).toBeHidden();
  await resumen.click();
  await expect(lista.getByText('Temperley', { exact: true })).toBeVisible();
  await expect(lista).toContainText('Fuente: BAHRA (IGN e INDEC)');
  await expect(lista.getByRole('link', { name: 'Acerca de los datos' })).toHaveAttribute('href', '/municipios/acerca-de-los-datos/#localidades-y-barrios');
  // Orden: contactos, líneas y después las localidades.
  const orden = await page.locator('#contactos, #lineas, details.localidades').evaluateAll((els) => els.map((e) => e.id || e.className.split(' ')[0]));
  expect(orden).toEqual(['contactos', 'lineas', 'localidades']);
});

test('una localidad de dos partidos figura en los dos, y cada página enlaza la otra', async ({ page }) => {
  for (const [pagina, otra] of [
    ['/municipios/ezeiza/', 'Esteban Echeverría'],
    ['/municipios/esteban-echeverria/', 'Ezeiza'],
  ] as const) {
    await page.goto(pagina);
    const lista = page.locator('details.localidades');
    await lista.locator('summary').click();
    const canning = lista.getByRole('listitem').filter({ hasText: /^Canning/ });
    await expect(canning).toHaveText(`Canning (también en ${otra})`);
    await expect(canning.getByRole('link', { name: otra })).toBeVisible();
  }
});

test('/datos/localidades.csv publica las mismas filas que content/municipios/datos/localidades.csv', async ({ request }) => {
  const { localidades = [] } = leerLocalidades('content');
  const respuesta = await request.get('/datos/localidades.csv');
  expect(respuesta.status()).toBe(200);
  const [encabezado, ...filas] = (await respuesta.text()).trimEnd().split('\n');
  expect(encabezado).toBe('nombre,partido_indec,partido,tipo,nombre_bahra,cod_bahra');
  expect(filas).toHaveLength(localidades.length);
  const nombreDe = new Map(municipios.map((m) => [m.indec, m.nombre]));
  // Ningún nombre de la lista lleva coma ni comillas: cada fila se compara como texto.
  expect(filas).toEqual(localidades.map((l) => [l.nombre, l.partido_indec, nombreDe.get(l.partido_indec), l.tipo, l.nombre_bahra, l.cod_bahra].join(',')));
});

test('el menú lateral no repite los 135 partidos: un solo enlace al índice', async ({ page }) => {
  await page.goto('/municipios/pehuajo/');
  const menu = page.getByRole('navigation', { name: 'Primario' });
  await expect(menu.getByRole('link', { name: 'Municipios' })).toHaveAttribute('href', '/municipios/');
  expect(await menu.getByRole('link').count()).toBeLessThan(40);
});

// El buscador encuentra cada partido por su nombre, su cabecera o una variante («Punta Alta», «Coronel
// Rosales», «Mar del Plata», «pehuajo»): en la lista de búsquedas de tests/e2e/busqueda.test.ts.
