import { parse } from 'node-html-parser';
import { expect, test } from '@playwright/test';
import { sitioConstruido } from './recuadros.ts';

/**
 * Sitio de prueba tests/fixtures/programa, con `programa.yaml` vacío (como está hoy en content/):
 * cada página y cada hoja que manda a consultar al Programa muestra la línea 145 con lo que pone en
 * marcha. Se revisa el HTML construido (no hace falta un navegador). Con el canal completo:
 * tests/e2e/programa-lleno/.
 */
test('vacío: la línea 145, qué pone en marcha y cómo consultar sin datos, en la página y en la hoja', () => {
  const vacio = sitioConstruido('programa');
  expect(vacio.capitulo).toHaveLength(1);
  expect(vacio.capitulo[0]!.estado).toBe('sin-confirmar');
  expect(vacio.capitulo[0]!.texto).toContain('El Programa todavía no confirmó su canal para los municipios. Mientras tanto, llamá a la línea 145, que atiende las 24 horas.');
  expect(vacio.capitulo[0]!.texto).toContain('Qué pone en marcha la llamada. Quien atiende manda lo que contás a PROTEX, que lo revisa y decide si lo lleva a la justicia, lo deriva o lo archiva.');
  expect(vacio.capitulo[0]!.texto).toContain('Para consultar sin identificar a nadie.');
  expect(vacio.capitulo[0]!.texto).toContain('Consultar no reemplaza la denuncia.');
  expect(vacio.capitulo[0]!.enlaces).toContain('tel:145');
  const hojaVacia = {
    estado: 'sin-confirmar',
    texto:
      'Programa: canal todavía sin confirmar; mientras tanto, llamá al 145 (24 h). PROTEX revisa cada llamada y puede llevarla ante un juzgado: si solo buscás orientación, no des datos que identifiquen a nadie. No reemplaza una denuncia obligatoria.',
    enlaces: ['tel:145'],
  };
  // La lista en la página del protocolo y la hoja para imprimir llevan la misma línea.
  expect(vacio.protocolo).toEqual([hojaVacia]);
  expect(vacio.hoja).toEqual([hojaVacia]);
});

test('las preguntas para el Programa no se muestran a quien lee: están en /pendientes/, fuera del buscador y del menú', () => {
  const vacio = sitioConstruido('programa');
  // Solo la línea corta, si la hay.
  const capitulo = parse(vacio.html('guia/capitulo')).querySelector('.sl-markdown-content')!.structuredText;
  expect(capitulo).not.toContain('Pregunta de prueba');
  expect(capitulo).not.toContain('Otra pregunta de prueba');
  expect(capitulo).toContain('El Programa todavía no confirmó este dato: mientras tanto, llamá al 145.');
  // Quien edita las tiene en /pendientes/, una página fuera del buscador y del menú.
  const pendientes = vacio.html('pendientes');
  expect(pendientes).toContain('Pregunta de prueba solo para quien edita.');
  expect(pendientes).toContain('Otra pregunta de prueba.');
  expect(pendientes).not.toContain('data-pagefind-body');
  expect(vacio.html('guia/capitulo')).not.toContain('href="/pendientes/"');
});
