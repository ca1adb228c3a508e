import { expect, test } from '@playwright/test';
import { carpetaDeSalida, SITIOS_DE_PRUEBA } from '../../../scripts/lib/sitios.ts';
import { sitioConstruido } from '../canal-del-programa.ts';

/**
 * Sitio de prueba tests/fixtures/con-contactos, con el canal del Programa completo (su `programa.yaml`;
 * el de content/ está vacío y ese caso se revisa en el sitio real, tests/e2e/programa.test.ts). La
 * página y la hoja muestran el canal con su fuente. Se revisa el HTML construido.
 */
test('completo: el canal con su fecha y su fuente en la página, y el canal en la lista y en la hoja', () => {
  const lleno = sitioConstruido(carpetaDeSalida(SITIOS_DE_PRUEBA.find((s) => s.nombre === 'con-contactos')!));
  expect(lleno.recuadros('guia/capitulo')).toEqual([
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
  expect(lleno.recuadros('guia/protocolos/derivacion')).toEqual([hojaLlena]);
  expect(lleno.recuadros('imprimir/protocolos')).toEqual([hojaLlena]);
});
