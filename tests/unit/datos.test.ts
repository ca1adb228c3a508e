import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { leerDatos } from '../../src/lib/datos.ts';
import { formatearProblema } from '../../src/lib/errores.ts';

/** Copia el contenido mínimo de prueba y reemplaza un archivo de datos; devuelve los problemas. */
function problemasCon(archivo: string, texto: string): string[] {
  const raiz = mkdtempSync(join(tmpdir(), 'guia-datos-'));
  cpSync('tests/fixtures/minimo', raiz, { recursive: true });
  writeFileSync(join(raiz, archivo), texto);
  return leerDatos(raiz).problemas.map((p) => formatearProblema({ ...p, archivo: p.archivo.replace(/^.*guia-datos-[^/]+\//, '') }));
}

const original = (archivo: string) => readFileSync(join('tests/fixtures/minimo', archivo), 'utf-8');

describe('el contenido real', () => {
  const { datos, problemas } = leerDatos('content');

  test('carga sin problemas', () => {
    expect(problemas.map(formatearProblema)).toEqual([]);
  });

  test('cada línea tiene fuente y fecha de revisión, y solo se citan fuentes de confianza alta o media', () => {
    expect(datos!.lineas.map((l) => l.id)).toEqual(['145', '911', '102', '144']);
    for (const l of datos!.lineas) {
      expect(l.fuente.length).toBeGreaterThan(0);
      expect(l.verificacion.fecha).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(new Set(datos!.fuentes.map((f) => f.confianza))).toEqual(new Set(['alta', 'media']));
  });

  test('una línea es un número corto: un 0800 sin verificar no puede figurar como línea (facts 5.7)', () => {
    expect(problemasCon('lineas.yaml', original('lineas.yaml').replace("marcar: '145'", "marcar: '0800-666-4403'"))).toEqual([
      "lineas.yaml:3 › [0].marcar: escribí solo el número corto que se marca, por ejemplo '145' (entre comillas).",
    ]);
  });

  test('el glosario tiene al menos 20 términos y todos apuntan a páginas que existen', () => {
    expect(datos!.glosario.length).toBeGreaterThanOrEqual(20);
    for (const t of datos!.glosario) for (const p of t.relacionadas) expect(datos!.paginas).toContain(p);
  });
});

describe('errores en los archivos de datos, con archivo, línea y campo', () => {
  test('el contenido mínimo de prueba es válido', () => {
    expect(leerDatos('tests/fixtures/minimo').problemas).toEqual([]);
  });

  test('una fuente inexistente, con sugerencia', () => {
    expect(problemasCon('glosario.yaml', original('glosario.yaml').replace('fuente: [ley-26364]', 'fuente: [ley-2636]'))).toEqual([
      expect.stringMatching(/^glosario\.yaml:5 › \[0\]\.fuente\[0\]: "ley-2636" no existe en .*fuentes\.yaml\. ¿Quisiste decir "ley-26364"\?$/),
    ]);
  });

  test('una sola fuente se puede escribir sin corchetes; inexistente, igual se señala', () => {
    expect(problemasCon('glosario.yaml', original('glosario.yaml').replace('fuente: [ley-26364]', 'fuente: ley-26364'))).toEqual([]);
    expect(problemasCon('glosario.yaml', original('glosario.yaml').replace('fuente: [ley-26364]', 'fuente: ley-2636'))).toEqual([
      expect.stringMatching(/^glosario\.yaml:5 › \[0\]\.fuente\[0\]: "ley-2636" no existe en .*fuentes\.yaml\. ¿Quisiste decir "ley-26364"\?$/),
    ]);
    expect(problemasCon('glosario.yaml', original('glosario.yaml').replace('fuente: [ley-26364]', 'fuente: 12'))).toEqual([
      'glosario.yaml:5 › [0].fuente: se esperaba una lista (líneas que empiezan con «- »), pero hay el número 12.',
    ]);
  });

  test('una página relacionada que no existe', () => {
    expect(problemasCon('glosario.yaml', original('glosario.yaml').replace('[capitulo]', '[capitulo, protocolos]'))).toEqual([
      expect.stringMatching(/^glosario\.yaml:6 › \[0\]\.relacionadas\[1\]: "protocolos" no existe en las páginas de .*guia\.$/),
    ]);
  });

  test('un id repetido', () => {
    const doble = original('actores.yaml') + original('actores.yaml');
    expect(problemasCon('actores.yaml', doble)).toEqual([
      'actores.yaml:7 › [1].id: el id "servicio-local" está repetido: ya lo usa el elemento [0]. Cada id debe ser único; cambiá uno de los dos.',
    ]);
  });

  test('HTML en un dato', () => {
    expect(problemasCon('lineas.yaml', original('lineas.yaml').replace('nombre: Línea 145', 'nombre: "<script>alert(1)</script>"'))).toEqual([
      'lineas.yaml:2 › [0].nombre: no puede contener HTML (etiquetas como <b> o <script>, ni entidades como &amp;). Escribí solo texto.',
    ]);
  });

  test('una fecha de revisión en el futuro', () => {
    expect(problemasCon('lineas.yaml', original('lineas.yaml').replace('2026-01-15', '2999-01-01'))).toEqual([
      'lineas.yaml:10 › [0].verificacion.fecha: está en el futuro. Poné la fecha en que efectivamente se hizo.',
    ]);
  });

  test('una línea sin fuente', () => {
    expect(problemasCon('lineas.yaml', original('lineas.yaml').replace('  fuente: [ley-26364]\n', ''))).toEqual([
      'lineas.yaml:1 › [0].fuente: falta este dato. Agregalo: es obligatorio.',
    ]);
  });

  test('un nivel de actor desconocido', () => {
    expect(problemasCon('actores.yaml', original('actores.yaml').replace('nivel: municipal', 'nivel: municipio'))).toEqual([
      'actores.yaml:3 › [0].nivel: el texto "municipio" no es una opción válida. Usá una de estas: municipal, provincial, nacional, judicial, sociedad-civil, programa. ¿Quisiste decir "municipal"?',
    ]);
  });

  test('YAML roto', () => {
    expect(problemasCon('fuentes.yaml', original('fuentes.yaml').replace("hechos: ['1.1']", "hechos: ['1.1'")) ).toEqual([
      expect.stringMatching(/^fuentes\.yaml:\d+: el archivo no es YAML válido \(.+\)\. Revisá la sangría, los dos puntos y las comillas cerca de esa línea\.$/),
    ]);
  });

  test('un archivo de datos vacío', () => {
    expect(problemasCon('lineas.yaml', '# nada\n')).toEqual([
      'lineas.yaml: el archivo está vacío. Debe tener una lista de elementos, cada uno empezando con «- ».',
    ]);
  });

  // Más clases de error, cada una con el archivo, la línea y el campo exactos.
  test.each([
    [
      'un campo que no existe',
      'lineas.yaml',
      (t: string) => t.replace('  alcance: nacional\n', '  alcance: nacional\n  telefono_alternativo: \'0800\'\n'),
      'lineas.yaml:8 › [0].telefono_alternativo: este campo no existe. Revisá cómo está escrito o borralo.',
    ],
    [
      'un tipo equivocado (texto donde va true o false)',
      'lineas.yaml',
      (t: string) => t.replace('  alcance: nacional\n', '  alcance: nacional\n  gratuita: sí\n'),
      'lineas.yaml:8 › [0].gratuita: se esperaba true o false, pero hay el texto "sí".',
    ],
    [
      'una fecha que no existe',
      'lineas.yaml',
      (t: string) => t.replace('fecha: 2026-01-15', "fecha: '2026-13-45'"),
      'lineas.yaml:10 › [0].verificacion.fecha: el texto "2026-13-45" no es una fecha válida. Escribila como AAAA-MM-DD.',
    ],
    [
      'una dirección web inválida',
      'fuentes.yaml',
      (t: string) => t.replace('  confianza: alta\n', '  confianza: alta\n  url: www.infoleg.gob.ar\n'),
      'fuentes.yaml:7 › [0].url: el texto "www.infoleg.gob.ar" no es una dirección web válida. Debe empezar con https://.',
    ],
    [
      'un campo escrito dos veces',
      'lineas.yaml',
      (t: string) => t.replace('  alcance: nacional\n', '  alcance: nacional\n  alcance: provincial\n'),
      'lineas.yaml:8 › alcance: este campo aparece dos veces. Dejá uno solo (borrá el que sobra).',
    ],
    [
      'un id con mayúsculas o espacios',
      'actores.yaml',
      (t: string) => t.replace('id: servicio-local', 'id: Servicio Local'),
      'actores.yaml:1 › [0].id: debe tener solo minúsculas sin tildes, números y guiones (ejemplo: servicio-local).',
    ],
  ])('%s', (_nombre, archivo, cambio, esperado) => {
    const texto = original(archivo);
    expect(cambio(texto), 'el cambio de prueba se aplicó').not.toBe(texto);
    expect(problemasCon(archivo, cambio(texto))).toEqual([esperado]);
  });

  test('un archivo de datos que falta', () => {
    const raiz = mkdtempSync(join(tmpdir(), 'guia-datos-'));
    cpSync('tests/fixtures/minimo', raiz, { recursive: true });
    rmSync(join(raiz, 'actores.yaml'));
    expect(leerDatos(raiz).problemas.map((p) => p.mensaje)).toEqual([
      'falta este archivo de datos. Restauralo desde el historial del repositorio.',
    ]);
  });
});
