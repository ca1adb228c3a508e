import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { flujosDe, formatearProblemaDeFlujo, revisarFlujos } from '../../scripts/lib/flujos.ts';

const ROTO = 'tests/fixtures/flujos/roto.yml';
/** Cargar el revisor (9 MB de WebAssembly) tarda unos segundos en una máquina ocupada. */
const LENTO = 60_000;

test('los flujos del proyecto no tienen problemas', async () => {
  const flujos = flujosDe('.github/workflows');
  expect(flujos.map((f) => f.split('/').at(-1))).toEqual(expect.arrayContaining(['deploy.yml', 'pr.yml', 'vista-previa.yml']));
  expect((await revisarFlujos(flujos)).map(formatearProblemaDeFlujo)).toEqual([]);
}, LENTO);

test('un flujo roto da cada problema con archivo, línea y columna', async () => {
  const problemas = await revisarFlujos([ROTO]);
  expect(problemas.map((p) => [p.linea, p.tipo])).toEqual([
    [5, 'syntax-check'],
    [12, 'action'],
    [13, 'expression'],
  ]);
  expect(formatearProblemaDeFlujo(problemas[0]!)).toMatch(/^tests\/fixtures\/flujos\/roto\.yml:5:5 › syntax-check: unexpected key "typos"/);
  expect(problemas[1]!.mensaje).toContain('input "fetch-deep" is not defined in action "actions/checkout@v4"');
}, LENTO);

test('npm run flujos falla con un flujo roto y dice qué corregir', () => {
  const r = spawnSync('node', ['--experimental-strip-types', 'scripts/flujos.ts', ROTO], { encoding: 'utf-8' });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('✗ 3 problema(s) en los flujos de GitHub Actions');
  expect(r.stderr).toContain('tests/fixtures/flujos/roto.yml:12:11 › action:');
  expect(r.stderr).toContain('Corregí cada línea indicada');
}, LENTO);

// Las acciones de terceros reciben permiso de escritura: van fijadas a un commit, con la versión al lado.
test('las acciones que no son de GitHub están fijadas a un commit', () => {
  for (const flujo of flujosDe('.github/workflows')) {
    for (const [, accion, ref] of readFileSync(flujo, 'utf-8').matchAll(/uses:\s*([\w.-]+\/[\w./-]+)@(\S+)/g)) {
      if (accion!.startsWith('actions/')) expect(ref, `${flujo}: ${accion}`).toMatch(/^v\d+$/);
      else expect(ref, `${flujo}: ${accion}`).toMatch(/^[0-9a-f]{40}$/);
    }
  }
});

// La guía publicada y las vistas previas comparten la rama gh-pages: si la publicación borrara la
// carpeta de las vistas previas, o la vista previa se construyera para otra subcarpeta que la que
// publica, los enlaces del comentario llevarían a páginas rotas.
test('la publicación de main no borra la carpeta de las vistas previas, y la vista previa se construye para esa carpeta', () => {
  type Paso = { uses?: string; with?: Record<string, unknown>; env?: Record<string, string> };
  const pasos = (archivo: string) =>
    Object.values((parse(readFileSync(`.github/workflows/${archivo}`, 'utf-8')) as { jobs: Record<string, { steps: Paso[] }> }).jobs).flatMap((j) => j.steps);
  const vistaPrevia = pasos('vista-previa.yml');
  const acciones = vistaPrevia.filter((p) => p.uses?.startsWith('rossjrw/pr-preview-action@'));
  expect(acciones.map((p) => p.with?.action)).toEqual(['deploy', 'remove']);
  const carpeta = acciones[0]!.with!['umbrella-dir'] as string;
  expect(acciones.every((p) => p.with!['umbrella-dir'] === carpeta && !p.with!['preview-branch'])).toBe(true); // gh-pages, el valor por defecto

  const construccion = vistaPrevia.find((p) => p.env?.SITIO_BASE)!;
  expect(construccion.env!.SITIO_BASE).toBe(`\${{ steps.pages.outputs.base_path }}/${carpeta}/pr-\${{ github.event.pull_request.number }}/`);
  const comentario = vistaPrevia.find((p) => p.env?.VISTA_PREVIA)!;
  expect(comentario.env!.VISTA_PREVIA).toBe(`\${{ steps.pages.outputs.base_url }}/${carpeta}/pr-\${{ github.event.pull_request.number }}/`);

  const publicacion = pasos('deploy.yml').find((p) => p.uses?.startsWith('JamesIves/github-pages-deploy-action@'))!;
  expect(publicacion.with).toMatchObject({ branch: 'gh-pages', folder: 'dist', 'clean-exclude': `${carpeta}/`, force: false });
});
