import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tablaCsv } from '../../scripts/contactos-informe.ts';
import { cargarDatos, leerDatos } from '../../src/lib/datos.ts';
import { ErrorDeContenido, formatearProblema } from '../../src/lib/errores.ts';
import { validarCobertura } from '../../src/lib/municipios/cobertura.ts';
import { coberturaDeContactos } from '../../src/lib/municipios/informe.ts';
import { cargarMunicipios, leerMunicipios as leerMunicipiosCon } from '../../src/lib/municipios/lectura.ts';
import { estadoContacto, estadoMunicipio } from '../../src/lib/municipios/vigencia.ts';
import { slugDe } from '../../src/lib/slugs.ts';
import { validarContenido } from '../../src/lib/validacion.ts';
import { SECCIONES } from '../../src/schemas/municipio.ts';

const FIXTURE = 'tests/fixtures/con-contactos';

/** Lee los municipios de `raiz` con los actores de sus archivos de datos, como lo hace la validación. */
const leerMunicipios = (raiz: string) => leerMunicipiosCon(raiz, leerDatos(raiz).validos.actores?.map((a) => a.id));

/** Copia el árbol de prueba con contactos en una carpeta temporal y deja que la prueba lo cambie. */
function copia(cambiar: (raiz: string) => void): string {
  const raiz = mkdtempSync(join(tmpdir(), 'guia-municipios-'));
  cpSync(FIXTURE, raiz, { recursive: true });
  cambiar(raiz);
  return raiz;
}

/** Los problemas de los municipios, con las rutas relativas a la carpeta temporal. */
function problemas(raiz: string): string[] {
  return leerMunicipios(raiz).problemas.map((p) => formatearProblema(p).split(`${raiz}/`).join(''));
}

/** Reemplaza un texto en un archivo de municipios del árbol de prueba y devuelve los problemas. */
function problemasCon(archivo: string, de: string, a: string): string[] {
  return problemas(
    copia((raiz) => {
      const ruta = join(raiz, 'municipios', archivo);
      const texto = readFileSync(ruta, 'utf-8');
      expect(texto).toContain(de);
      writeFileSync(ruta, texto.replace(de, a));
    }),
  );
}

describe('el contenido real', () => {
  const { municipios, problemas: encontrados } = leerMunicipios('content');

  test('tiene los 135 partidos, válidos, con slug y código INDEC únicos', () => {
    expect(encontrados.map(formatearProblema)).toEqual([]);
    expect(readdirSync('content/municipios').filter((f) => f.endsWith('.yaml'))).toHaveLength(135);
    expect(municipios).toHaveLength(135);
    expect(new Set(municipios!.map((m) => m.slug)).size).toBe(135);
    expect(new Set(municipios!.map((m) => m.indec)).size).toBe(135);
    for (const m of municipios!) {
      expect(m.archivo).toBe(`content/municipios/${m.slug}.yaml`);
      expect(m.slug).toBe(slugDe(m.nombre));
    }
  });

  test('partidos por sección: 24, 15, 19, 19, 27, 22, 8 y 1 (Capital)', () => {
    const porSeccion = Object.keys(SECCIONES).map((n) => municipios!.filter((m) => String(m.seccion) === n).length);
    expect(porSeccion).toEqual([24, 15, 19, 19, 27, 22, 8, 1]);
    expect(municipios!.find((m) => m.seccion === 8)?.nombre).toBe('La Plata');
  });

  test('Lezama, el partido más nuevo, está', () => {
    expect(municipios!.find((m) => m.slug === 'lezama')).toMatchObject({
      nombre: 'Lezama',
      cabecera: 'Lezama',
      seccion: 5,
      indec: '06466',
      departamento_judicial: 'Dolores',
    });
  });

  test('Coronel de Marina Leonardo Rosales, también llamado Coronel Rosales, con cabecera en Punta Alta', () => {
    expect(municipios!.find((m) => m.slug === 'coronel-de-marina-leonardo-rosales')).toMatchObject({
      nombre: 'Coronel de Marina Leonardo Rosales',
      cabecera: 'Punta Alta',
      seccion: 6,
      indec: '06182',
      variantes: ['Coronel Rosales', 'CORONEL DE MARINA L. ROSALES'],
      departamento_judicial: 'Bahía Blanca',
    });
  });

  test('ordenados por nombre, en castellano', () => {
    const nombres = municipios!.map((m) => m.nombre);
    expect(nombres.slice(0, 3)).toEqual(['9 de Julio', '25 de Mayo', 'Adolfo Alsina']);
    expect(nombres.indexOf('Chascomús')).toBeLessThan(nombres.indexOf('Chivilcoy'));
  });

  // La única validación completa del contenido real en las pruebas unitarias (la de los protocolos y
  // la de «¿Qué hago ahora?» están incluidas): ni un error ni una advertencia en todo content/.
  test('la validación completa los cuenta y no avisa nada', () => {
    const { problemas: todos, revisados } = validarContenido('content');
    expect(todos.map(formatearProblema)).toEqual([]);
    expect(revisados).toBeGreaterThanOrEqual(135);
  });

  test('avisa (sin fallar) si falta un partido de la lista', () => {
    const sinLezama = municipios!.filter((m) => m.slug !== 'lezama');
    expect(validarCobertura('content', sinLezama).map(formatearProblema)).toEqual([
      'content/municipios/lezama.yaml: Advertencia: falta el archivo del partido Lezama (código INDEC 06466). Restauralo desde el historial del repositorio.',
      'content/municipios: Advertencia: hay 134 partidos y la provincia tiene 135.',
    ]);
    // Los árboles de prueba no tienen la lista de partidos: no se revisa la cobertura.
    expect(validarCobertura(FIXTURE, [])).toEqual([]);
  });
});

describe('el árbol de prueba con contactos', () => {
  test('es válido y usa áreas de content/actores.yaml', () => {
    expect(validarContenido(FIXTURE).problemas.map(formatearProblema)).toEqual([]);
    const reales = new Set(cargarDatos('content').actores.map((a) => a.id));
    const municipios = cargarMunicipios(FIXTURE);
    expect(municipios.map((m) => m.slug)).toEqual(['general-pueyrredon', 'la-plata', 'pehuajo']);
    for (const m of municipios) for (const c of m.contactos) expect(reales).toContain(c.area);
    expect(municipios.find((m) => m.slug === 'pehuajo')!.contactos.map((c) => c.verificado)).toEqual(['2026-11-01', '2024-05-10']);
  });
});

describe('errores en un municipio, con archivo, línea y campo', () => {
  test('el slug no coincide con el nombre del archivo', () => {
    expect(problemasCon('pehuajo.yaml', 'slug: pehuajo', 'slug: pehuajo-centro')).toEqual([
      'municipios/pehuajo.yaml:17 › slug: debe ser igual al nombre del archivo sin ".yaml" ("pehuajo"), pero dice "pehuajo-centro". Cambiá uno de los dos para que coincidan.',
    ]);
  });

  test('un slug repetido: el aviso va en el archivo que no coincide con su nombre', () => {
    const raiz = copia((r) => {
      const texto = readFileSync(join(r, 'municipios', 'pehuajo.yaml'), 'utf-8');
      writeFileSync(join(r, 'municipios', 'pehuajo-2.yaml'), texto.replace("indec: '06609'", "indec: '06999'"));
    });
    expect(problemas(raiz)).toEqual([
      'municipios/pehuajo-2.yaml:17 › slug: debe ser igual al nombre del archivo sin ".yaml" ("pehuajo-2"), pero dice "pehuajo". Cambiá uno de los dos para que coincidan.',
      'municipios/pehuajo-2.yaml:17 › slug: el slug "pehuajo" ya lo usa municipios/pehuajo.yaml. Cada partido tiene su propio slug.',
    ]);
  });

  test('un código INDEC repetido nombra los dos archivos', () => {
    expect(problemasCon('pehuajo.yaml', "indec: '06609'", "indec: '06441'")).toEqual([
      'municipios/pehuajo.yaml:21 › indec: el código INDEC "06441" ya lo usa municipios/la-plata.yaml. Cada partido tiene su propio código; revisá cuál es el correcto.',
    ]);
  });

  test('una sección que no existe', () => {
    expect(problemasCon('pehuajo.yaml', 'seccion: 4', 'seccion: 9')).toEqual([
      'municipios/pehuajo.yaml:20 › seccion: 9 no es una sección electoral. Usá un número del 1 al 8 (la 8 es la Sección Capital).',
    ]);
  });

  test('un código INDEC sin comillas', () => {
    expect(problemasCon('pehuajo.yaml', "indec: '06609'", 'indec: 6609')).toEqual([
      "municipios/pehuajo.yaml:21 › indec: se esperaba un texto, pero hay el número 6609. Si es un texto, escribilo entre comillas: '6609'.",
    ]);
  });

  test('un área que no existe, con sugerencia', () => {
    expect(problemasCon('pehuajo.yaml', 'area: area-genero', 'area: area-genro')).toEqual([
      'municipios/pehuajo.yaml:34 › contactos[1].area: "area-genro" no existe en actores.yaml. ¿Quisiste decir "area-genero"?',
    ]);
  });

  test('un teléfono inválido', () => {
    expect(problemasCon('pehuajo.yaml', "telefonos: ['(02396) 40-0002']", "telefonos: ['0 2396']")).toEqual([
      'municipios/pehuajo.yaml:36 › contactos[1].telefonos[0]: "0 2396" no es un teléfono válido de la Argentina: le faltan cifras (puede faltar la característica o parte del número). Escribilo con característica, por ejemplo (0221) 400-0000.',
    ]);
  });

  test('un número corto en lugar de un teléfono', () => {
    expect(problemasCon('pehuajo.yaml', "telefonos: ['(02396) 40-0002']", "telefonos: ['145']")).toEqual([
      'municipios/pehuajo.yaml:36 › contactos[1].telefonos[0]: "145" no es un teléfono válido de la Argentina: es un número corto, como los de las líneas 145 o 911. Esas líneas están en content/lineas.yaml; acá va un teléfono del área, con característica, por ejemplo (0221) 400-0000.',
    ]);
  });

  test('un correo inválido', () => {
    expect(problemasCon('pehuajo.yaml', 'correo: servicio.local@ejemplo.gob.ar', 'correo: servicio.local@')).toEqual([
      'municipios/pehuajo.yaml:28 › contactos[0].correo: el texto "servicio.local@" no es un correo electrónico válido (ejemplo: nombre@dominio.gob.ar).',
    ]);
  });

  test('una fecha de verificación en el futuro', () => {
    expect(problemasCon('pehuajo.yaml', 'verificado: 2024-05-10', 'verificado: 2999-01-01')).toEqual([
      'municipios/pehuajo.yaml:38 › contactos[1].verificado: está en el futuro. Poné la fecha en que efectivamente se hizo.',
    ]);
  });

  test('un contacto sin fuente', () => {
    expect(problemasCon('pehuajo.yaml', "telefonos: ['(02396) 40-0002']\n    fuente: Dato ficticio para pruebas\n", "telefonos: ['(02396) 40-0002']\n")).toEqual([
      'municipios/pehuajo.yaml:34 › contactos[1].fuente: falta este dato. Agregalo: es obligatorio.',
    ]);
  });

  test('un contacto sin teléfono ni correo', () => {
    expect(problemasCon('pehuajo.yaml', "    telefonos: ['(02396) 40-0002']\n", '')).toEqual([
      'municipios/pehuajo.yaml:34 › contactos[1]: falta una forma de contactar al área: poné al menos un teléfono en «telefonos» o un «correo».',
    ]);
  });

  test('HTML en un dato', () => {
    expect(problemasCon('pehuajo.yaml', 'nombre: Dirección de Género (dato ficticio)', 'nombre: "<b>Dirección de Género</b>"')).toEqual([
      'municipios/pehuajo.yaml:35 › contactos[1].nombre: no puede contener HTML (etiquetas como <b> o <script>, ni entidades como &amp;). Escribí solo texto.',
    ]);
  });

  test('un campo que no existe', () => {
    expect(problemasCon('la-plata.yaml', 'verificado: 2026-10-15', 'verificado: 2026-10-15\n    telefono: 0221 400-0000')).toEqual([
      'municipios/la-plata.yaml:31 › contactos[0].telefono: este campo no existe. Revisá cómo está escrito o borralo.',
    ]);
  });

  test('cargarMunicipios lanza ErrorDeContenido con todos los problemas; los archivos que no son .yaml se ignoran', () => {
    const raiz = copia((r) => {
      mkdirSync(join(r, 'municipios', 'datos'));
      writeFileSync(join(r, 'municipios', 'datos', 'partidos.csv'), 'nombre\n');
      writeFileSync(join(r, 'municipios', 'LEEME.md'), '# nada\n');
      writeFileSync(join(r, 'municipios', 'vacio.yaml'), '# nada\n');
    });
    expect(() => cargarMunicipios(raiz)).toThrow(ErrorDeContenido);
    expect(problemas(raiz)).toEqual([
      'municipios/vacio.yaml: el archivo está vacío. Copiá la estructura de otro municipio (slug, nombre, cabecera, seccion, indec, fuente, contactos).',
    ]);
    rmSync(join(raiz, 'municipios', 'vacio.yaml'));
    expect(cargarMunicipios(raiz)).toHaveLength(3);
  });
});

describe('estado de verificación', () => {
  const HOY = '2026-11-27';

  test('un contacto sigue verificado hasta 12 meses después, el mismo día', () => {
    expect(estadoContacto('2026-11-27', HOY)).toBe('verificado');
    expect(estadoContacto('2025-11-27', HOY)).toBe('verificado');
    expect(estadoContacto('2025-11-26', HOY)).toBe('a-revisar');
    expect(estadoContacto('2024-05-10', HOY)).toBe('a-revisar');
  });

  test('un municipio: sin datos, verificado si algún contacto lo está, si no a revisar', () => {
    const contacto = (verificado: string) => ({ area: 'salud', nombre: 'x', telefonos: [], fuente: 'x', verificado });
    expect(estadoMunicipio({ contactos: [] }, HOY)).toBe('sin-datos');
    expect(estadoMunicipio({ contactos: [contacto('2024-05-10'), contacto('2026-01-01')] }, HOY)).toBe('verificado');
    expect(estadoMunicipio({ contactos: [contacto('2024-05-10'), contacto('2025-11-26')] }, HOY)).toBe('a-revisar');
  });
});

describe('informe de contactos', () => {
  const municipales = ['referente-municipal', 'area-genero', 'servicio-local', 'desarrollo-social'];
  const cobertura = coberturaDeContactos(cargarMunicipios(FIXTURE), municipales, '2026-11-27');

  test('cobertura por partido (por sección y nombre) y por área', () => {
    expect(cobertura.partidos.map((p) => [p.seccion, p.nombre, p.estado, p.contactos, p.verificados, p.aRevisar, p.ultimaVerificacion])).toEqual([
      [4, 'Pehuajó', 'verificado', 2, 1, 1, '2026-11-01'],
      [5, 'General Pueyrredón', 'sin-datos', 0, 0, 0, undefined],
      [8, 'La Plata', 'verificado', 1, 1, 0, '2026-10-15'],
    ]);
    expect(cobertura.partidos[0]!.porArea).toEqual({
      'referente-municipal': 'falta',
      'area-genero': 'a-revisar',
      'servicio-local': 'verificado',
      'desarrollo-social': 'falta',
    });
    expect(cobertura.totales).toEqual({
      partidos: 3,
      verificados: 2,
      aRevisar: 0,
      sinDatos: 1,
      contactos: 3,
      contactosVerificados: 2,
      contactosARevisar: 1,
      porArea: {
        'referente-municipal': { verificado: 0, aRevisar: 0 },
        'area-genero': { verificado: 0, aRevisar: 1 },
        'servicio-local': { verificado: 1, aRevisar: 0 },
        'desarrollo-social': { verificado: 1, aRevisar: 0 },
      },
    });
  });

  test('un área que no estaba en la lista pedida se agrega al final', () => {
    expect(coberturaDeContactos(cargarMunicipios(FIXTURE), ['salud'], '2026-11-27').areas).toEqual([
      'salud',
      'desarrollo-social',
      'servicio-local',
      'area-genero',
    ]);
  });

  test('CSV: una fila por partido, una columna por área', () => {
    expect(tablaCsv(cobertura)).toBe(
      [
        'seccion,partido,slug,indec,estado,contactos,verificados,a_revisar,ultima_verificacion,referente-municipal,area-genero,servicio-local,desarrollo-social',
        'Cuarta sección,Pehuajó,pehuajo,06609,verificado,2,1,1,2026-11-01,falta,a revisar,verificado,falta',
        'Quinta sección,General Pueyrredón,general-pueyrredon,06357,sin datos,0,0,0,,falta,falta,falta,falta',
        'Sección Capital,La Plata,la-plata,06441,verificado,1,1,0,2026-10-15,falta,falta,falta,verificado',
        '',
      ].join('\n'),
    );
  });
});

describe('generar los archivos desde el CSV', () => {
  // Corre el generador dos veces como proceso aparte: con la máquina ocupada tarda varios segundos.
  test('crea uno por partido y nunca pisa uno existente sin --reemplazar', { timeout: 60_000 }, () => {
    const raiz = mkdtempSync(join(tmpdir(), 'guia-generar-'));
    mkdirSync(join(raiz, 'municipios', 'datos'), { recursive: true });
    cpSync('content/municipios/datos/partidos.csv', join(raiz, 'municipios', 'datos', 'partidos.csv'));
    const generar = (...args: string[]) =>
      execFileSync(process.execPath, ['--experimental-strip-types', 'scripts/municipios-desde-csv.ts', raiz, ...args], {
        encoding: 'utf-8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });

    expect(generar()).toContain('Creados: 135. Reemplazados: 0. Sin tocar (ya existían): 0.');
    const lezama = join(raiz, 'municipios', 'lezama.yaml');
    const original = readFileSync(lezama, 'utf-8');
    expect(original).toBe(readFileSync('content/municipios/lezama.yaml', 'utf-8'));
    writeFileSync(lezama, original.replace('contactos: []', 'contactos: [] # editado'));

    expect(generar()).toContain('Creados: 0. Reemplazados: 0. Sin tocar (ya existían): 135.');
    expect(readFileSync(lezama, 'utf-8')).toContain('# editado');
    expect(generar('--reemplazar')).toContain('Creados: 0. Reemplazados: 135. Sin tocar (ya existían): 0.');
    expect(readFileSync(lezama, 'utf-8')).toBe(original);
    expect(leerMunicipios(raiz).municipios).toHaveLength(135);
  });
});
