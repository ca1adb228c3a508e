import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { z } from 'zod';
import { ErrorDeContenido, formatearProblema } from '../../src/lib/errores.ts';
import { firstCommitDate, lastCommitDate, resetGitCache } from '../../src/lib/git.ts';
import { validarContenido } from '../../src/lib/validacion.ts';
import { parsearYaml, validar } from '../../src/lib/yaml.ts';

const texto = `# comentario
lineas:
  - id: '145'
    nombre: Línea 145
  - id: '911'
    nombre: 911
`;

test('los problemas de un YAML dicen la línea del campo', () => {
  const leido = parsearYaml(texto, 'content/lineas.yaml');
  const r = validar(leido, z.object({ lineas: z.array(z.object({ id: z.string(), nombre: z.string(), fuente: z.string() })) }));
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.problemas.map(formatearProblema)).toEqual([
    // Falta `fuente` en el primer elemento: se señala la línea donde empieza ese elemento.
    'content/lineas.yaml:3 › lineas[0].fuente: falta este dato. Agregalo: es obligatorio.',
    "content/lineas.yaml:6 › lineas[1].nombre: se esperaba un texto, pero hay el número 911. Si es un texto, escribilo entre comillas: '911'.",
    'content/lineas.yaml:5 › lineas[1].fuente: falta este dato. Agregalo: es obligatorio.',
  ]);
});

test('un YAML roto da la línea y no datos a medias', () => {
  expect(() => parsearYaml('a: 1\nb: [2\nc: 3\n', 'content/x.yaml')).toThrow(ErrorDeContenido);
  try {
    parsearYaml('a: 1\na: 2\n', 'content/x.yaml');
  } catch (error) {
    expect((error as ErrorDeContenido).problemas[0]).toMatchObject({ archivo: 'content/x.yaml', linea: 2 });
    expect((error as Error).message).toBe('content/x.yaml:2 › a: este campo aparece dos veces. Dejá uno solo (borrá el que sobra).');
  }
  expect.assertions(3);
});

test('validarContenido informa cada página con frontmatter roto, con archivo, línea y campo', () => {
  const raiz = 'tests/fixtures/paginas-rotas';
  const { problemas, revisados } = validarContenido(raiz);
  // 4 páginas y los 4 archivos de datos (que en esta carpeta faltan).
  expect(revisados).toBe(8);
  expect(problemas.filter((p) => p.archivo.endsWith('.yaml')).map((p) => p.mensaje)).toEqual(
    Array(4).fill('falta este archivo de datos. Restauralo desde el historial del repositorio.'),
  );
  expect(problemas.filter((p) => p.archivo.endsWith('.mdx')).map(formatearProblema)).toEqual([
    'tests/fixtures/paginas-rotas/guia/con-html.mdx:2 › title: no puede contener HTML (etiquetas como <b> o <script>, ni entidades como &amp;). Escribí solo texto.',
    'tests/fixtures/paginas-rotas/guia/sin-frontmatter.mdx:1: falta el encabezado (frontmatter). La página debe empezar con una línea "---", luego "title: …" y otra línea "---".',
    'tests/fixtures/paginas-rotas/guia/sin-titulo.mdx:2 › title: falta este dato. Agregalo: es obligatorio.',
  ]);
});

test('lastCommitDate lee la fecha del último commit de cada archivo', () => {
  const repo = mkdtempSync(join(tmpdir(), 'guia-git-'));
  const git = (args: string[], fecha?: string) =>
    execFileSync('git', args, {
      cwd: repo,
      env: { ...process.env, GIT_AUTHOR_DATE: fecha, GIT_COMMITTER_DATE: fecha, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
    });
  git(['init', '-q']);
  writeFileSync(join(repo, 'a.md'), 'a');
  writeFileSync(join(repo, 'b.md'), 'b');
  git(['add', '.']);
  git(['commit', '-qm', 'uno'], '2025-01-02T10:00:00Z');
  writeFileSync(join(repo, 'b.md'), 'b2');
  git(['commit', '-qam', 'dos'], '2025-06-30T12:00:00Z');
  writeFileSync(join(repo, 'c.md'), 'sin commit');
  resetGitCache();
  expect(lastCommitDate('a.md', repo)?.toISOString()).toBe('2025-01-02T10:00:00.000Z');
  expect(lastCommitDate(join(repo, 'b.md'), repo)?.toISOString()).toBe('2025-06-30T12:00:00.000Z');
  expect(lastCommitDate('c.md', repo)).toBeUndefined();
  expect(firstCommitDate('b.md', repo)?.toISOString()).toBe('2025-01-02T10:00:00.000Z');
  resetGitCache();
});

test('el mismo texto se analiza una vez: cada lectura da datos nuevos, y un cambio o un error se vuelven a analizar', () => {
  const texto = 'titulo: Uno\nlista:\n  - a\n  - b\n';
  const primera = parsearYaml(texto, 'content/cache.yaml');
  (primera.datos as { lista: string[] }).lista.push('c');
  const segunda = parsearYaml(texto, 'content/cache.yaml', 3);
  expect(segunda.datos).toEqual({ titulo: 'Uno', lista: ['a', 'b'] });
  // Las líneas, con el desplazamiento de esta lectura: las mismas que en un análisis nuevo.
  expect(segunda.lineaDe(['titulo'])).toBe(1 + 3);
  expect(segunda.lineaDe(['lista', 1])).toBe(4 + 3);
  expect(segunda.lineaDe(['lista', 1])).toBe(parsearYaml(texto, 'content/otro.yaml', 3).lineaDe(['lista', 1]));
  expect(parsearYaml('titulo: Dos\n', 'content/cache.yaml').datos).toEqual({ titulo: 'Dos' });
  const roto = 'titulo: Uno\ntitulo: Dos\n';
  for (let i = 0; i < 2; i++) {
    expect(() => parsearYaml(roto, 'content/cache.yaml')).toThrow(ErrorDeContenido);
  }
});
