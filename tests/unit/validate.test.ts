import { expect, test } from 'vitest';
import { juntarSalida } from '../../scripts/lib/proceso.ts';
import { validate } from '../../scripts/validate.ts';

/**
 * `npm run validate` como lo corre la integración continua, sobre un árbol de contenido roto: la
 * función del comando, en este proceso (el comando de la consola lo corre tests/unit/construccion.test.ts).
 */
function validar(raiz: string, env: Record<string, string | undefined>) {
  const salida = juntarSalida();
  const status = validate([raiz], salida, { ...process.env, GITHUB_ACTIONS: undefined, ...env });
  return { status, lineas: salida.stdout.split('\n'), error: salida.stderr };
}

test('en GitHub Actions, cada problema sale además como anotación ::error sobre el archivo y la línea', () => {
  const { status, lineas, error } = validar('tests/fixtures/con-html', { GITHUB_ACTIONS: 'true' });
  expect(status).toBe(1);
  expect(lineas).toContain(
    '::error file=tests/fixtures/con-html/municipios/pehuajo.yaml,line=18::nombre: no puede contener HTML (etiquetas como <b> o <script>, ni entidades como &amp;). Escribí solo texto.',
  );
  expect(lineas).toContain(
    '::error file=tests/fixtures/con-html/guia/capitulo.mdx,line=2::title: no puede contener HTML (etiquetas como <b> o <script>, ni entidades como &amp;). Escribí solo texto.',
  );
  // Una anotación por problema, cada una después de su línea legible.
  expect(lineas.filter((l) => l.startsWith('::error ')).length).toBe(6);
  expect(error).toContain('6 errores');
});

test('un problema sin línea (un archivo que falta) se anota sobre el archivo', () => {
  const { status, lineas } = validar('tests/fixtures/paginas-rotas', { GITHUB_ACTIONS: 'true' });
  expect(status).toBe(1);
  expect(lineas).toContain(
    '::error file=tests/fixtures/paginas-rotas/actores.yaml::falta este archivo de datos. Restauralo desde el historial del repositorio.',
  );
});

test('fuera de GitHub Actions no hay anotaciones', () => {
  const { status, lineas } = validar('tests/fixtures/con-html', {});
  expect(status).toBe(1);
  expect(lineas.some((l) => l.startsWith('::'))).toBe(false);
});
