import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { leerDatos } from '../../src/lib/datos.ts';
import { formatearProblema } from '../../src/lib/errores.ts';
import { informeDePendientes, leerPendientes, pendientesDeTexto } from '../../src/lib/pendientes.ts';

/**
 * El canal del Programa (`programa.yaml`): vacío, cada página y cada hoja que manda a consultar al
 * Programa muestra la línea 145 con lo que pone en marcha; completo, muestra el canal.
 */
const FIXTURE = 'tests/fixtures/programa';
const LLENO = readFileSync(join(FIXTURE, 'programa-lleno.yaml'), 'utf-8');

/** Copia el contenido de prueba con `programa.yaml` reemplazado por `texto`. */
function copiaCon(texto?: string): string {
  const raiz = mkdtempSync(join(tmpdir(), 'guia-programa-'));
  cpSync(FIXTURE, raiz, { recursive: true });
  if (texto !== undefined) writeFileSync(join(raiz, 'programa.yaml'), texto);
  return raiz;
}

const problemasCon = (texto: string) =>
  leerDatos(copiaCon(texto)).problemas.map((p) => formatearProblema({ ...p, archivo: p.archivo.replace(/^.*guia-programa-[^/]+\//, '') }));

describe('programa.yaml', () => {
  test('vacío (como está hoy en content/) o sin el archivo: el canal está sin confirmar', () => {
    expect(leerDatos('content').datos!.programa).toEqual({ estado: 'sin-confirmar' });
    expect(leerDatos(FIXTURE).datos!.programa).toEqual({ estado: 'sin-confirmar' });
    expect(leerDatos('tests/fixtures/minimo').datos!.programa).toEqual({ estado: 'sin-confirmar' });
  });

  test('completo: el canal con su fuente', () => {
    expect(leerDatos(copiaCon(LLENO)).datos!.programa).toEqual({
      estado: 'confirmado',
      nombre: 'Programa de prueba',
      // Analizado una sola vez por el esquema: para leer y para marcar.
      telefonos: [{ visible: '0221 400-0000', e164: '+542214000000', tipo: 'FIXED_LINE' }],
      correo: 'programa@ejemplo.gob.ar',
      horario: 'Lunes a viernes de 9 a 17',
      fuera_de_horario: 'Llamá a la línea 145.',
      fuente: 'Nota de prueba del Programa',
      verificado: '2026-11-01',
      verificado_por: 'Equipo de prueba',
    });
  });

  test('a medio completar: dice qué falta, con línea y campo', () => {
    expect(problemasCon(LLENO.replace('horario: Lunes a viernes de 9 a 17', 'horario:').replace('fuente: Nota de prueba del Programa', 'fuente:'))).toEqual([
      'programa.yaml:5 › horario: falta «horario». Con el canal cargado, completá también «nombre», «horario», «fuera_de_horario», «fuente», «verificado»; o dejá todos los campos vacíos.',
      'programa.yaml:7 › fuente: falta «fuente». Con el canal cargado, completá también «nombre», «horario», «fuera_de_horario», «fuente», «verificado»; o dejá todos los campos vacíos.',
    ]);
  });

  test('sin teléfono ni correo no hay canal; un teléfono mal escrito se señala', () => {
    expect(problemasCon(LLENO.replace("telefonos: ['(0221) 400-0000']", 'telefonos: []').replace('correo: programa@ejemplo.gob.ar', 'correo:'))).toEqual([
      'programa.yaml:3 › telefonos: falta cómo contactar al Programa: poné al menos un teléfono en «telefonos» o un «correo». Si todavía no hay canal confirmado, dejá todos los campos vacíos.',
    ]);
    expect(problemasCon(LLENO.replace("'(0221) 400-0000'", "'145'"))).toEqual([expect.stringMatching(/^programa\.yaml:3 › telefonos\[0\]: "145" no es un teléfono válido de la Argentina: /)]);
  });

  test('un campo desconocido o HTML en un texto se rechazan', () => {
    expect(problemasCon(`${LLENO}telefono: '(0221) 400-0000'\n`)).toEqual([expect.stringMatching(/^programa\.yaml(:\d+)? › /)]);
    expect(problemasCon(LLENO.replace('nombre: Programa de prueba', 'nombre: <b>Programa</b>'))).toEqual([
      'programa.yaml:2 › nombre: no puede contener HTML (etiquetas como <b> o <script>, ni entidades como &amp;). Escribí solo texto.',
    ]);
  });
});

describe('pendientes del Programa', () => {
  test('cada bloque <ACompletar> da su pregunta, su línea y la línea corta para lectores si la tiene', () => {
    const texto = ['---', 'title: X', '---', '', '<ACompletar>', 'Una  pregunta', 'en dos renglones.', '</ACompletar>', '', '<ACompletar mientras="llamá al 145.">', 'Otra.', '</ACompletar>'].join('\n');
    expect(pendientesDeTexto(texto)).toEqual([
      { linea: 5, pregunta: 'Una pregunta en dos renglones.' },
      { linea: 10, pregunta: 'Otra.', mientras: 'llamá al 145.' },
    ]);
  });

  test('el contenido real lista la pregunta sobre el art. 287 del CPP bonaerense, en la página del deber de denunciar', () => {
    const pendientes = leerPendientes('content');
    const art287 = pendientes.find((p) => p.pregunta.includes('art. 287 del Código Procesal Penal bonaerense'));
    expect(art287).toMatchObject({ archivo: 'content/guia/deber-de-denunciar.mdx', pagina: '/guia/deber-de-denunciar/', titulo: 'Deber de denunciar' });
    expect(informeDePendientes(pendientes)).toContain(`(\`content/guia/deber-de-denunciar.mdx:${art287!.linea}\`)`);
    // Todos los bloques del borrador están en la lista.
    const bloques = readFileSync('content/guia/deber-de-denunciar.mdx', 'utf-8').split('<ACompletar').length - 1;
    expect(bloques).toBeGreaterThan(0);
    expect(pendientes.filter((p) => p.archivo === 'content/guia/deber-de-denunciar.mdx')).toHaveLength(bloques);
  });
});

/** Construye el contenido de prueba y devuelve el texto de cada recuadro del canal en la página y en la hoja. */
function construir(raiz: string) {
  const salida = mkdtempSync(join(tmpdir(), 'guia-programa-build-'));
  const r = spawnSync('npx', ['astro', 'build', '--outDir', salida], {
    env: { ...process.env, GUIA_CONTENIDO: raiz, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf-8',
  });
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  const recuadros = (pagina: string) =>
    parse(readFileSync(join(salida, pagina, 'index.html'), 'utf-8'))
      .querySelectorAll('[data-canal]')
      .map((n) => ({ estado: n.getAttribute('data-canal'), texto: n.structuredText.replace(/\s+/g, ' ').trim(), enlaces: n.querySelectorAll('a').map((a) => a.getAttribute('href')) }));
  const html = (pagina: string) => readFileSync(join(salida, pagina, 'index.html'), 'utf-8');
  return {
    html,
    capitulo: recuadros('guia/capitulo'),
    protocolo: recuadros('guia/protocolos/derivacion'),
    hoja: recuadros('imprimir/protocolos'),
  };
}

describe('el canal en las páginas y en las hojas impresas', { timeout: 300_000 }, () => {
  test('vacío: la línea 145, qué pone en marcha y cómo consultar sin datos; completo: el canal', () => {
    const vacio = construir(copiaCon());
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

    // Las preguntas para el Programa no se muestran a quien lee: solo la línea corta, si la hay.
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

    const lleno = construir(copiaCon(LLENO));
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
});
