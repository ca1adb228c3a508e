import { direccionesRotas, leerManifiestoDe } from '../../src/lib/direcciones.ts';
import { expect, test } from './fixtures.ts';

test('toda dirección publicada alguna vez sigue existiendo (si una página se movió, falta su redirección)', async ({ request }) => {
  const manifiesto = leerManifiestoDe('content');
  expect(manifiesto.length).toBeGreaterThan(150);
  expect(direccionesRotas(manifiesto, 'dist'), 'agregá una redirección en content/redirecciones.yaml para cada una').toEqual([]);
  // Y el servidor las sirve (una muestra, incluidas las direcciones permanentes de la edición).
  for (const direccion of manifiesto.filter((_, i) => i % 25 === 0)) {
    expect((await request.get(direccion)).status(), direccion).toBe(200);
  }
});
