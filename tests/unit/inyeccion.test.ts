import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { archivos } from '../../src/lib/archivos.ts';
import { formatearProblema } from '../../src/lib/errores.ts';
import { validarContenido } from '../../src/lib/validacion.ts';
import { municipio } from '../../src/schemas/municipio.ts';
import { paginaExtension } from '../../src/schemas/pagina.ts';

/**
 * Ningún dato de content/ llega como HTML a la página. Starlight inserta sin escapar el título (en
 * `<title>`), el banner y las etiquetas de `head`: un `</title><script>` en un dato sería un script
 * en vivo. Los esquemas lo rechazan con el mensaje de `textoPlano` y la validación dice archivo y campo.
 */
const SIN_HTML = 'no puede contener HTML (etiquetas como <b> o <script>, ni entidades como &amp;). Escribí solo texto.';
const ATAQUE = 'Pehuajó</title><script>alert(1)</script>';

const municipioValido = {
  slug: 'pehuajo',
  nombre: 'Pehuajó',
  cabecera: 'Pehuajó',
  seccion: 4,
  indec: '06609',
  fuente: 'INDEC',
  contactos: [],
};

describe('los esquemas rechazan HTML en los datos que Starlight inserta sin escapar', () => {
  test('el nombre de un municipio (título de su página)', () => {
    expect(municipio.safeParse(municipioValido).success).toBe(true);
    const r = municipio.safeParse({ ...municipioValido, nombre: ATAQUE });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['nombre', SIN_HTML]]);
  });

  test.each([
    ['title', { title: ATAQUE }],
    ['banner.content', { title: 'Bien', banner: { content: '<a href="https://ejemplo.invalid/">aviso</a>' } }],
    ['head', { title: 'Bien', head: [{ tag: 'script', content: 'alert(1)' }] }],
  ])('el campo %s de una página', (campo, datos) => {
    const r = paginaExtension.safeParse(datos);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual([campo]);
  });

  test('un título con «&» escrito como texto sigue siendo válido', () => {
    expect(paginaExtension.safeParse({ title: 'Niñas, niños & adolescentes' }).success).toBe(true);
  });
});

test('un árbol de contenido con markup en sus datos no pasa la validación, y cada problema dice archivo y campo', () => {
  const { problemas } = validarContenido('tests/fixtures/con-html');
  expect(problemas.map(formatearProblema).sort()).toEqual(
    [
      `tests/fixtures/con-html/glosario.yaml:3 › [0].definicion: ${SIN_HTML}`,
      `tests/fixtures/con-html/guia/capitulo.mdx:2 › title: ${SIN_HTML}`,
      `tests/fixtures/con-html/guia/con-banner.mdx:4 › banner.content: ${SIN_HTML}`,
      'tests/fixtures/con-html/guia/con-banner.mdx:6 › head: las páginas no pueden agregar etiquetas al <head> (scripts, estilos, metadatos). Borrá «head:»; si hace falta, pedilo al equipo técnico.',
      `tests/fixtures/con-html/lineas.yaml:2 › [0].nombre: ${SIN_HTML}`,
      `tests/fixtures/con-html/municipios/pehuajo.yaml:18 › nombre: ${SIN_HTML}`,
    ].sort(),
  );
});

test('set:html solo se usa donde el HTML no sale de content/ (el QR, generado desde la dirección del sitio)', () => {
  const usos = archivos('src', ['.astro']).flatMap((archivo) =>
    readFileSync(archivo, 'utf-8')
      .split('\n')
      .filter((linea) => /set:html/.test(linea))
      .map((linea) => `${archivo}: ${linea.trim()}`),
  );
  expect(usos).toEqual([
    'src/components/HojaImpresa.astro: <div class="qr" role="img" aria-label={`Código QR: ${direccion}`} set:html={qr} />',
  ]);
});
