import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page, Response } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { parse } from 'node-html-parser';
import { leerPolitica, type Politica } from '../../src/lib/seguridad.ts';
import { expect } from './fixtures.ts';

/**
 * Las dos revisiones que se hacen sobre cada página cargada en un navegador, con una sola carga por
 * página (tests/e2e/accesibilidad.test.ts): accesibilidad con axe-core y la política de seguridad de
 * contenido (CSP). `dist/_headers` se revisa en tests/e2e/seguridad.test.ts.
 */

// ── Accesibilidad ────────────────────────────────────────────────────────────────────────────────

/** WCAG 2.x A y AA. */
const ETIQUETAS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Falso positivo documentado, acotado a un elemento: el botón del buscador (src/components/starlight/Search.astro) se llama
 * «Buscar» (aria-label) y muestra «Buscar» más la pista del atajo «Ctrl K» en `<kbd>`. axe exige que
 * todo el texto visible esté en el nombre, pero la pista no es parte de la etiqueta (WCAG 2.5.3 pide
 * que la etiqueta visible, «Buscar», esté en el nombre, y lo está; el atajo se anuncia aparte con
 * `aria-keyshortcuts`). Se ignora solo esa regla en ese botón; en cualquier otro elemento, falla.
 */
const FALSOS_POSITIVOS: Array<{ regla: string; elemento: string }> = [
  { regla: 'label-content-name-mismatch', elemento: 'button[data-abrir=""]' },
];

/**
 * axe-core, minificado, tal como se inyecta en la página. Se usa axe-core directamente (`axe.run`, su
 * API documentada) y no @axe-core/playwright: ese paquete inyecta axe.js sin minificar (1,5 MB) dos
 * veces en cada análisis, también en su modo «legacy» (en `analyze()` y otra vez en `runLegacy()`), y
 * pasar y compilar ese código costaba más de medio segundo de procesador por página, más que varias de
 * las reglas juntas.
 */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf-8');

/**
 * Las violaciones de axe en la página tal como está, una línea por regla con los elementos afectados.
 * Corre axe entero dentro de la página (lo que @axe-core/playwright llama modo «legacy»): sin revisar
 * marcos de otro origen, y el sitio no tiene ninguno: ningún <iframe>, <frame>, <object> ni <embed> en
 * dist/, y la CSP (`default-src 'self'`, sin `frame-src`) no dejaría cargarlos.
 */
export async function violacionesDeAccesibilidad(page: Page): Promise<string[]> {
  // Se inyecta con `evaluate` (por el protocolo del navegador, como hacía @axe-core/playwright): la CSP
  // de la página no lo bloquea ni lo cuenta como violación. Una vez por documento.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  // Solo se usan las violaciones: `resultTypes` evita que axe arme el detalle (selector único de cada
  // nodo) de las reglas que pasan, lo más lento en páginas largas. Revisa las mismas reglas.
  const opciones: RunOptions = { runOnly: { type: 'tag', values: ETIQUETAS }, resultTypes: ['violations'] };
  const { violations } = await page.evaluate(
    (opciones) => (window as unknown as { axe: { run: (contexto: Document, o: RunOptions) => Promise<AxeResults> } }).axe.run(document, opciones),
    opciones,
  );
  return violations.flatMap((v) => {
    const nodos = v.nodes
      .map((n) => n.target.join(' '))
      .filter((objetivo) => !FALSOS_POSITIVOS.some((f) => f.regla === v.id && f.elemento === objetivo));
    return nodos.length ? [`${v.id} (${v.impact}): ${v.help} → ${nodos.join(', ')}`] : [];
  });
}

// ── Política de seguridad de contenido ───────────────────────────────────────────────────────────

/** Fuentes que una directiva puede nombrar: ningún otro origen. */
const FUENTES_PERMITIDAS = /^('self'|'none'|'wasm-unsafe-eval'|'sha(256|384|512)-[A-Za-z0-9+/=]+'|data:)$/;

/** La política del `<meta http-equiv="content-security-policy">` de una página. */
export function politicaDe(html: string): Politica {
  const contenido = parse(html).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
  expect(contenido, 'la página no tiene <meta http-equiv="content-security-policy">').toMatch(/default-src 'self'/);
  return leerPolitica(contenido!);
}

const sha256 = (texto: string) => `'sha256-${createHash('sha256').update(texto, 'utf-8').digest('base64')}'`;

/**
 * Empieza a anotar las violaciones de la CSP de `page` (el evento `securitypolicyviolation` de cada
 * documento y los avisos de la consola). Llamarla antes de la primera visita; vale para todas las
 * que siguen en esa página.
 */
export async function vigilarCsp(page: Page): Promise<{ avisos: string[] }> {
  await page.addInitScript(() => {
    const w = window as unknown as { violacionesCsp: string[] };
    w.violacionesCsp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.violacionesCsp.push(`${e.effectiveDirective} bloqueó ${e.blockedURI || '(en línea)'} en ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
    );
  });
  const vigilancia = { avisos: [] as string[] };
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) vigilancia.avisos.push(m.text());
  });
  return vigilancia;
}

/**
 * Lo que se puede ver de la CSP en la respuesta de una página: el servidor de prueba manda la de
 * dist/_headers, la página trae la suya en un `<meta>`, cada script en línea está autorizado por su
 * hash y ninguna directiva permite otro origen ('unsafe-inline' solo para atributos style="").
 */
export async function revisarPoliticaDeLaRespuesta(respuesta: Response | null): Promise<void> {
  expect(respuesta?.headers()['content-security-policy'], 'el servidor de prueba manda la CSP de dist/_headers').toMatch(/default-src 'self'/);
  const html = await respuesta!.text();
  const politica = politicaDe(html);

  const scriptSrc = politica.get('script-src') ?? [];
  const sinHash = parse(html)
    .querySelectorAll('script:not([src])')
    .map((s) => s.rawText)
    .filter((cuerpo) => !scriptSrc.includes(sha256(cuerpo)))
    .map((cuerpo) => cuerpo.trim().slice(0, 100));
  expect(sinHash, 'scripts en línea sin su hash en script-src').toEqual([]);

  for (const [directiva, fuentes] of politica) {
    const ajenas = fuentes.filter((f) => !FUENTES_PERMITIDAS.test(f) && !(directiva === 'style-src-attr' && f === "'unsafe-inline'"));
    expect(ajenas, `fuentes no permitidas en ${directiva}`).toEqual([]);
  }
}

/**
 * Ninguna violación de la CSP en el documento actual de `page`, después de que la página terminó de
 * cargar todo lo suyo (la red quieta). `vigilancia.avisos` se vacía: la página puede seguir con otra visita.
 */
export async function sinViolacionesDeCsp(page: Page, vigilancia: { avisos: string[] }): Promise<void> {
  // La red quieta (medio segundo sin pedidos) ya pasó mientras corría axe: entonces no espera nada.
  await page.waitForLoadState('networkidle');
  const violaciones = await page.evaluate(() => (window as unknown as { violacionesCsp: string[] }).violacionesCsp);
  expect(violaciones, 'violaciones de la CSP').toEqual([]);
  expect(vigilancia.avisos.splice(0), 'avisos de la CSP en la consola').toEqual([]);
}
