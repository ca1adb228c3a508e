import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { leerCabeceras } from '../../scripts/lib/servidor.ts';
import { CABECERAS, DIRECTIVAS_SOLO_CABECERA, leerPolitica, unirPoliticas, type Politica } from '../../src/lib/seguridad.ts';
import { archivos } from '../../src/lib/archivos.ts';
import { expect, test } from './fixtures.ts';
import { PAGINAS_POR_PLANTILLA } from './plantillas.ts';

// Cada prueba revisa una página por su cuenta: se reparten entre los procesos de Playwright (fullyParallel en playwright.config.ts).

/**
 * Política de seguridad de contenido (CSP): ninguna página la viola, cada script en línea está
 * autorizado por su hash, ninguna directiva nombra otro origen, y `dist/_headers` lleva la misma
 * política que las páginas, más las cabeceras de seguridad.
 */

/** Fuentes que una directiva puede nombrar: ningún otro origen. */
const FUENTES_PERMITIDAS = /^('self'|'none'|'wasm-unsafe-eval'|'sha(256|384|512)-[A-Za-z0-9+/=]+'|data:)$/;

function politicaDe(html: string): Politica {
  const contenido = parse(html).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
  expect(contenido, 'la página no tiene <meta http-equiv="content-security-policy">').toMatch(/default-src 'self'/);
  return leerPolitica(contenido!);
}

const sha256 = (texto: string) => `'sha256-${createHash('sha256').update(texto, 'utf-8').digest('base64')}'`;

for (const { nombre, ruta } of PAGINAS_POR_PLANTILLA) {
  test(`${nombre} (${ruta}): ninguna violación de la CSP y cada script en línea autorizado por su hash`, async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { violacionesCsp: string[] };
      w.violacionesCsp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.violacionesCsp.push(`${e.effectiveDirective} bloqueó ${e.blockedURI || '(en línea)'} en ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
      );
    });
    const consolaCsp: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) consolaCsp.push(m.text());
    });

    const respuesta = await page.goto(ruta);
    expect(respuesta?.headers()['content-security-policy'], 'el servidor de prueba manda la CSP de dist/_headers').toMatch(
      /default-src 'self'/,
    );
    const html = await respuesta!.text();
    const politica = politicaDe(html);

    // Todo script en línea de la página tiene su hash en la política.
    const scriptSrc = politica.get('script-src') ?? [];
    const sinHash = parse(html)
      .querySelectorAll('script:not([src])')
      .map((s) => s.rawText)
      .filter((cuerpo) => !scriptSrc.includes(sha256(cuerpo)))
      .map((cuerpo) => cuerpo.trim().slice(0, 100));
    expect(sinHash, 'scripts en línea sin su hash en script-src').toEqual([]);

    // Ninguna directiva permite otro origen; 'unsafe-inline' solo para atributos style="".
    for (const [directiva, fuentes] of politica) {
      const ajenas = fuentes.filter((f) => !FUENTES_PERMITIDAS.test(f) && !(directiva === 'style-src-attr' && f === "'unsafe-inline'"));
      expect(ajenas, `fuentes no permitidas en ${directiva}`).toEqual([]);
    }

    // En la portada abre el buscador (Pagefind usa WebAssembly); en todas, deja que la página termine de cargar.
    const buscar = page.getByRole('button', { name: 'Buscar' });
    if (ruta === '/') {
      await buscar.click();
      await page.getByRole('dialog').getByRole('textbox').fill('trata');
      // La primera búsqueda baja el motor y el índice: con la máquina ocupada pasa de los 5 s por omisión.
      await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible({ timeout: 15_000 });
      await page.keyboard.press('Escape');
    }
    await page.waitForLoadState('networkidle');
    const violaciones = await page.evaluate(() => (window as unknown as { violacionesCsp: string[] }).violacionesCsp);
    expect(violaciones, 'violaciones de la CSP').toEqual([]);
    expect(consolaCsp, 'avisos de la CSP en la consola').toEqual([]);
  });
}

test('dist/_headers lleva la CSP de las páginas y las cabeceras de seguridad', () => {
  const reglas = leerCabeceras(readFileSync('dist/_headers', 'utf-8'));
  expect(reglas).toHaveLength(1);
  const cabeceras = new Map(reglas[0]!.cabeceras);
  expect(reglas[0]!.patron.test('/guia/glosario/')).toBe(true);
  for (const [nombre, valor] of Object.entries(CABECERAS)) expect(cabeceras.get(nombre), nombre).toBe(valor);

  const enCabecera = leerPolitica(cabeceras.get('Content-Security-Policy')!);
  // La misma política que la unión de las de todas las páginas, más lo que solo vale como cabecera.
  const paginas = archivos('dist', ['.html'])
    .filter((f) => !f.includes('/pagefind/'))
    .map((f) => politicaDe(readFileSync(f, 'utf-8')));
  const esperada = unirPoliticas(paginas);
  for (const directiva of DIRECTIVAS_SOLO_CABECERA) {
    const [nombre, ...fuentes] = directiva.split(' ');
    esperada.set(nombre!, fuentes);
  }
  expect(Object.fromEntries(enCabecera)).toEqual(Object.fromEntries(esperada));
  expect(enCabecera.get('frame-ancestors')).toEqual(["'none'"]);
});
