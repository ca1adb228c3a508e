import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { edicionCerrar } from '../../scripts/edicion-cerrar.ts';
import { formatearProblema } from '../../src/lib/errores.ts';
import { cargarRegistro } from '../../src/lib/ediciones.ts';
import { archivoDelArbol, caminos, cargarArbol, diferenciasDelArbol, dondeEnRaiz, leerArbol, rastro, rutaDeCamino, type Arbol } from '../../src/lib/que-hago-ahora.ts';
import { leerFrontmatter, validarContenido } from '../../src/lib/validacion.ts';
import { protocolo } from '../../src/schemas/protocolo.ts';

/** Los protocolos y las líneas reales: los árboles de prueba nombran pasos que existen en ellos. */
const protocolos = new Map(
  readdirSync('content/guia/protocolos').map((f) => [
    f.replace(/\.mdx$/, ''),
    protocolo.parse((leerFrontmatter(`content/guia/protocolos/${f}`).datos as { protocolo: unknown }).protocolo),
  ]),
);
const contexto = { lineas: ['145', '911', '102', '144'], protocolos, ...dondeEnRaiz('content') };
const DIR = 'tests/fixtures/que-hago-ahora';

function problemas(fixture: string): string[] {
  return leerArbol(join(DIR, `${fixture}.yaml`), contexto)!.problemas.map(formatearProblema);
}

describe('cada problema del árbol, en castellano, con archivo, línea y campo', () => {
  test('un protocolo que no existe', () => {
    expect(problemas('protocolo-desconocido')).toEqual([
      `${DIR}/protocolo-desconocido.yaml:20 › resultados[1].protocolos[0]: "deteccion-y-primera-escuch" no es un protocolo de content/guia/protocolos/. ¿Quisiste decir "deteccion-y-primera-escucha"?`,
    ]);
  });

  test('una línea que no existe', () => {
    expect(problemas('linea-desconocida')).toEqual([
      `${DIR}/linea-desconocida.yaml:21 › resultados[1].lineas[0]: "146" no existe en content/lineas.yaml. ¿Quisiste decir "145"?`,
    ]);
  });

  test('un ciclo', () => {
    expect(problemas('ciclo')).toEqual([
      `${DIR}/ciclo.yaml:15 › preguntas[1].respuestas[1].lleva_a: vuelve a "peligro", que ya está antes en el camino (peligro → edad → peligro): el recorrido no terminaría nunca. Hacé que lleve a una pregunta siguiente o a un resultado.`,
    ]);
  });

  test('una pregunta a la que no llega ningún camino', () => {
    expect(problemas('pregunta-inalcanzable')).toEqual([
      `${DIR}/pregunta-inalcanzable.yaml:9 › preguntas[1].id: ningún camino llega a esta pregunta desde la primera ("peligro"). Hacé que una respuesta lleve a ella con «lleva_a: edad», o borrala.`,
    ]);
  });

  test('un resultado al que solo lleva una pregunta sin camino también se informa', () => {
    const raiz = mkdtempSync(join(tmpdir(), 'guia-arbol-'));
    const archivo = join(raiz, 'que-hago-ahora.yaml');
    writeFileSync(
      archivo,
      readFileSync(join(DIR, 'pregunta-inalcanzable.yaml'), 'utf-8').replace(
        '      - texto: No\n        lleva_a: emergencia\n',
        '      - texto: No\n        lleva_a: escucha\n',
      ) +
        '  - id: escucha\n    titulo: Escuchala\n    pasos:\n      - Escuchá lo que quiera contar. No pidas detalles de la explotación.\n    protocolos: [deteccion-y-primera-escucha]\n',
    );
    expect(leerArbol(archivo, contexto)!.problemas.map((p) => `${p.linea} › ${p.campo}`)).toEqual(['9 › preguntas[1].id', '28 › resultados[2].id']);
  });

  test('un camino de más de seis preguntas', () => {
    expect(problemas('demasiado-profundo')).toEqual([
      `${DIR}/demasiado-profundo.yaml:45 › preguntas[6].id: es la pregunta 7 del camino peligro → p2 → p3 → p4 → p5 → p6 → p7. Ningún camino puede tener más de 6 preguntas: juntá o quitá preguntas.`,
    ]);
  });

  test('una respuesta sin destino', () => {
    expect(problemas('respuesta-sin-destino')).toEqual([
      `${DIR}/respuesta-sin-destino.yaml:7 › preguntas[0].respuestas[1]: la respuesta "No" no lleva a ningún lado: falta «lleva_a». Escribí el id de la pregunta o del resultado que sigue.`,
    ]);
  });

  test('un paso que no está en los protocolos del resultado, y una línea a la que no escalan', () => {
    expect(problemas('paso-inventado')).toEqual([
      `${DIR}/paso-inventado.yaml:19 › resultados[1].pasos[0]: "No le pidas documento para atenderla." no es un paso de personas-migrantes. Copiá, tal cual, un paso de esos protocolos: este árbol solo repite lo que la guía ya dice. ¿Quisiste decir "No le pidas documentos para atenderla."?`,
      `${DIR}/paso-inventado.yaml:20 › resultados[1].pasos[1]: "Llevala a la comisaría más cercana." no es un paso de personas-migrantes. Copiá, tal cual, un paso de esos protocolos: este árbol solo repite lo que la guía ya dice.`,
      `${DIR}/paso-inventado.yaml:22 › resultados[1].lineas[1]: ninguno de los protocolos del resultado (personas-migrantes) escala a la línea "102". Nombrá solo líneas de su «escalamiento».`,
    ]);
  });

  test('una primera pregunta que no lleva al 911', () => {
    expect(problemas('sin-911')).toEqual([
      `${DIR}/sin-911.yaml:2 › preguntas[0]: la primera pregunta tiene que ser si hay peligro inmediato, con una respuesta que lleve a un resultado con la línea "911". Poné esa pregunta primera en la lista.`,
    ]);
  });

  test('el esquema: menos de dos respuestas, un campo que no existe', () => {
    const raiz = mkdtempSync(join(tmpdir(), 'guia-arbol-'));
    const archivo = join(raiz, 'que-hago-ahora.yaml');
    cpSync(join(DIR, 'valido.yaml'), archivo);
    writeFileSync(
      archivo,
      readFileSync(archivo, 'utf-8')
        .replace('      - texto: No\n        lleva_a: edad\n', '')
        .replace('    titulo: Llamá al 911\n', '    titulo: Llamá al 911\n    urgente: true\n'),
    );
    const lista = leerArbol(archivo, contexto)!.problemas.map((p) => `${p.linea} › ${p.campo}: ${p.mensaje}`);
    expect(lista).toEqual([
      '6 › preguntas[0].respuestas: debe tener al menos 2 elementos.',
      '18 › resultados[0].urgente: este campo no existe. Revisá cómo está escrito o borralo.',
    ]);
  });
});

test('la construcción se detiene con los mismos mensajes (cargarArbol); sin archivo, no hay árbol', () => {
  expect(() => cargarArbol(join(DIR, 'ciclo.yaml'), contexto)).toThrow(
    `${DIR}/ciclo.yaml:15 › preguntas[1].respuestas[1].lleva_a: vuelve a "peligro"`,
  );
  expect(cargarArbol(join(DIR, 'no-existe.yaml'), contexto)).toBeUndefined();
});

describe('un árbol válido', () => {
  const arbol = leerArbol(join(DIR, 'valido.yaml'), contexto)!.arbol as Arbol;

  test('no tiene problemas, y cada paso trae su protocolo, si es crítico y su plazo', () => {
    expect(arbol).toBeDefined();
    expect(arbol.nodos.nna).toEqual({
      tipo: 'resultado',
      id: 'nna',
      titulo: 'Avisá al Servicio Local',
      pasos: [{ accion: 'Avisá al Servicio Local, aunque no tengas certezas.', protocolo: 'ninas-ninos-y-adolescentes', critico: true, plazo: 'En el día' }],
      protocolos: ['ninas-ninos-y-adolescentes'],
      lineas: [{ id: '102', situacion: 'El Servicio Local no atiende o es fuera de su horario.' }],
    });
  });

  test('una página por camino; la dirección es el rastro de las respuestas', () => {
    const rutas = caminos(arbol).map((c) => rutaDeCamino('/que-hago-ahora/', c));
    expect(rutas).toEqual(['/que-hago-ahora/', '/que-hago-ahora/emergencia/', '/que-hago-ahora/edad/', '/que-hago-ahora/edad/nna/', '/que-hago-ahora/edad/escucha/']);
    expect(rastro(arbol, ['peligro', 'edad', 'nna'])).toEqual([
      { pregunta: '¿Hay peligro inmediato?', respuesta: 'No', camino: ['peligro'] },
      { pregunta: '¿Es menor de 18 años?', respuesta: 'Sí', camino: ['peligro', 'edad'] },
    ]);
  });
});

describe('el árbol de la guía', () => {
  // Que pase la validación de `npm run validate` sin advertencias lo revisa, una sola vez para todo
  // content/, «la validación completa los cuenta y no avisa nada» en tests/unit/municipios.test.ts.

  test('`npm run validate` informa sus problemas (una copia del contenido con un ciclo)', () => {
    const raiz = mkdtempSync(join(tmpdir(), 'guia-arbol-'));
    cpSync('content', raiz, { recursive: true });
    cpSync(join(DIR, 'ciclo.yaml'), join(raiz, 'que-hago-ahora.yaml'));
    const lista = validarContenido(raiz).problemas.filter((p) => p.archivo.endsWith('que-hago-ahora.yaml'));
    expect(lista.map((p) => `${p.linea} › ${p.campo}`)).toEqual(['15 › preguntas[1].respuestas[1].lleva_a']);
  });
});

describe('el árbol en las ediciones', () => {
  test('«Qué cambió» lista las preguntas y los resultados agregados, quitados y cambiados', () => {
    const raiz = mkdtempSync(join(tmpdir(), 'guia-arbol-'));
    const nuevo = join(raiz, 'nuevo.yaml');
    writeFileSync(
      nuevo,
      readFileSync(join(DIR, 'valido.yaml'), 'utf-8')
        .replace('¿Es menor de 18 años?', '¿Es una niña, un niño o un adolescente?')
        .replace('  - id: escucha\n    titulo: Escuchala a solas\n', '  - id: primera-escucha\n    titulo: Escuchala a solas\n'),
    );
    expect(diferenciasDelArbol(join(DIR, 'valido.yaml'), nuevo)).toEqual([
      { tipo: 'cambiada', clase: 'pregunta', id: 'edad', nombre: '¿Es una niña, un niño o un adolescente?' },
      { tipo: 'agregada', clase: 'resultado', id: 'primera-escucha', nombre: 'Escuchala a solas' },
      { tipo: 'quitada', clase: 'resultado', id: 'escucha', nombre: 'Escuchala a solas' },
    ]);
    expect(diferenciasDelArbol(join(DIR, 'valido.yaml'), join(DIR, 'valido.yaml'))).toEqual([]);
    expect(diferenciasDelArbol(join(raiz, 'no-existe.yaml'), join(raiz, 'tampoco.yaml'))).toBeUndefined();
  });

  test('npm run edicion:cerrar lo sella con la edición: la vigente usa su copia, y cambiarla falla la validación', { timeout: 60_000 }, async () => {
    const raiz = mkdtempSync(join(tmpdir(), 'guia-arbol-cerrar-'));
    cpSync('content', raiz, { recursive: true });
    expect(await edicionCerrar(['--contenido', raiz, '--aprobada', '2026-01-10', '--vigente-desde', '2026-02-01', '--siguiente', 'segunda'], { log: () => {}, error: (t) => expect.fail(t) })).toBe(0);
    const sellado = join(raiz, 'ediciones', 'primera', 'que-hago-ahora.yaml');
    expect(readFileSync(sellado, 'utf-8')).toBe(readFileSync('content/que-hago-ahora.yaml', 'utf-8'));
    const registro = cargarRegistro(raiz);
    expect(archivoDelArbol(raiz, registro, registro.actual.id)).toBe(sellado);
    expect(archivoDelArbol(raiz, registro, registro.borrador.id)).toBe(join(raiz, 'que-hago-ahora.yaml'));
    expect(validarContenido(raiz).problemas.filter((p) => p.gravedad !== 'advertencia')).toEqual([]);

    appendFileSync(sellado, '# cambio\n');
    expect(validarContenido(raiz).problemas.map((p) => `${p.archivo.replace(`${raiz}/`, '')}: ${p.mensaje}`)).toContainEqual(
      expect.stringMatching(/^.*ediciones\/primera\/que-hago-ahora\.yaml: cambió, pero es parte de una edición cerrada/),
    );
  });
});
