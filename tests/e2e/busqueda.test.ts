import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * Búsquedas como las escribe un equipo municipal, con o sin tildes, con sinónimos, con el nombre de
 * una ciudad cabecera o con la situación que tienen enfrente. Cada una tiene que traer la página
 * esperada entre los tres primeros resultados. Corren en /buscar/?q=..., que usa la misma interfaz
 * que el diálogo del encabezado.
 */
const BUSQUEDAS: Array<[consulta: string, pagina: string]> = [
  ['allanamiento', '/guia/protocolos/asistencia-en-allanamientos/'],
  ['operativo', '/guia/protocolos/asistencia-en-allanamientos/'],
  ['procedimiento', '/guia/protocolos/asistencia-en-allanamientos/'],
  ['chicos trabajando en una quinta', '/guia/protocolos/ninas-ninos-y-adolescentes/'],
  ['trabajo infantil', '/guia/protocolos/ninas-ninos-y-adolescentes/'],
  ['servicio local', '/guia/protocolos/ninas-ninos-y-adolescentes/'],
  ['no tiene documentos', '/guia/protocolos/personas-migrantes/'],
  ['migrante sin dni', '/guia/protocolos/personas-migrantes/'],
  ['línea 102', '/guia/lineas-y-recursos/'],
  ['linea 145', '/guia/lineas-y-recursos/'],
  ['Mar del Plata', '/municipios/general-pueyrredon/'],
  ['pehuajo', '/municipios/pehuajo/'],
  ['Punta Alta', '/municipios/coronel-de-marina-leonardo-rosales/'],
  ['Coronel Rosales', '/municipios/coronel-de-marina-leonardo-rosales/'],
  ['bahia blanca', '/municipios/bahia-blanca/'],
  ['trabajo forzoso', '/guia/conceptos-e-indicadores/'],
  ['explotacion laboral', '/guia/conceptos-e-indicadores/'],
  ['trabajo esclavo', '/guia/conceptos-e-indicadores/'],
  ['señales de alerta', '/guia/protocolos/deteccion-y-primera-escucha/'],
  ['primera escucha', '/guia/protocolos/deteccion-y-primera-escucha/'],
  ['derivar', '/guia/protocolos/comunicacion-y-derivacion/'],
  ['revictimizacion', '/guia/principios/'],
  ['hospital guardia', '/guia/protocolos/atencion-en-salud/'],
  ['declarar en el juzgado', '/guia/protocolos/acompanamiento-judicial/'],
  ['mesa local', '/guia/coordinacion-en-el-municipio/'],
  ['casa refugio', '/guia/glosario/'],
  // Palabras que están solo en el texto de un paso de una lista de verificación (dentro de su <label>).
  ['curiosos que filman', '/guia/protocolos/asistencia-en-allanamientos/'],
  ['agua comida ropa abrigo', '/guia/protocolos/asistencia-en-allanamientos/'],
];

/**
 * Localidades y barrios de BAHRA (content/municipios/datos/localidades.csv): cada una lleva a la página
 * de su partido. Del Gran Buenos Aires (donde el INDEC junta varias localidades en una) y del interior,
 * escritas con o sin tildes. El partido de cada una se comprobó en el CSV.
 */
const LOCALIDADES: Array<[consulta: string, pagina: string]> = [
  ['Temperley', '/municipios/lomas-de-zamora/'],
  ['banfield', '/municipios/lomas-de-zamora/'],
  ['gonzalez catan', '/municipios/la-matanza/'],
  ['Ramos Mejía', '/municipios/la-matanza/'],
  ['San Justo', '/municipios/la-matanza/'],
  ['laferrere', '/municipios/la-matanza/'],
  ['castelar', '/municipios/moron/'],
  ['Dock Sud', '/municipios/avellaneda/'],
  ['Wilde', '/municipios/avellaneda/'],
  ['olivos', '/municipios/vicente-lopez/'],
  ['Los Polvorines', '/municipios/malvinas-argentinas/'],
  ['Grand Bourg', '/municipios/malvinas-argentinas/'],
  ['Bernal', '/municipios/quilmes/'],
  ['Villa Ballester', '/municipios/general-san-martin/'],
  ['caseros', '/municipios/tres-de-febrero/'],
  ['Boulogne', '/municipios/san-isidro/'],
  ['City Bell', '/municipios/la-plata/'],
  ['Punta Lara', '/municipios/ensenada/'],
  ['Batán', '/municipios/general-pueyrredon/'],
  ['batan', '/municipios/general-pueyrredon/'],
  ['ingeniero white', '/municipios/bahia-blanca/'],
  ['Sierra de la Ventana', '/municipios/tornquist/'],
  ['carilo', '/municipios/pinamar/'],
  ['San Clemente del Tuyú', '/municipios/la-costa/'],
  ['mar de ajo', '/municipios/la-costa/'],
  ['Claromecó', '/municipios/tres-arroyos/'],
  ['Miramar', '/municipios/general-alvarado/'],
  ['pigue', '/municipios/saavedra/'],
];

/**
 * Palabras comunes que también son parte del nombre de una localidad («Canal 15», «Paso del Rey»): las
 * localidades no pueden sacar a la guía de los primeros resultados. Al menos un capítulo o protocolo
 * (`/guia/...`) sigue entre los tres primeros. No se fija cuál: depende del texto, que cambia con cada
 * edición (por ejemplo, «canal» aparece en cada página que explica cómo consultar al Programa).
 */
const PALABRAS_COMUNES = ['canal', 'centro', 'paso', 'sola', 'lugares', 'provincia'];

/**
 * Corre las búsquedas en una sola página (el navegador ya tiene la interfaz y el índice: segundos en vez
 * de minutos) y devuelve, por consulta, las direcciones de los tres primeros resultados. La primera llega
 * por la dirección (/buscar/?q=...), como un enlace compartido; las demás se escriben.
 */
async function buscarTodas(page: Page, consultas: string[]): Promise<Map<string, string[]>> {
  const primerosDe = new Map<string, string[]>();
  await page.goto(`/buscar/?q=${encodeURIComponent(consultas[0]!)}`);
  for (const [i, consulta] of consultas.entries()) {
    await test.step(`«${consulta}»`, async () => {
      if (i > 0) await page.locator('.pagefind-ui__search-input').fill(consulta);
      // El mensaje «N resultados para ...» aparece cuando terminó la búsqueda; cada resultado se completa
      // cuando llegan sus datos: esperamos los tres primeros (o todos, si son menos).
      const mensaje = page.locator('.pagefind-ui__message');
      // («Buscando ...» mientras tanto; después «N resultados para: ...» o «Ningún resultado para: ...»).
      const escapada = consulta.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await expect(mensaje).toHaveText(new RegExp(`resultados? para: ${escapada}$`), { timeout: 15_000 });
      const total = Number((await mensaje.textContent())!.match(/^\d+/)?.[0] ?? 0);
      // Cada lugar de la lista se completa cuando llegan sus datos, no necesariamente en orden: se
      // espera a que los tres primeros lugares tengan su enlace (contar enlaces ya cargados podía
      // tomar el 1.º, el 2.º y el 4.º si el 3.º tardaba).
      const primerosLugares = page.locator('.pagefind-ui__results > .pagefind-ui__result');
      const enlaceDe = '.pagefind-ui__result-inner > .pagefind-ui__result-title > a';
      const cuantos = Math.min(3, total);
      await expect
        .poll(() => primerosLugares.evaluateAll((lis, [n, sel]) => lis.slice(0, n as number).every((li) => li.querySelector(sel as string)), [cuantos, enlaceDe]))
        .toBe(true);
      const primeros = await primerosLugares.evaluateAll(
        (lis, [n, sel]) => lis.slice(0, n as number).map((li) => new URL((li.querySelector(sel as string) as HTMLAnchorElement).href).pathname),
        [cuantos, enlaceDe],
      );
      expect(primeros).toHaveLength(cuantos);
      expect.soft(new URL(page.url()).searchParams.get('q'), 'la búsqueda queda en la dirección').toBe(consulta);
      primerosDe.set(consulta, primeros);
    });
  }
  return primerosDe;
}

for (const [titulo, lista] of [
  ['búsquedas realistas', BUSQUEDAS],
  ['localidades', LOCALIDADES],
] as const) {
  test(`${lista.length} ${titulo} traen la página esperada entre los tres primeros resultados`, async ({ page }) => {
    test.setTimeout(150_000);
    const primerosDe = await buscarTodas(page, lista.map(([consulta]) => consulta));
    // `expect.soft` informa todas las búsquedas que fallan, no solo la primera.
    for (const [consulta, pagina] of lista) expect.soft(primerosDe.get(consulta), `primeros resultados de «${consulta}»`).toContain(pagina);
  });
}

test(`${PALABRAS_COMUNES.length} palabras comunes que también nombran localidades traen una página de la guía entre los tres primeros resultados`, async ({ page }) => {
  test.setTimeout(90_000);
  const primerosDe = await buscarTodas(page, PALABRAS_COMUNES);
  for (const palabra of PALABRAS_COMUNES) {
    expect.soft(primerosDe.get(palabra)?.some((ruta) => ruta.startsWith('/guia/')), `primeros resultados de «${palabra}»: ${primerosDe.get(palabra)?.join(', ')}`).toBe(true);
  }
});

test('una localidad que está en varios partidos trae a todos entre los primeros resultados', async ({ page }) => {
  test.setTimeout(60_000);
  const primerosDe = await buscarTodas(page, ['Canning', 'Tortuguitas']);
  expect.soft(primerosDe.get('Canning')?.toSorted()).toEqual(expect.arrayContaining(['/municipios/esteban-echeverria/', '/municipios/ezeiza/']));
  expect
    .soft(primerosDe.get('Tortuguitas')?.toSorted())
    .toEqual(['/municipios/jose-c-paz/', '/municipios/malvinas-argentinas/', '/municipios/pilar/']);
});

test('la interfaz del buscador no se baja con la página: llega al abrir el diálogo con Ctrl+K o con el botón', async ({ page }) => {
  const pedidos: string[] = [];
  page.on('request', (r) => pedidos.push(new URL(r.url()).pathname));
  await page.goto('/guia/principios/');
  await page.waitForLoadState('networkidle');
  expect(pedidos.filter((p) => /\/pagefind\/|\/buscador\./.test(p)), 'antes de abrir el buscador').toEqual([]);
  await page.keyboard.press('Control+k');
  const dialogo = page.getByRole('dialog', { name: 'Buscar' });
  await expect(dialogo).toBeVisible();
  await expect(dialogo.getByRole('textbox')).toBeFocused();
  await dialogo.getByRole('textbox').fill('trabajo forzoso');
  // La primera búsqueda baja el motor y el índice: con la máquina ocupada pasa de los 5 s por omisión.
  await expect(dialogo.getByRole('link', { name: 'Conceptos e indicadores' }).first()).toBeVisible({ timeout: 15_000 });
  // Cada resultado dice qué tipo de página es.
  await expect(dialogo.getByText(/Tipo: (Capítulo|Protocolo|Recurso|Municipio)/).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialogo).toBeHidden();

  // El botón del encabezado lo abre también, y encuentra una página por una palabra de su texto.
  await page.getByRole('button', { name: 'Buscar' }).click();
  await expect(dialogo).toBeVisible();
  await dialogo.getByRole('textbox').fill('buscador');
  await expect(dialogo.getByRole('link', { name: /Cómo usar esta guía/ }).first()).toBeVisible({ timeout: 15_000 });
});

test.describe('sin JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('/buscar/ explica qué hacer y adónde ir', async ({ page }) => {
    await page.goto('/buscar/?q=allanamiento');
    await expect(page.getByRole('heading', { level: 1, name: 'Buscar en la guía' })).toBeVisible();
    await expect(page.getByText('El buscador necesita JavaScript')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'los protocolos' })).toBeVisible();
  });
});
