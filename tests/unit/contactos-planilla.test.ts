import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, test } from 'vitest';
import { contactosImportar } from '../../scripts/contactos-importar.ts';
import { juntarSalida } from '../../scripts/lib/proceso.ts';
import { aplicarCambios, COLUMNAS, decodificarCsv, fechaIso, planilla } from '../../scripts/lib/planilla-contactos.ts';
import { datosAbiertosDe } from '../../src/lib/datos-abiertos.ts';
import { cargarDatos } from '../../src/lib/datos.ts';
import { cargarMunicipios } from '../../src/lib/municipios/lectura.ts';
import { validarContenido } from '../../src/lib/validacion.ts';

const FIXTURE = 'tests/fixtures/con-contactos';
const PLANILLAS = 'tests/fixtures/planillas';
const HOY = '2026-11-27';

function copia(): string {
  const raiz = mkdtempSync(join(tmpdir(), 'guia-planilla-'));
  cpSync(FIXTURE, join(raiz, 'content'), { recursive: true });
  return join(raiz, 'content');
}

/**
 * Corre `npm run contactos:importar` sobre una copia del contenido, en este mismo proceso (la función
 * del comando: ~0,7 s de procesador menos por llamada que un Node aparte); devuelve lo que muestra
 * (lo de `console.log` y después lo de `console.error`, como `stdout + stderr`) y el código de salida.
 * Que el comando de la consola hace lo mismo lo revisa la última prueba de este grupo.
 */
async function importarCon(raiz: string, archivo: string, ...opciones: string[]) {
  const salida = juntarSalida();
  const codigo = await contactosImportar(['--contenido', raiz, ...opciones, archivo], salida);
  return { salida: (salida.stdout + salida.stderr).split(`${raiz}/`).join(''), codigo };
}

const leer = (raiz: string, partido: string) => readFileSync(join(raiz, 'municipios', `${partido}.yaml`), 'utf-8');
const todos = (raiz: string) => Object.fromEntries(readdirSync(join(raiz, 'municipios')).filter((f) => f.endsWith('.yaml')).map((f) => [f, leer(raiz, f.replace('.yaml', ''))]));
const filasDe = (texto: string): string[][] => parse(texto, { delimiter: ';', bom: true });

describe('npm run contactos:planilla', () => {
  const texto = planilla(cargarMunicipios(FIXTURE), cargarDatos(FIXTURE).actores, HOY);
  const [encabezado, ...filas] = filasDe(texto);

  test('CSV en UTF-8 con BOM, separado por «;», con fin de línea de Windows y encabezados en castellano', () => {
    expect(texto.startsWith('\uFEFFPartido;Sección;Área;Nombre de la oficina;')).toBe(true);
    expect(texto.split('\r\n')).toHaveLength(filas.length + 2);
    expect(encabezado).toEqual(COLUMNAS.map((c) => c.titulo));
  });

  test('una fila por partido y área municipal: los contactos que hay y blancos donde faltan, con qué falta', () => {
    const municipales = cargarDatos(FIXTURE).actores.filter((a) => a.nivel === 'municipal');
    // 3 partidos × 8 áreas municipales; cada área con contactos ocupa una fila por contacto (ninguna tiene dos).
    expect(filas).toHaveLength(3 * municipales.length);
    const dePehuajo = filas.filter((f) => f[0] === 'Pehuajó');
    expect(dePehuajo.find((f) => f[2] === 'Servicio Local de Promoción y Protección de Derechos')).toEqual([
      'Pehuajó',
      'Cuarta sección',
      'Servicio Local de Promoción y Protección de Derechos',
      'Servicio Local de Promoción y Protección de Derechos (dato ficticio)',
      '02396 40-0000 / 02396 15-40-0001', // como los muestra la página (el esquema los deja analizados)
      'servicio.local@ejemplo.gob.ar',
      'Calle Ficticia 123, Pehuajó',
      'Lunes a viernes de 8 a 14',
      'Dato ficticio para pruebas',
      '2026-11-01',
      'Equipo de pruebas',
      'Nada: verificado el 1 de noviembre de 2026.',
    ]);
    expect(dePehuajo.find((f) => f[2] === 'Área de género del municipio')!.at(-1)).toBe(
      'A revisar: se verificó el 10 de mayo de 2024, hace más de 12 meses. Confirmalo y poné la fecha nueva.',
    );
    expect(dePehuajo.find((f) => f[2] === 'Área de Derechos Humanos del municipio')!.slice(3)).toEqual([
      ...Array(8).fill(''),
      'Falta el contacto: conseguilo, con de dónde sale el dato (Fuente) y la fecha en que lo confirmaste.',
    ]);
  });
});

describe('npm run contactos:importar', { timeout: 120_000 }, () => {
  test('la planilla sin tocar vuelve sin cambios; tres filas completadas llegan al YAML, al JSON y al CSV', async () => {
    const raiz = copia();
    const original = planilla(cargarMunicipios(raiz), cargarDatos(raiz).actores, HOY);
    const dir = mkdtempSync(join(tmpdir(), 'guia-planilla-csv-'));
    writeFileSync(join(dir, 'sin-tocar.csv'), original);
    const sinTocar = await importarCon(raiz, join(dir, 'sin-tocar.csv'));
    expect(sinTocar.salida).toContain('✓ 0 agregados, 0 actualizados, 24 sin cambios, 0 con errores.');
    expect(sinTocar.codigo).toBe(0);

    const [encabezado, ...filas] = filasDe(original);
    const completar = (partido: string, area: string, valores: string[]) => {
      const fila = filas.find((f) => f[0] === partido && f[2] === area)!;
      fila.splice(3, 8, ...valores);
    };
    completar('General Pueyrredón', 'Servicio Local de Promoción y Protección de Derechos', ['Servicio Local (dato ficticio)', '(0223) 400-0000', '', '', '', 'Llamada al área', '2026-11-20', '']);
    completar('La Plata', 'Área de género del municipio', ['Dirección de Género (dato ficticio)', '(0221) 400-0110', '', 'Calle 1 nº 2', '', 'Llamada al área', '2026-11-21', '']);
    completar('Pehuajó', 'Área de Derechos Humanos del municipio', ['Derechos Humanos (dato ficticio)', '(02396) 40-0009', '', '', '', 'Llamada al área', '2026-11-22', '']);
    writeFileSync(join(dir, 'completada.csv'), stringify([encabezado!, ...filas], { delimiter: ';', bom: true, record_delimiter: 'windows' }));

    const { salida, codigo } = await importarCon(raiz, join(dir, 'completada.csv'));
    expect(salida).toContain('✓ 3 agregados, 0 actualizados, 21 sin cambios, 0 con errores.');
    expect(codigo).toBe(0);
    expect(validarContenido(raiz).problemas.filter((p) => p.gravedad !== 'advertencia')).toEqual([]);

    const datos = datosAbiertosDe(raiz, HOY);
    const json = JSON.parse(datos.get('municipios.json')!).municipios as Array<{ slug: string; contactos: Array<{ nombre: string }> }>;
    const csv = datos.get('municipios.csv')!;
    for (const [slug, nombre] of [
      ['general-pueyrredon', 'Servicio Local (dato ficticio)'],
      ['la-plata', 'Dirección de Género (dato ficticio)'],
      ['pehuajo', 'Derechos Humanos (dato ficticio)'],
    ] as const) {
      expect(json.find((m) => m.slug === slug)!.contactos.map((c) => c.nombre)).toContain(nombre);
      expect(csv).toContain(`: ${nombre} | Teléfonos:`);
    }
  });

  test('filas buenas y una repetida: escribe las buenas, conserva comentarios y orden, y marca la repetida', async () => {
    const raiz = copia();
    const antes = todos(raiz);
    const { salida, codigo } = await importarCon(raiz, `${PLANILLAS}/buenas.csv`);
    expect(salida).toBe(
      [
        'fila 2: agregado — General Pueyrredón, Servicio Local Zona Centro (dato ficticio) (municipios/general-pueyrredon.yaml)',
        'fila 3: actualizado — Pehuajó, Dirección de Género (dato ficticio) (municipios/pehuajo.yaml)',
        'fila 6 › nombre: repite la fila 2 (el mismo partido, área y nombre de oficina). Dejá una sola.',
        '',
        '✗ 1 agregado, 1 actualizado, 2 sin cambios, 1 con errores.',
        'Revisá los cambios con `git diff content/municipios` y `npm run validate`, y subilos en un pull request.',
        'Las filas con errores no se escribieron: corregilas en la planilla y volvé a importarla (las que ya entraron quedan «sin cambios»).',
        '',
      ].join('\n'),
    );
    expect(codigo).toBe(1);
    // El contacto actualizado gana el correo en su lugar y la fecha nueva; lo demás del archivo queda igual.
    expect(leer(raiz, 'pehuajo')).toBe(
      antes['pehuajo.yaml']!.replace(
        "    telefonos: ['(02396) 40-0002']\n    fuente: Dato ficticio para pruebas\n    verificado: 2024-05-10\n",
        "    telefonos: ['(02396) 40-0002']\n    correo: genero@ejemplo.gob.ar\n    fuente: Dato ficticio para pruebas\n    verificado: 2026-11-20\n",
      ),
    );
    // `contactos: []` pasa a ser una lista; los comentarios del archivo siguen ahí.
    expect(leer(raiz, 'general-pueyrredon')).toBe(
      antes['general-pueyrredon.yaml']!.replace(
        'contactos: []\n',
        [
          'contactos:',
          '  - area: servicio-local',
          '    nombre: Servicio Local Zona Centro (dato ficticio)',
          "    telefonos: ['(0223) 400-0000', '(0223) 15 400-0001']",
          '    horario: Lunes a viernes; de 8 a 14',
          '    fuente: Llamada al área (prueba)',
          '    verificado: 2026-11-20',
          '    verificado_por: Equipo de pruebas',
          '',
        ].join('\n'),
      ),
    );
    expect(leer(raiz, 'la-plata')).toBe(antes['la-plata.yaml']);
    expect(validarContenido(raiz).problemas.filter((p) => p.gravedad !== 'advertencia')).toEqual([]);
  });

  test('teléfono mal escrito, partido y área desconocidos, sin fuente, fecha futura y fila más vieja que el dato: una línea por error y nada escrito para ellas', async () => {
    const raiz = copia();
    const antes = todos(raiz);
    const { salida, codigo } = await importarCon(raiz, `${PLANILLAS}/errores.csv`);
    expect(salida.split('\n').slice(0, 8)).toEqual([
      'fila 8: agregado — La Plata, Hospital de prueba (dato ficticio) (municipios/la-plata.yaml)',
      'fila 2 › telefonos[0]: "(0221) 12" no es un teléfono válido de la Argentina: le faltan cifras (puede faltar la característica o parte del número). Escribilo con característica, por ejemplo (0221) 400-0000.',
      'fila 3 › partido: "Pehuaja" no es un partido de la provincia. ¿Quisiste decir "Pehuajó"? Escribí el nombre del partido como en la planilla.',
      'fila 4 › area: "Área de Cultura" no existe en actores.yaml. Escribí el área como en la planilla.',
      'fila 5 › fuente: falta este dato. Agregalo: es obligatorio.',
      'fila 6 › verificado: está en el futuro. Poné la fecha en que efectivamente se hizo.',
      'fila 7 › verificado: es anterior a la verificación que ya tiene este contacto en municipios/pehuajo.yaml (2026-11-01). No se reemplaza un dato por otro verificado antes; si el dato nuevo es correcto, poné la fecha en que lo confirmaste.',
      '',
    ]);
    expect(salida).toContain('✗ 1 agregado, 0 actualizados, 0 sin cambios, 6 con errores.');
    expect(codigo).toBe(1);
    expect(leer(raiz, 'pehuajo')).toBe(antes['pehuajo.yaml']);
    expect(leer(raiz, 'general-pueyrredon')).toBe(antes['general-pueyrredon.yaml']);
    expect(leer(raiz, 'la-plata')).toContain('Hospital de prueba (dato ficticio)');
  });

  test('--prueba muestra los cambios sin escribir nada', async () => {
    const raiz = copia();
    const antes = todos(raiz);
    const { salida } = await importarCon(raiz, `${PLANILLAS}/buenas.csv`, '--prueba');
    expect(salida).toContain('fila 2: agregado — General Pueyrredón');
    expect(salida).toContain('Prueba: no se escribió ningún archivo.');
    expect(todos(raiz)).toEqual(antes);
  });

  test('lee un .xlsx (con la fecha como fecha de Excel)', async () => {
    const raiz = copia();
    const archivo = join(mkdtempSync(join(tmpdir(), 'guia-xlsx-')), 'contactos.xlsx');
    const fila = ['La Plata', 'Sección Capital', 'Área de género del municipio', 'Género en Excel (dato ficticio)', '(0221) 400-0120', '', '', '', 'Llamada al área'];
    await writeXlsxFile([
      COLUMNAS.map((c) => ({ value: c.titulo })),
      [...fila.map((value) => ({ value })), { value: new Date(Date.UTC(2026, 10, 3)), type: Date, format: 'dd/mm/yyyy' }, { value: '' }, { value: '' }],
    ]).toFile(archivo);
    const { salida, codigo } = await importarCon(raiz, archivo);
    expect(salida).toContain('fila 2: agregado — La Plata, Género en Excel (dato ficticio)');
    expect(codigo).toBe(0);
    expect(leer(raiz, 'la-plata')).toContain("  - area: area-genero\n    nombre: Género en Excel (dato ficticio)\n    telefonos: ['(0221) 400-0120']\n    fuente: Llamada al área\n    verificado: 2026-11-03\n");
  });

  test('lee el CSV que guarda Excel sin elegir UTF-8 (Windows-1252) y separado por comas', async () => {
    const raiz = copia();
    const texto = `${COLUMNAS.map((c) => c.titulo).join(',')}\r\nPehuajó,,Área de Desarrollo Social del municipio,Acción Social (dato ficticio),(02396) 40-0100,,,"Lunes a viernes, de 8 a 13",Llamada al área,3/11/2026,,\r\n`;
    const archivo = join(mkdtempSync(join(tmpdir(), 'guia-ansi-')), 'ansi.csv');
    writeFileSync(archivo, Buffer.from(texto, 'latin1'));
    expect(decodificarCsv(readFileSync(archivo))).toBe(texto);
    const { salida, codigo } = await importarCon(raiz, archivo);
    expect(salida).toContain('fila 2: agregado — Pehuajó, Acción Social (dato ficticio)');
    expect(codigo).toBe(0);
    expect(leer(raiz, 'pehuajo')).toContain('    horario: Lunes a viernes, de 8 a 13\n    fuente: Llamada al área\n    verificado: 2026-11-03\n');
  });

  test('falta una columna obligatoria: lo dice y no lee ninguna fila', async () => {
    const raiz = copia();
    const archivo = join(mkdtempSync(join(tmpdir(), 'guia-cols-')), 'corta.csv');
    writeFileSync(archivo, 'Partido;Área;Nombre de la oficina;Observaciones\r\nPehuajó;servicio-local;X;y\r\n');
    const { salida, codigo } = await importarCon(raiz, archivo);
    expect(salida).toContain('a la planilla le faltan las columnas «Teléfonos (separados por /)», «Fuente», «Verificado (AAAA-MM-DD)».');
    expect(salida).not.toContain('fila 2');
    expect(codigo).toBe(1);
  });

  test('una columna que no es de la planilla se avisa y no se lee', async () => {
    const raiz = copia();
    const archivo = join(mkdtempSync(join(tmpdir(), 'guia-extra-')), 'extra.csv');
    const fila = 'Pehuajó;Área de Desarrollo Social del municipio;Acción Social (dato ficticio);(02396) 40-0100;Llamada al área;2026-11-03;ignorame';
    writeFileSync(archivo, `Partido;Área;Nombre de la oficina;Teléfonos;Fuente;Verificado;Observaciones\r\n${fila}\r\n`);
    const { salida, codigo } = await importarCon(raiz, archivo);
    expect(salida.split('\n')[0]).toBe('Aviso: la columna «Observaciones» no es de la planilla de contactos; no se lee.');
    expect(salida).toContain('✓ 1 agregado, 0 actualizados, 0 sin cambios, 0 con errores.');
    expect(codigo).toBe(0);
    expect(leer(raiz, 'pehuajo')).not.toContain('ignorame');
  });

  test('el comando de la consola es la misma función: la misma salida y código 1 con filas con errores', async () => {
    const raiz = copia();
    const consola = spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/contactos-importar.ts', '--contenido', raiz, '--prueba', `${PLANILLAS}/errores.csv`], {
      encoding: 'utf-8',
    });
    expect(consola.status).toBe(1);
    const { salida, codigo } = await importarCon(raiz, `${PLANILLAS}/errores.csv`, '--prueba');
    expect(codigo).toBe(1);
    expect((consola.stdout + consola.stderr).split(`${raiz}/`).join('')).toBe(salida);
    expect(salida).toContain('✗ 1 agregado, 0 actualizados, 0 sin cambios, 6 con errores.');

    const sinPlanilla = spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/contactos-importar.ts', '--contenido', raiz], { encoding: 'utf-8' });
    expect([sinPlanilla.status, sinPlanilla.stdout, sinPlanilla.stderr]).toEqual([
      1,
      '',
      '✗ Falta la planilla: `npm run contactos:importar -- informes/contactos-planilla.csv` (o un .xlsx).\n',
    ]);
  });
});

test('fechaIso: acepta AAAA-MM-DD y D/M/AAAA (como las escribe Excel en castellano)', () => {
  expect(fechaIso('2026-03-01')).toBe('2026-03-01');
  expect(fechaIso('1/3/2026')).toBe('2026-03-01');
  expect(fechaIso('01-03-2026')).toBe('2026-03-01');
  expect(fechaIso('3/2026')).toBe('3/2026');
});

test('escribir sin cambios deja cada archivo de municipio del contenido real idéntico (comentarios, comillas, orden)', () => {
  const dir = 'content/municipios';
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const texto = readFileSync(join(dir, f), 'utf-8');
    expect(aplicarCambios(texto, []), f).toBe(texto);
  }
});
