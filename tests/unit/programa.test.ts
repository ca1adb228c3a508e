import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { leerDatos } from '../../src/lib/datos.ts';
import { formatearProblema } from '../../src/lib/errores.ts';
import { informeDePendientes, leerPendientes, pendientesDeTexto } from '../../src/lib/pendientes.ts';

/**
 * El canal del Programa (`programa.yaml`): vacío, cada página y cada hoja que manda a consultar al
 * Programa muestra la línea 145 con lo que pone en marcha; completo, muestra el canal.
 */
const FIXTURE = 'tests/fixtures/minimo';
/** El canal completo del sitio de prueba «con-contactos» (scripts/lib/sitios.ts). */
const LLENO = readFileSync('tests/fixtures/con-contactos/programa.yaml', 'utf-8');
/** El archivo con todos los campos y ninguno completado. */
const VACIO = ['nombre:', 'telefonos: []', 'correo:', 'horario:', 'fuera_de_horario:', 'fuente:', 'verificado:', 'verificado_por:', ''].join('\n');

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
    expect(leerDatos(copiaCon(VACIO)).datos!.programa).toEqual({ estado: 'sin-confirmar' });
    expect(leerDatos(FIXTURE).datos!.programa).toEqual({ estado: 'sin-confirmar' });
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

// El canal en las páginas y en las hojas impresas construidas: vacío en el sitio real
// (tests/e2e/programa.test.ts), completo en el sitio de prueba «con-contactos» (tests/e2e/con-contactos/programa.test.ts).
