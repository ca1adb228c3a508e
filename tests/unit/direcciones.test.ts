import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { direccionesDelSitio, direccionesRotas, leerManifiesto, leerRedirecciones } from '../../src/lib/direcciones.ts';
import { formatearProblema } from '../../src/lib/errores.ts';

function sitio(paginas: string[]): string {
  const dist = mkdtempSync(join(tmpdir(), 'guia-dist-'));
  for (const p of paginas) {
    mkdirSync(join(dist, p), { recursive: true });
    writeFileSync(join(dist, p, 'index.html'), '<!doctype html>');
  }
  return dist;
}

test('una dirección publicada que desaparece del sitio se detecta', () => {
  const manifiesto = leerManifiesto('# comentario\n/\n/guia/glosario/\n/guia/pagina-movida/\n\n');
  const dist = sitio(['', 'guia/glosario']);
  expect(direccionesDelSitio(dist)).toEqual(['/', '/guia/glosario/']);
  expect(direccionesRotas(manifiesto, dist)).toEqual(['/guia/pagina-movida/']);
  // Con una redirección (la construcción escribe la página de la dirección vieja), vuelve a existir.
  mkdirSync(join(dist, 'guia/pagina-movida'), { recursive: true });
  writeFileSync(join(dist, 'guia/pagina-movida/index.html'), '<meta http-equiv="refresh">');
  expect(direccionesRotas(manifiesto, dist)).toEqual([]);
});

test('una redirección mal escrita se informa con archivo, línea y campo', () => {
  const raiz = mkdtempSync(join(tmpdir(), 'guia-redir-'));
  writeFileSync(join(raiz, 'redirecciones.yaml'), '- desde: /guia/vieja/\n  hacia: guia/nueva\n');
  expect(leerRedirecciones(raiz).problemas.map((p) => formatearProblema({ ...p, archivo: 'redirecciones.yaml' }))).toEqual([
    'redirecciones.yaml:2 › [0].hacia: escribí la dirección nueva desde la raíz y con barra al final (ejemplo: /guia/pagina-nueva/).',
  ]);
});
