import { readFileSync } from 'node:fs';
import { leerCabeceras } from '../../scripts/lib/servidor.ts';
import { CABECERAS, DIRECTIVAS_SOLO_CABECERA, leerPolitica, unirPoliticas } from '../../src/lib/seguridad.ts';
import { archivos } from '../../src/lib/archivos.ts';
import { expect, test } from './fixtures.ts';
import { politicaDe } from './revisiones.ts';

/**
 * Política de seguridad de contenido (CSP): `dist/_headers` lleva la misma política que las páginas,
 * más las cabeceras de seguridad. Que ninguna página la viole, que cada script en línea esté
 * autorizado por su hash y que ninguna directiva nombre otro origen se revisa en el navegador, con la
 * misma carga de cada página que la accesibilidad: tests/e2e/accesibilidad.test.ts.
 */

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
