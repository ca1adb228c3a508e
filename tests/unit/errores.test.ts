import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { ErrorDeContenido, formatearProblema, formatearRuta, type Problema } from '../../src/lib/errores.ts';
import { leerUnaVezPorCarpeta } from '../../src/lib/leer-una-vez.ts';
import { analizar, problemasDeZod } from '../../src/lib/mensajes-zod.ts';
import { sugerencia } from '../../src/lib/sugerencias.ts';
import { fecha, fechaPasada, identificador, textoPlano } from '../../src/schemas/comunes.ts';

test('formatearRuta escribe los índices entre corchetes', () => {
  expect(formatearRuta(['protocolo', 'pausas', 1, 'items', 3, 'responsable'])).toBe('protocolo.pausas[1].items[3].responsable');
  expect(formatearRuta([])).toBe('');
});

test('formatearProblema: archivo, línea, campo y mensaje', () => {
  expect(formatearProblema({ archivo: 'content/a.yaml', linea: 4, campo: 'x[0]', mensaje: 'falta.' })).toBe(
    'content/a.yaml:4 › x[0]: falta.',
  );
  expect(formatearProblema({ archivo: 'content/a.yaml', campo: '', mensaje: 'vacío.' })).toBe('content/a.yaml: vacío.');
});

test('sugerencia encuentra el id más parecido, y no sugiere cualquier cosa', () => {
  expect(sugerencia('servicio-loca', ['area-genero', 'servicio-local', 'salud'])).toBe('servicio-local');
  expect(sugerencia('zzzz', ['area-genero', 'servicio-local'])).toBeUndefined();
});

describe('mensajes en castellano para cada tipo de error', () => {
  const esquema = z.strictObject({
    nombre: textoPlano(),
    id: identificador(),
    nivel: z.enum(['municipal', 'provincial']),
    fecha: fecha(),
    verificado: fechaPasada(() => '2026-01-01'),
    lista: z.array(z.string()).min(1),
    correo: z.email().optional(),
  });
  const problemas = (datos: Record<string, unknown>) => {
    const base = { nombre: 'A', id: 'a', nivel: 'municipal', fecha: '2025-01-01', verificado: '2025-01-01', lista: ['x'] };
    const completos = { ...base, ...datos };
    const r = analizar(esquema, completos);
    return r.success ? [] : problemasDeZod('content/x.yaml', r.error).map(formatearProblema);
  };

  test.each([
    [{ nombre: undefined }, 'content/x.yaml › nombre: falta este dato. Agregalo: es obligatorio.'],
    [{ nombre: 12 }, "content/x.yaml › nombre: se esperaba un texto, pero hay el número 12. Si es un texto, escribilo entre comillas: '12'."],
    [{ nombre: '  ' }, 'content/x.yaml › nombre: no puede quedar vacío.'],
    [
      { nombre: '<script>alert(1)</script>' },
      'content/x.yaml › nombre: no puede contener HTML (etiquetas como <b> o <script>, ni entidades como &amp;). Escribí solo texto.',
    ],
    [{ id: 'Servicio Local' }, 'content/x.yaml › id: debe tener solo minúsculas sin tildes, números y guiones (ejemplo: servicio-local).'],
    [
      { nivel: 'municpal' },
      'content/x.yaml › nivel: el texto "municpal" no es una opción válida. Usá una de estas: municipal, provincial. ¿Quisiste decir "municipal"?',
    ],
    [{ fecha: '15/03/2025' }, 'content/x.yaml › fecha: el texto "15/03/2025" no es una fecha válida. Escribila como AAAA-MM-DD.'],
    [{ verificado: '2026-05-01' }, 'content/x.yaml › verificado: está en el futuro. Poné la fecha en que efectivamente se hizo.'],
    [{ lista: [] }, 'content/x.yaml › lista: debe tener al menos 1 elemento.'],
    [{ correo: 'juan.gob.ar' }, 'content/x.yaml › correo: el texto "juan.gob.ar" no es un correo electrónico válido (ejemplo: nombre@dominio.gob.ar).'],
    [{ telefno: '1' }, 'content/x.yaml › telefno: este campo no existe. Revisá cómo está escrito o borralo.'],
  ])('%o', (datos, esperado) => {
    expect(problemas(datos)).toEqual([esperado]);
  });

  test('una fecha leída como Date se normaliza a AAAA-MM-DD', () => {
    expect(fecha().parse(new Date('2025-03-15T00:00:00Z'))).toBe('2025-03-15');
  });
});

describe('leerUnaVezPorCarpeta', () => {
  test('lee cada carpeta una vez, y otra vez después de olvidar', () => {
    const lecturas: string[] = [];
    const datos = leerUnaVezPorCarpeta((raiz: string): { valor: { raiz: string }; problemas: Problema[] } => {
      lecturas.push(raiz);
      return { valor: { raiz }, problemas: [] };
    }, 'valor');
    expect(datos.cargar('a')).toBe(datos.cargar('a'));
    datos.cargar('b');
    expect(lecturas).toEqual(['a', 'b']);
    datos.olvidar();
    datos.cargar('a');
    expect(lecturas).toEqual(['a', 'b', 'a']);
  });

  test('con un nombre compartido, dos copias del módulo leen una sola vez y olvidan juntas; sin nombre, cada una lee', () => {
    const lecturas: string[] = [];
    const leer = (raiz: string): { valor: { raiz: string }; problemas: Problema[] } => {
      lecturas.push(raiz);
      return { valor: { raiz }, problemas: [] };
    };
    // Dos llamadas, como las dos copias del módulo que arma la construcción (configuración y páginas).
    const nombre = `prueba-${Math.random()}`;
    const una = leerUnaVezPorCarpeta(leer, 'valor', nombre);
    const otra = leerUnaVezPorCarpeta(leer, 'valor', nombre);
    expect(otra.cargar('a')).toBe(una.cargar('a'));
    expect(lecturas).toEqual(['a']);
    una.olvidar();
    otra.cargar('a');
    expect(lecturas).toEqual(['a', 'a']);

    const sinNombre = leerUnaVezPorCarpeta(leer, 'valor');
    sinNombre.cargar('a');
    expect(lecturas).toEqual(['a', 'a', 'a']);
  });

  test('con problemas lanza ErrorDeContenido con todos y no guarda nada: la próxima vez vuelve a leer', () => {
    let roto = true;
    const datos = leerUnaVezPorCarpeta((): { valor?: string; problemas: Problema[] } =>
      roto
        ? { problemas: [{ archivo: 'content/lineas.yaml', campo: '[0].numero', mensaje: 'falta el número.' }] }
        : { valor: 'bien', problemas: [] },
      'valor',
    );
    expect(() => datos.cargar('content')).toThrow(ErrorDeContenido);
    expect(() => datos.cargar('content')).toThrow('content/lineas.yaml › [0].numero: falta el número.');
    roto = false;
    expect(datos.cargar('content')).toBe('bien');
  });
});
