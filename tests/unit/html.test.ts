import { describe, expect, test } from 'vitest';
import { fragmento, informeDeHtml, leerSalidaDeVnu, paginaDeArchivo } from '../../scripts/lib/html.ts';
import { findJava, missingJavaMessage, versionDeJava } from '../../scripts/lib/java.ts';

// Salida real de `vnu.jar --errors-only --format gnu` (26.9.27) sobre un dist/ con errores.
const SALIDA = [
  '"file:/proyecto/dist/buscar/index.html":10.14866-10.14971: error: Stray start tag “script”.',
  '"file:/proyecto/dist/buscar/index.html":10.14866-10.14971: error fatal: Cannot recover after last error. Any further errors will be ignored.',
  '"file:/proyecto/dist-pruebas/ediciones/ediciones/primera/x/index.html":1.100-1.160: error: Bad value “0;url=/guia/x/” for attribute “content” on element “meta”: Expected a space character, but saw “u” instead.',
  '"file:/proyecto/dist/404.html":3.1-3.10: info warning: Consider adding a “lang” attribute.',
].join('\n');

describe('validación del HTML (vnu)', () => {
  test('lee los errores de la salida de vnu, con archivo, línea y columna, e ignora las advertencias', () => {
    expect(leerSalidaDeVnu(SALIDA, '/proyecto')).toEqual([
      { archivo: 'dist/buscar/index.html', linea: 10, columna: 14866, mensaje: 'Stray start tag “script”.' },
      {
        archivo: 'dist/buscar/index.html',
        linea: 10,
        columna: 14866,
        mensaje: '(el validador no pudo seguir) Cannot recover after last error. Any further errors will be ignored.',
      },
      {
        archivo: 'dist-pruebas/ediciones/ediciones/primera/x/index.html',
        linea: 1,
        columna: 100,
        mensaje: 'Bad value “0;url=/guia/x/” for attribute “content” on element “meta”: Expected a space character, but saw “u” instead.',
      },
    ]);
  });

  test('da la dirección de la página dentro de su sitio', () => {
    const carpetas = ['dist', 'dist-pruebas/ediciones'];
    expect(paginaDeArchivo('dist/buscar/index.html', carpetas)).toEqual({ sitio: 'dist', pagina: '/buscar/' });
    expect(paginaDeArchivo('dist/index.html', carpetas)).toEqual({ sitio: 'dist', pagina: '/' });
    expect(paginaDeArchivo('dist-pruebas/ediciones/404.html', carpetas)).toEqual({ sitio: 'dist-pruebas/ediciones', pagina: '/404.html' });
  });

  test('el informe agrupa por página y muestra el fragmento de HTML', () => {
    const errores = leerSalidaDeVnu(SALIDA, '/proyecto').slice(0, 1);
    const html = `${'\n'.repeat(9)}${'x'.repeat(14865)}<script type="module" src="/_astro/a.js"></script>`;
    expect(informeDeHtml(errores, ['dist'], () => html)).toEqual([
      'dist/ › /buscar/ (dist/buscar/index.html)',
      '  línea 10, columna 14866: Stray start tag “script”.',
      `    cerca de: ${'x'.repeat(20)}<script type="module" src="/_astro/a.js"></script>`,
    ]);
    expect(fragmento('abc\ndef', 2, 2)).toBe('def');
  });
});

describe('Java para el validador', () => {
  test('lee la versión de `java -version`', () => {
    expect(versionDeJava('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment')).toBe(17);
    expect(versionDeJava('java version "1.8.0_392"')).toBe(8);
    expect(versionDeJava('openjdk version "21" 2023-09-19')).toBe(21);
    expect(versionDeJava('bash: java: command not found')).toBeUndefined();
  });

  test('busca en JAVA_HOME si está definida, y si no `java` del PATH', () => {
    const pedidos: string[] = [];
    const ejecutar = (comando: string) => (pedidos.push(comando), 'openjdk version "11.0.2"');
    expect(findJava({ JAVA_HOME: '/opt/jdk/' }, ejecutar)).toEqual({ path: '/opt/jdk/bin/java', version: 11, suficiente: true });
    expect(findJava({}, ejecutar)?.path).toBe('java');
    expect(pedidos).toEqual(['/opt/jdk/bin/java', 'java']);
  });

  test('sin Java, o con uno anterior a 11, lo dice y explica cómo instalarlo', () => {
    expect(findJava({}, () => undefined)).toBeUndefined();
    expect(findJava({}, () => 'java version "1.8.0_392"')).toEqual({ path: 'java', version: 8, suficiente: false });
    expect(missingJavaMessage(undefined, {})).toMatch(/^No se encontró Java/);
    expect(missingJavaMessage(undefined, {})).toContain('sudo apt-get install default-jre-headless');
    expect(missingJavaMessage(undefined, {})).not.toContain('no lleva a un Java');
    expect(missingJavaMessage(undefined, { JAVA_HOME: '/opt/nada' })).toContain('La variable JAVA_HOME=/opt/nada no lleva a un Java que funcione');
    expect(missingJavaMessage({ path: 'java', version: 8 }, {})).toMatch(/versión 8; el validador de HTML del W3C necesita Java 11/);
  });
});
