import { parse } from 'csv-parse/sync';
import type { Page } from '@playwright/test';
import { formatearFecha } from '../../../src/lib/fechas.ts';
import { expect, test } from '../fixtures.ts';

/**
 * Datos abiertos del sitio de prueba tests/fixtures/con-contactos («hoy» = 2026-11-27): lo que dicen
 * /datos/municipios.json y .csv es lo que muestran las páginas de los partidos, ni más ni menos.
 */

interface Telefono {
  visible: string;
  e164: string;
}
type Contacto = Record<string, unknown> & { nombre: string; telefonos: Telefono[] };
type Municipio = Record<string, unknown> & { slug: string; pagina: string; contactos: Contacto[] };

async function municipiosJson(page: Page): Promise<Municipio[]> {
  const respuesta = await page.request.get('/datos/municipios.json');
  expect(respuesta.status()).toBe(200);
  expect(respuesta.headers()['content-type']).toMatch(/^application\/json/);
  return (await respuesta.json()).municipios;
}

test('un contacto del YAML del partido está en su página, en municipios.json y en municipios.csv', async ({ page }) => {
  // El del archivo tests/fixtures/con-contactos/municipios/pehuajo.yaml.
  const nombre = 'Servicio Local de Promoción y Protección de Derechos (dato ficticio)';
  await page.goto('/municipios/pehuajo/');
  const articulo = page.locator('article.contacto', { hasText: nombre });
  await expect(articulo.getByRole('link', { name: '02396 40-0000' })).toHaveAttribute('href', 'tel:+542396400000');
  await expect(articulo).toContainText('Calle Ficticia 123, Pehuajó');

  const pehuajo = (await municipiosJson(page)).find((m) => m.slug === 'pehuajo')!;
  expect(pehuajo.contactos.find((c) => c.nombre === nombre)).toMatchObject({
    telefonos: [
      { visible: '02396 40-0000', e164: '+542396400000' },
      { visible: '02396 15-40-0001', e164: '+5492396400001' },
    ],
    direccion: 'Calle Ficticia 123, Pehuajó',
    verificado: '2026-11-01',
    estado: 'verificado',
  });

  const csv = await page.request.get('/datos/municipios.csv');
  expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
  const filas: Array<Record<string, string>> = parse(await csv.text(), { columns: true });
  expect(filas.map((f) => f.slug)).toEqual(['general-pueyrredon', 'la-plata', 'pehuajo']);
  expect(filas.find((f) => f.slug === 'pehuajo')!.detalle_de_contactos.split('\n')[0]).toBe(
    `Servicio Local de Promoción y Protección de Derechos: ${nombre} | Teléfonos: 02396 40-0000, 02396 15-40-0001 | Correo: servicio.local@ejemplo.gob.ar | Dirección: Calle Ficticia 123, Pehuajó | Horario: Lunes a viernes de 8 a 14 | Fuente: Dato ficticio para pruebas | Verificado: 2026-11-01 por Equipo de pruebas (verificado)`,
  );
});

/**
 * Cómo muestra la página cada campo publicado de un partido. Un campo nuevo en los datos que no esté
 * acá hace fallar la prueba: primero hay que mostrarlo en la página (o no publicarlo).
 */
const COMO_SE_MUESTRA_EL_PARTIDO: Record<string, 'texto' | 'lista' | 'clave' | 'en-acerca'> = {
  slug: 'clave', // la dirección de la página
  pagina: 'clave',
  seccion: 'clave', // se muestra como seccion_nombre
  nombre: 'texto',
  cabecera: 'texto',
  seccion_nombre: 'texto',
  indec: 'texto',
  departamento_judicial: 'texto',
  nota: 'texto',
  // La fuente técnica (repositorios, commits): en la fila del partido en «Acerca de los datos», que su página enlaza.
  fuente: 'en-acerca',
  variantes: 'lista',
  localidades: 'lista',
  contactos: 'clave', // abajo, uno por uno
};

test('los datos de cada partido no dicen nada que su página no muestre', async ({ page }) => {
  /** La fuente de cada partido, que se revisa al final en «Acerca de los datos». */
  const fuentes = new Map<string, string>();
  for (const m of await municipiosJson(page)) {
    expect(m.pagina).toBe(`/municipios/${m.slug}/`);
    await page.goto(m.pagina);
    const principal = page.locator('main');
    const texto = (await principal.innerText()).replace(/\s+/g, ' ');
    for (const [campo, valor] of Object.entries(m)) {
      const como = COMO_SE_MUESTRA_EL_PARTIDO[campo];
      expect(como, `${m.slug}.${campo} se publica pero no hay regla de cómo lo muestra la página`).toBeDefined();
      if (como === 'texto') expect(texto, `${m.slug}.${campo}`).toContain(String(valor));
      if (como === 'lista') for (const v of valor as string[]) expect(texto, `${m.slug}.${campo}`).toContain(v);
    }
    const acerca = `/municipios/acerca-de-los-datos/#fuente-${m.slug}`;
    await expect(principal.getByRole('link', { name: 'De dónde salen estos datos' }), `${m.slug}.fuente`).toHaveAttribute('href', acerca);
    fuentes.set(m.slug, String(m.fuente));
    await expect(principal.locator('article.contacto')).toHaveCount(m.contactos.length);
    for (const c of m.contactos) {
      const articulo = principal.locator('article.contacto', { has: page.getByRole('heading', { name: c.nombre, exact: true }) });
      const enArticulo = (await articulo.innerText()).replace(/\s+/g, ' ');
      for (const [campo, valor] of Object.entries(c)) {
        const lugar = `${m.slug}: ${c.nombre}.${campo}`;
        switch (campo) {
          case 'area': // se muestra su nombre (area_nombre)
            break;
          case 'telefonos':
            for (const t of valor as Telefono[]) await expect(articulo.getByRole('link', { name: t.visible }), lugar).toHaveAttribute('href', `tel:${t.e164}`);
            break;
          case 'correo':
            await expect(articulo.getByRole('link', { name: String(valor) }), lugar).toHaveAttribute('href', `mailto:${valor}`);
            break;
          case 'verificado':
            expect(enArticulo, lugar).toContain(`Verificado el ${formatearFecha(String(valor))}`);
            break;
          case 'estado':
            expect(enArticulo, lugar).toContain(valor === 'verificado' ? 'Verificado' : 'A revisar: verificado hace más de 12 meses');
            break;
          case 'area_nombre':
          case 'nombre':
          case 'direccion':
          case 'horario':
          case 'fuente':
          case 'verificado_por':
            expect(enArticulo, lugar).toContain(String(valor));
            break;
          default:
            throw new Error(`${lugar} se publica pero no hay regla de cómo lo muestra la página`);
        }
      }
    }
  }
  await page.goto('/municipios/acerca-de-los-datos/');
  for (const [slug, fuente] of fuentes) await expect(page.locator(`#fuente-${slug} td`), `${slug}.fuente`).toHaveText(fuente);
});

test('la página /datos/ explica cada archivo y todos sus enlaces llevan a un archivo que existe', async ({ page }) => {
  await page.goto('/datos/');
  await expect(page.getByRole('heading', { level: 1, name: 'Datos abiertos' })).toBeVisible();
  for (const titulo of ['Los archivos', 'De dónde salen', 'Formato', 'Cómo citarlos', 'Ediciones']) {
    await expect(page.getByRole('heading', { level: 2, name: titulo })).toBeVisible();
  }
  const enlaces = await page.locator('main a[href*="/datos/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(enlaces).toEqual(
    expect.arrayContaining(['/datos/municipios.json', '/datos/municipios.csv', '/datos/esquemas/municipios.schema.json', '/datos/protocolos.json', '/datos/ediciones.json']),
  );
  for (const enlace of new Set(enlaces)) {
    const respuesta = await page.request.get(enlace);
    expect(respuesta.status(), enlace).toBe(200);
    if (enlace.endsWith('.json')) expect(typeof (await respuesta.json()), enlace).toBe('object');
  }
});
