import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { leerDatos } from '../../src/lib/datos.ts';
import { formatearProblema } from '../../src/lib/errores.ts';
import { claveDePaso, idsDeProtocolos, renglonesImpresos, RENGLONES_POR_HOJA } from '../../src/lib/protocolos.ts';
import { leerFrontmatter, validarContenido } from '../../src/lib/validacion.ts';
import { protocolo, type Protocolo } from '../../src/schemas/protocolo.ts';

const BASE = 'tests/fixtures/minimo/guia/protocolos/derivacion.mdx';
const original = readFileSync(BASE, 'utf-8');

/** Problemas de `npm run validate` con el protocolo de prueba cambiado (solo los de ese archivo). */
function problemasCon(cambiar: (texto: string) => string): string[] {
  const raiz = mkdtempSync(join(tmpdir(), 'guia-protocolo-'));
  cpSync('tests/fixtures/minimo', raiz, { recursive: true });
  writeFileSync(join(raiz, 'guia/protocolos/derivacion.mdx'), cambiar(original));
  return validarContenido(raiz)
    .problemas.filter((p) => p.archivo.endsWith('derivacion.mdx'))
    .map((p) => formatearProblema({ ...p, archivo: 'derivacion.mdx' }));
}

describe('los protocolos reales', () => {
  const ids = idsDeProtocolos('content');
  const protocolos = ids.map((id) => {
    const datos = leerFrontmatter(`content/guia/protocolos/${id}.mdx`).datos as { protocolo: unknown };
    return protocolo.parse(datos.protocolo);
  });

  // Que todos pasen la validación completa sin advertencias lo revisa, una sola vez para todo content/,
  // «la validación completa los cuenta y no avisa nada» en tests/unit/municipios.test.ts.
  test('hay al menos 8', () => {
    expect(ids.length).toBeGreaterThanOrEqual(8);
  });

  test('cada uno marca pocos pasos críticos (entre 1 y 4) y tiene pausas de 9 ítems o menos', () => {
    for (const p of protocolos) {
      const criticos = p.pausas.flatMap((pausa) => pausa.items).filter((i) => i.critico).length;
      expect(criticos, p.id).toBeGreaterThanOrEqual(1);
      expect(criticos, p.id).toBeLessThanOrEqual(4);
      for (const pausa of p.pausas) expect(pausa.items.length, `${p.id} › ${pausa.nombre}`).toBeLessThanOrEqual(9);
    }
  });

  test('cada uno entra, según la estimación, en una hoja A4', () => {
    for (const p of protocolos) expect(renglonesImpresos(p), p.id).toBeLessThanOrEqual(RENGLONES_POR_HOJA);
  });
});

describe('errores en un protocolo: archivo, línea, campo y cómo arreglarlo', () => {
  test('el protocolo de prueba es válido', () => {
    expect(problemasCon((t) => t)).toEqual([]);
  });

  test('un responsable que no existe, con sugerencia', () => {
    expect(problemasCon((t) => t.replace('          responsable: servicio-local\n          base:', '          responsable: servicio-loca\n          base:'))).toEqual([
      expect.stringMatching(
        /^derivacion\.mdx:16 › protocolo\.pausas\[0\]\.items\[1\]\.responsable: "servicio-loca" no existe en .*actores\.yaml\. ¿Quisiste decir "servicio-local"\?$/,
      ),
    ]);
  });

  test('una línea de escalamiento que no existe', () => {
    expect(problemasCon((t) => t.replace("linea: '145'", "linea: '0800'"))).toEqual([
      expect.stringMatching(/^derivacion\.mdx:26 › protocolo\.escalamiento\[0\]\.linea: "0800" no existe en .*lineas\.yaml\.$/),
    ]);
  });

  test('una fuente que no existe en la base legal', () => {
    expect(problemasCon((t) => t.replace('- fuente: ley-26364', '- fuente: ley-26365'))).toEqual([
      expect.stringMatching(
        /^derivacion\.mdx:18 › protocolo\.pausas\[0\]\.items\[1\]\.base\[0\]\.fuente: "ley-26365" no existe en .*fuentes\.yaml\. ¿Quisiste decir "ley-26364"\?$/,
      ),
    ]);
  });

  test('un protocolo relacionado que no existe', () => {
    expect(problemasCon((t) => t.replace('relacionados: [derivacion]', 'relacionados: [derivacio]'))).toEqual([
      expect.stringMatching(/^derivacion\.mdx:27 › protocolo\.relacionados\[0\]: "derivacio" no existe en los protocolos de .*guia\/protocolos\. ¿Quisiste decir "derivacion"\?$/),
    ]);
  });

  test('un id distinto del nombre del archivo', () => {
    expect(problemasCon((t) => t.replace('  id: derivacion', '  id: derivaciones'))).toEqual([
      'derivacion.mdx:4 › protocolo.id: debe ser igual al nombre del archivo: "derivacion".',
    ]);
  });

  test('una pausa sin ítems', () => {
    expect(
      problemasCon((t) => t.replace('    - nombre: Después\n      items:\n        - accion: Anotá solo lo imprescindible.\n          responsable: servicio-local\n', '    - nombre: Después\n      items: []\n')),
    ).toEqual(['derivacion.mdx:21 › protocolo.pausas[1].items: la pausa no tiene ítems. Agregá al menos uno o borrá la pausa.']);
  });

  test('un tipo desconocido', () => {
    expect(problemasCon((t) => t.replace('tipo: verificacion', 'tipo: verificar'))).toEqual([
      'derivacion.mdx:5 › protocolo.tipo: el texto "verificar" no es una opción válida. Usá una de estas: lectura-accion, verificacion. ¿Quisiste decir "verificacion"?',
    ]);
  });

  test('HTML en una acción', () => {
    expect(problemasCon((t) => t.replace('Anotá solo lo imprescindible.', '<b>Anotá</b> solo lo imprescindible.'))).toEqual([
      'derivacion.mdx:22 › protocolo.pausas[1].items[0].accion: no puede contener HTML (etiquetas como <b> o <script>, ni entidades como &amp;). Escribí solo texto.',
    ]);
  });

  test('más de 9 ítems en una pausa es una advertencia, no un error', () => {
    const diez = Array.from({ length: 10 }, (_, i) => `        - accion: Paso ${i + 1}.\n          responsable: servicio-local\n`).join('');
    expect(problemasCon((t) => t.replace('        - accion: Anotá solo lo imprescindible.\n          responsable: servicio-local\n', diez))).toEqual([
      'derivacion.mdx:22 › protocolo.pausas[1].items: Advertencia: tiene 10 ítems; se recomiendan 9 como máximo por pausa. Dividila en dos pausas o juntá pasos.',
    ]);
  });

  test('dos pasos con la misma acción (sin «id») son un error: sus marcas se confundirían', () => {
    expect(problemasCon((t) => t.replace('Anotá solo lo imprescindible.', 'Confirmá la  BASE legal.'))).toEqual([
      'derivacion.mdx:22 › protocolo.pausas[1].items[0].accion: repite la acción de otro paso (protocolo.pausas[0].items[1]). Cambiá el texto o poné un «id» distinto a cada uno.',
    ]);
  });

  test('dos pasos con el mismo «id» son un error', () => {
    const conId = (t: string) =>
      t
        .replace('        - accion: Confirmá la base legal.\n', '        - accion: Confirmá la base legal.\n          id: base\n')
        .replace('        - accion: Anotá solo lo imprescindible.\n', '        - accion: Anotá solo lo imprescindible.\n          id: base\n');
    expect(problemasCon(conId)).toEqual([
      'derivacion.mdx:24 › protocolo.pausas[1].items[0].id: el id "base" ya lo usa otro paso (protocolo.pausas[0].items[1]). Cada paso tiene un id propio.',
    ]);
  });

  test('una página de guia/protocolos sin lista de verificación', () => {
    expect(problemasCon(() => '---\ntitle: Sin lista\n---\n\nTexto.\n')).toEqual([
      'derivacion.mdx:1 › protocolo: falta la lista de verificación. Toda página de guia/protocolos/ lleva «protocolo:» en el encabezado (mirá otro protocolo como ejemplo).',
    ]);
  });
});

test('la clave de un paso: su id, o la huella de su acción sin importar tildes, mayúsculas ni espacios', () => {
  expect(claveDePaso({ id: 'avisar', accion: 'Avisá al 145.' })).toBe('avisar');
  const clave = claveDePaso({ accion: 'Avisá al 145.' });
  expect(clave).toMatch(/^texto\.[0-9a-f]{8}$/);
  expect(claveDePaso({ accion: '  avisa   AL 145.' })).toBe(clave);
  expect(claveDePaso({ accion: 'Avisá al 911.' })).not.toBe(clave);
});

test('la estimación de renglones crece con los ítems y avisa cuando no entra en una hoja', () => {
  const base = leerFrontmatter(BASE).datos as { protocolo: unknown };
  const p: Protocolo = protocolo.parse(base.protocolo);
  const largo: Protocolo = {
    ...p,
    pausas: Array.from({ length: 5 }, (_, i) => ({
      nombre: `Pausa ${i}`,
      items: Array.from({ length: 9 }, () => ({ ...p.pausas[0]!.items[0]!, nota: 'Una nota que ocupa su propio renglón.' })),
    })),
  };
  expect(renglonesImpresos(p)).toBeLessThan(RENGLONES_POR_HOJA);
  expect(renglonesImpresos(largo)).toBeGreaterThan(RENGLONES_POR_HOJA);
});

test('leerDatos del contenido mínimo sigue siendo válido con el protocolo agregado', () => {
  expect(leerDatos('tests/fixtures/minimo').problemas).toEqual([]);
});
