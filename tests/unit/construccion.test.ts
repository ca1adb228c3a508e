import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * La construcción del sitio se detiene con un mensaje en castellano que nombra el archivo y el
 * campo cuando el contenido está mal. Cada caso construye un árbol de contenido de prueba.
 */
function construir(contenido: string) {
  const salida = mkdtempSync(join(tmpdir(), 'guia-build-'));
  const r = spawnSync('npx', ['astro', 'build', '--outDir', salida], {
    env: { ...process.env, GUIA_CONTENIDO: contenido, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf-8',
  });
  return { status: r.status, texto: `${r.stdout}\n${r.stderr}` };
}

describe('construcción con contenido roto', { timeout: 120_000 }, () => {
  test('una cita a una fuente inexistente detiene la construcción y dice dónde está', () => {
    const { status, texto } = construir('tests/fixtures/cita-rota');
    expect(status).not.toBe(0);
    expect(texto).toContain(
      'tests/fixtures/cita-rota/guia/capitulo.mdx › <Fuente id="ley-2636">: "ley-2636" no existe en tests/fixtures/cita-rota/fuentes.yaml. ¿Quisiste decir "ley-26364"?',
    );
  });

  test('una referencia rota en un archivo de datos detiene la construcción con archivo, línea y campo', () => {
    const { status, texto } = construir('tests/fixtures/dato-roto');
    expect(status).not.toBe(0);
    expect(texto).toContain(
      'tests/fixtures/dato-roto/lineas.yaml:8 › [0].fuente[1]: "linea-145-infojus" no existe en tests/fixtures/dato-roto/fuentes.yaml.',
    );
  });
});
