import { expect, test } from '@playwright/test';
import { sitioConstruido } from '../programa/recuadros.ts';

/**
 * Sitio de prueba «programa-lleno»: tests/fixtures/programa con `programa-lleno.yaml` como
 * `programa.yaml` (lo arma scripts/construir-pruebas.ts). Con el canal completo, la página y la
 * hoja muestran el canal con su fuente. Se revisa el HTML construido.
 */
test('completo: el canal con su fecha y su fuente en la página, y el canal en la lista y en la hoja', () => {
  const lleno = sitioConstruido('programa-lleno');
  expect(lleno.capitulo).toEqual([
    {
      estado: 'confirmado',
      texto:
        'Cómo consultar al Programa: Programa de prueba · 0221 400-0000 · programa@ejemplo.gob.ar · Lunes a viernes de 9 a 17. Fuera de ese horario: Llamá a la línea 145. Dato confirmado el 1 de noviembre de 2026. Fuente: Nota de prueba del Programa.',
      enlaces: ['tel:+542214000000', 'mailto:programa@ejemplo.gob.ar'],
    },
  ]);
  const hojaLlena = {
    estado: 'confirmado',
    texto: 'Cómo consultar al Programa: Programa de prueba · 0221 400-0000 · programa@ejemplo.gob.ar · Lunes a viernes de 9 a 17. Fuera de ese horario: Llamá a la línea 145.',
    enlaces: ['tel:+542214000000', 'mailto:programa@ejemplo.gob.ar'],
  };
  expect(lleno.protocolo).toEqual([hojaLlena]);
  expect(lleno.hoja).toEqual([hojaLlena]);
});
