import { parse } from 'node-html-parser';
import { expect, test } from '@playwright/test';
import { leerPendientes } from '../../src/lib/pendientes.ts';
import { sitioConstruido } from './canal-del-programa.ts';

/**
 * El canal del Programa con `content/programa.yaml` vacío, como está hoy: cada página y cada hoja que
 * manda a consultar al Programa muestra la línea 145 con lo que pone en marcha. Se revisa el HTML del
 * sitio real ya construido (no hace falta un navegador). Cuando el Programa confirme su canal, estas
 * pruebas fallan (y también tests/unit/programa.test.ts): el caso vacío pasa entonces a un sitio de
 * prueba. El canal completo: tests/e2e/con-contactos/programa.test.ts.
 */
const sitio = sitioConstruido('dist');

const hojaVacia = {
  estado: 'sin-confirmar',
  texto:
    'Programa: canal todavía sin confirmar; mientras tanto, llamá al 145 (24 h). PROTEX revisa cada llamada y puede llevarla ante un juzgado: si solo buscás orientación, no des datos que identifiquen a nadie. No reemplaza una denuncia obligatoria.',
  enlaces: ['tel:145'],
};

function recuadroDePagina(recuadro: { estado: string | undefined; texto: string; enlaces: Array<string | undefined> }) {
  expect(recuadro.estado).toBe('sin-confirmar');
  expect(recuadro.texto).toContain('El Programa todavía no confirmó su canal para los municipios. Mientras tanto, llamá a la línea 145, que atiende las 24 horas.');
  expect(recuadro.texto).toContain('Qué pone en marcha la llamada. Quien atiende manda lo que contás a PROTEX, que lo revisa y decide si lo lleva a la justicia, lo deriva o lo archiva.');
  expect(recuadro.texto).toContain('Para consultar sin identificar a nadie.');
  expect(recuadro.texto).toContain('Consultar no reemplaza la denuncia.');
  expect(recuadro.enlaces).toContain('tel:145');
}

test('vacío: la línea 145, qué pone en marcha y cómo consultar sin datos, en la página y en la hoja', () => {
  const capitulo = sitio.recuadros('guia/el-programa');
  expect(capitulo).toHaveLength(1);
  recuadroDePagina(capitulo[0]!);
  // En el protocolo: la lista de verificación lleva la línea corta de la hoja; el texto, el recuadro completo.
  const protocolo = sitio.recuadros('guia/protocolos/comunicacion-y-derivacion');
  expect(protocolo).toHaveLength(2);
  expect(protocolo[0]).toEqual(hojaVacia);
  recuadroDePagina(protocolo[1]!);
  // La hoja para imprimir: la misma línea al pie de la lista de cada protocolo.
  const protocolos = parse(sitio.html('imprimir/protocolos')).querySelectorAll('lista-verificacion').length;
  expect(protocolos).toBeGreaterThan(0);
  expect(sitio.recuadros('imprimir/protocolos')).toEqual(Array(protocolos).fill(hojaVacia));
});

test('las preguntas para el Programa no se muestran a quien lee: están en /pendientes/, fuera del buscador y del menú', () => {
  const pendientes = leerPendientes('content');
  // Hay de las dos clases: con la línea corta para quien lee (`mientras`) y sin ella.
  expect(pendientes.some((p) => p.mientras)).toBe(true);
  expect(pendientes.some((p) => !p.mientras)).toBe(true);
  const html = (pagina: string) => sitio.html(pagina.replace(/^\/|\/$/g, ''));
  for (const p of pendientes) {
    const texto = parse(html(p.pagina)).querySelector('.sl-markdown-content')!.structuredText.replace(/\s+/g, ' ');
    expect(texto, `${p.archivo}:${p.linea}`).not.toContain(p.pregunta);
    // Solo la línea corta, si la hay.
    if (p.mientras) expect(texto, `${p.archivo}:${p.linea}`).toContain(`El Programa todavía no confirmó este dato: mientras tanto, ${p.mientras}`);
    // El menú no la enlaza (el texto sí puede: «Acerca de esta guía» la nombra para quien edita).
    expect(parse(html(p.pagina)).querySelector('#starlight__sidebar')!.innerHTML, p.pagina).not.toContain('/pendientes/');
  }
  // Quien edita las tiene en /pendientes/, una página fuera del buscador y del menú.
  const pagina = html('pendientes');
  const enPendientes = parse(pagina).structuredText.replace(/\s+/g, ' ');
  for (const p of pendientes) expect(enPendientes, `${p.archivo}:${p.linea}`).toContain(p.pregunta);
  expect(pagina).not.toContain('data-pagefind-body');
});
