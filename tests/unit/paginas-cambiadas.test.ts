import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Edicion } from '../../src/schemas/edicion.ts';
import type { Registro } from '../../src/lib/ediciones.ts';
import {
  clasificarCambios,
  comentarioDeVistaPrevia,
  DATOS,
  enlaceEnVistaPrevia,
  paginasDePlantilla,
  rutaDePagina,
  tituloDePagina,
  type Contexto,
} from '../../scripts/lib/paginas-cambiadas.ts';

const borrador: Edicion = { id: 'segunda', titulo: 'Segunda edición', estado: 'borrador', notas: [] };
const vigente: Edicion = { id: 'primera', titulo: 'Primera edición', estado: 'vigente', vigente_desde: '2026-01-01', notas: [] } as Edicion;
/** Solo el borrador: sus páginas están en /guia/. */
const soloBorrador: Registro = { ediciones: [borrador], borrador, actual: borrador };
/** Con una edición vigente: /guia/ es la vigente y el borrador vive en /ediciones/segunda/. */
const conVigente: Registro = { ediciones: [vigente, borrador], borrador, actual: vigente };

const ARCHIVOS: Record<string, string> = {
  'content/index.mdx': '---\ntitle: Guía de Implementación Local\n---\n\n<ListaLineas ids={["145"]} />\n<CanalDelPrograma />\n',
  'content/guia/glosario.mdx': '---\ntitle: Glosario\n---\n\n<Glosario />\n',
  'content/guia/lineas-y-recursos.mdx': '---\ntitle: "Líneas y recursos"\n---\n\n<ListaLineas />\n',
  'content/guia/principios.mdx': '---\ntitle: Principios\n---\n\nTexto con una cita <Fuente id="ley-26364" />.\n',
  'content/guia/fuentes.mdx': '---\ntitle: Fuentes\n---\n\n<ListaFuentes/>\n',
  'content/guia/el-programa.mdx': '---\ntitle: El Programa\n---\n\n<CanalDelPrograma formato="completo" />\n',
  'content/guia/protocolos/deteccion.mdx': '---\ntitle: Detección y primera escucha\n---\n\nSin componentes.\n',
  // Nombra un componente parecido que no es el del archivo de datos.
  'content/guia/otra.mdx': '---\ntitle: Otra\n---\n\n<FuenteDeOtraCosa />\n',
  'content/municipios/pehuajo.yaml': 'slug: pehuajo\nnombre: Pehuajó\ncabecera: Pehuajó\n',
  'content/municipios/acerca-de-los-datos.mdx': '---\ntitle: Acerca de los datos de los municipios\n---\n',
};

function contexto(registro: Registro = soloBorrador, extra: Record<string, string> = {}): Contexto {
  const todos = { ...ARCHIVOS, ...extra };
  return {
    registro,
    contenido: 'content',
    leer: (archivo) => todos[archivo],
    paginasDeLaGuia: Object.keys(todos).filter((a) => a === 'content/index.mdx' || a.startsWith('content/guia/')),
  };
}

describe('clasificarCambios: cada archivo cambiado lleva a las páginas que lo muestran', () => {
  test('una página de la guía lleva a su dirección con su título', () => {
    const { paginas, datos, codigo, otros } = clasificarCambios(['content/guia/glosario.mdx', 'content/guia/protocolos/deteccion.mdx'], contexto());
    expect(paginas).toEqual([
      { archivo: 'content/guia/glosario.mdx', ruta: '/guia/glosario/', titulo: 'Glosario' },
      { archivo: 'content/guia/protocolos/deteccion.mdx', ruta: '/guia/protocolos/deteccion/', titulo: 'Detección y primera escucha' },
    ]);
    expect([datos, codigo, otros]).toEqual([[], [], []]);
  });

  test('con una edición vigente, el borrador se ve en /ediciones/<borrador>/ y la copia vigente en /guia/', () => {
    const { paginas } = clasificarCambios(['content/guia/glosario.mdx', 'content/ediciones/primera/principios.mdx'], contexto(conVigente));
    expect(paginas.map((p) => p.ruta)).toEqual(['/guia/principios/', '/ediciones/segunda/glosario/']);
  });

  test('la portada, la página 404 y las páginas de municipios en MDX', () => {
    const { paginas } = clasificarCambios(['content/index.mdx', 'content/404.md', 'content/municipios/acerca-de-los-datos.mdx'], contexto());
    expect(paginas.map((p) => [p.ruta, p.titulo])).toEqual([
      ['/404.html', '/404.html'],
      ['/', 'Guía de Implementación Local'],
      ['/municipios/acerca-de-los-datos/', 'Acerca de los datos de los municipios'],
    ]);
  });

  test('un municipio lleva a /municipios/<slug>/ con el nombre del partido', () => {
    const { paginas } = clasificarCambios(['content/municipios/pehuajo.yaml', 'content/municipios/nuevo.yaml'], contexto());
    expect(paginas).toEqual([
      // El archivo ya no existe o no se pudo leer: queda el slug.
      { archivo: 'content/municipios/nuevo.yaml', ruta: '/municipios/nuevo/', titulo: 'nuevo' },
      { archivo: 'content/municipios/pehuajo.yaml', ruta: '/municipios/pehuajo/', titulo: 'Pehuajó' },
    ]);
  });

  test('las líneas llevan a sus páginas fijas, a las páginas que usan <ListaLineas> y a los protocolos', () => {
    const [lineas] = clasificarCambios(['content/lineas.yaml'], contexto()).datos;
    expect(lineas!.archivo).toBe('content/lineas.yaml');
    expect(lineas!.todas).toBe(false);
    expect(lineas!.tambien).toMatch(/135 municipios/);
    expect(lineas!.enlaces.map((e) => e.ruta)).toEqual([
      '/guia/lineas-y-recursos/',
      '/que-hago-ahora/',
      '/municipios/',
      '/datos/',
      '/',
      '/guia/protocolos/deteccion/',
    ]);
  });

  test('las fuentes llevan a cada página que cita con <Fuente>, y no a la que usa otro componente que empieza igual', () => {
    const [fuentes] = clasificarCambios(['content/fuentes.yaml'], contexto()).datos;
    const rutas = fuentes!.enlaces.map((e) => e.ruta);
    expect(rutas).toContain('/guia/principios/');
    expect(rutas).toContain('/guia/glosario/'); // <Glosario> enlaza las fuentes de cada término
    expect(rutas).not.toContain('/guia/otra/');
    // Sin repetidos: /guia/fuentes/ es fija y además usa <ListaFuentes>.
    expect(rutas.filter((r) => r === '/guia/fuentes/')).toHaveLength(1);
  });

  test('el registro de ediciones se ve en todas las páginas, y lo dice', () => {
    const [ediciones] = clasificarCambios(['content/ediciones.yaml'], contexto()).datos;
    expect(ediciones!.todas).toBe(true);
    expect(ediciones!.enlaces.map((e) => e.ruta)).toEqual(['/ediciones/', '/']);
  });

  test('las localidades llevan al índice de municipios y a los datos abiertos', () => {
    const [localidades] = clasificarCambios(['content/municipios/datos/localidades.csv'], contexto()).datos;
    expect(localidades!.enlaces.map((e) => e.ruta)).toEqual(['/municipios/', '/datos/']);
  });

  test('una plantilla de src/pages lleva a las páginas que arma', () => {
    expect(paginasDePlantilla('src/pages/municipios/[slug].astro')).toEqual({ ruta: '/municipios/', titulo: 'Municipios (y sus páginas)' });
    expect(paginasDePlantilla('src/pages/buscar.astro')).toEqual({ ruta: '/buscar/', titulo: 'Buscar' });
    expect(paginasDePlantilla('src/pages/protocolos/index.astro')).toEqual({ ruta: '/protocolos/', titulo: 'Protocolos' });
    // Sin nombre conocido: su dirección.
    expect(paginasDePlantilla('src/pages/nueva/index.astro')).toEqual({ ruta: '/nueva/', titulo: '/nueva/' });
    expect(paginasDePlantilla('src/pages/datos/localidades.csv.ts')).toEqual({ ruta: '/datos/localidades.csv', titulo: '/datos/localidades.csv' });
    expect(paginasDePlantilla('src/pages/ediciones/[edicion]/cambios.astro')?.ruta).toBe('/ediciones/');
    // Las redirecciones se escriben en cualquier dirección: es código que afecta a todo el sitio.
    expect(paginasDePlantilla('src/pages/[...redireccion].astro')).toBeUndefined();
    expect(paginasDePlantilla('src/components/Fuente.astro')).toBeUndefined();
  });

  test('el código, el diseño y las dependencias van aparte; pruebas, scripts y documentación no cambian lo que se ve', () => {
    const cambios = clasificarCambios(
      [
        'src/components/Fuente.astro',
        'src/styles/tema.css',
        'src/pages/[...redireccion].astro',
        'astro.config.mjs',
        'package-lock.json',
        'public/favicon.svg',
        'tests/unit/x.test.ts',
        'scripts/pdf.ts',
        'README.md',
        '.github/workflows/pr.yml',
        'content/direcciones-publicadas.txt',
        'content/municipios/datos/partidos.csv',
        'content/ediciones/primera/sello.json',
        '',
      ],
      contexto(),
    );
    expect(cambios.codigo).toEqual([
      'astro.config.mjs',
      'package-lock.json',
      'public/favicon.svg',
      'src/components/Fuente.astro',
      'src/pages/[...redireccion].astro',
      'src/styles/tema.css',
    ]);
    expect(cambios.otros).toEqual([
      '.github/workflows/pr.yml',
      'README.md',
      'content/direcciones-publicadas.txt',
      'content/ediciones/primera/sello.json',
      'content/municipios/datos/partidos.csv',
      'scripts/pdf.ts',
      'tests/unit/x.test.ts',
    ]);
    expect(cambios.paginas).toEqual([]);
  });

  test('los archivos repetidos o con barras de Windows se cuentan una vez', () => {
    const { paginas } = clasificarCambios(['content\\guia\\glosario.mdx', 'content/guia/glosario.mdx'], contexto());
    expect(paginas).toHaveLength(1);
  });
});

describe('comentarioDeVistaPrevia', () => {
  const vistaPrevia = 'https://programa.github.io/guia/pr-preview/pr-12/';

  test('enlaza cada página dentro de la subcarpeta de la vista previa', () => {
    expect(enlaceEnVistaPrevia(vistaPrevia, '/guia/glosario/')).toBe('https://programa.github.io/guia/pr-preview/pr-12/guia/glosario/');
    expect(enlaceEnVistaPrevia(vistaPrevia, '/')).toBe(vistaPrevia);
    expect(enlaceEnVistaPrevia('http://127.0.0.1:4329/pr-preview/pr-3/', '/404.html')).toBe('http://127.0.0.1:4329/pr-preview/pr-3/404.html');
  });

  test('una página y un archivo de datos: enlaces con su nombre, en castellano', () => {
    const cambios = clasificarCambios(['content/guia/glosario.mdx', 'content/programa.yaml'], contexto());
    const texto = comentarioDeVistaPrevia(cambios, { vistaPrevia, commit: '0123456789abcdef' });
    expect(texto).toContain(`**[abrir la vista previa](${vistaPrevia})**`);
    expect(texto).toContain('### Páginas que cambian\n\n- [Glosario](https://programa.github.io/guia/pr-preview/pr-12/guia/glosario/)');
    expect(texto).toContain('- **el canal para consultar al Programa** (`content/programa.yaml`): Revisá [El Programa](https://programa.github.io/guia/pr-preview/pr-12/guia/el-programa/)');
    expect(texto).toContain('se borra cuando el pull request se cierra');
    expect(texto).toContain('Vista previa del commit 0123456.');
    expect(texto).not.toContain('Cambios en el funcionamiento');
  });

  test('los datos que se ven en todas las páginas lo dicen en negrita', () => {
    const texto = comentarioDeVistaPrevia(clasificarCambios(['content/ediciones.yaml'], contexto()), { vistaPrevia });
    expect(texto).toContain('Se ve en **todas las páginas**.');
  });

  test('con muchas páginas para un archivo de datos, muestra las primeras y cuenta las demás', () => {
    const texto = comentarioDeVistaPrevia(clasificarCambios(['content/fuentes.yaml'], contexto()), { vistaPrevia, maximo: 2 });
    const linea = texto.split('\n').find((l) => l.includes('content/fuentes.yaml'))!;
    expect(linea.match(/\]\(/g)).toHaveLength(2);
    expect(linea).toMatch(/y \d+ más\.$/);
  });

  test('una página que ya no está en el sitio construido no se enlaza: se avisa que se quitó', () => {
    const cambios = clasificarCambios(['content/guia/glosario.mdx', 'content/guia/principios.mdx'], contexto());
    const texto = comentarioDeVistaPrevia(cambios, { vistaPrevia, existe: (ruta) => ruta !== '/guia/principios/' });
    expect(texto).toContain('### Páginas que este cambio quita o mueve\n\n- Principios (`content/guia/principios.mdx`): ya no está en la vista previa.');
    expect(texto).not.toContain('pr-12/guia/principios/');
  });

  test('un cambio de código avisa que puede cambiar todas las páginas y sugiere cuáles mirar', () => {
    const texto = comentarioDeVistaPrevia(clasificarCambios(['src/styles/tema.css'], contexto()), { vistaPrevia });
    expect(texto).toContain('### Cambios en el funcionamiento o el diseño');
    expect(texto).toContain('puede cambiar **todas las páginas**');
    expect(texto).toContain('[Portada](https://programa.github.io/guia/pr-preview/pr-12/)');
    expect(texto).toContain('[Buscar](https://programa.github.io/guia/pr-preview/pr-12/buscar/)');
    // La lista de archivos, plegada: a quien revisa le alcanza con saber qué mirar.
    expect(texto).toContain('<details><summary>Archivos de código o diseño (1)</summary>\n\n- `src/styles/tema.css`');
  });

  test('sin cambios visibles lo dice, y lista los demás archivos plegados', () => {
    const texto = comentarioDeVistaPrevia(clasificarCambios(['README.md', 'tests/unit/a.test.ts'], contexto()), { vistaPrevia });
    expect(texto).toContain('no toca el texto, los datos ni el diseño');
    expect(texto).toContain('<details><summary>Archivos que no cambian lo que se ve (2)</summary>');
    expect(texto).toContain('- `README.md`');
  });

  test('un título con corchetes no rompe el enlace', () => {
    const cambios = clasificarCambios(['content/guia/rara.mdx'], contexto(soloBorrador, { 'content/guia/rara.mdx': '---\ntitle: "Qué es [x] | y"\n---\n' }));
    expect(comentarioDeVistaPrevia(cambios, { vistaPrevia })).toContain('- [Qué es \\[x\\] \\| y](');
  });
});

describe('las direcciones de la tabla y del título', () => {
  test('tituloDePagina lee el frontmatter y tolera lo que no lo tiene', () => {
    expect(tituloDePagina('---\ntitle: "Hola: mundo"\n---\ntexto')).toBe('Hola: mundo');
    expect(tituloDePagina('sin frontmatter')).toBeUndefined();
    expect(tituloDePagina('---\ntitle: [roto\n---\n')).toBeUndefined();
    expect(tituloDePagina(undefined)).toBeUndefined();
  });

  test('rutaDePagina da la dirección de la edición de cada archivo', () => {
    expect(rutaDePagina(soloBorrador, 'guia/protocolos/x.mdx')).toBe('/guia/protocolos/x/');
    expect(rutaDePagina(conVigente, 'guia/protocolos/x.mdx')).toBe('/ediciones/segunda/protocolos/x/');
    expect(rutaDePagina(soloBorrador, 'index.mdx')).toBe('/');
  });

  // La tabla de datos compartidos nombra archivos, componentes y páginas del proyecto: si alguno se
  // renombra, esta prueba lo avisa en vez de dejar enlaces rotos en los comentarios.
  test('cada archivo, componente y página fija de la tabla existe en el proyecto', () => {
    for (const [archivo, dato] of Object.entries(DATOS)) {
      expect(existsSync(`content/${archivo}`), `content/${archivo}`).toBe(true);
      for (const c of dato.componentes ?? []) expect(existsSync(`src/components/${c}.astro`), c).toBe(true);
      for (const { ruta } of dato.enlaces) {
        const fuente = ruta === '/' ? ['content/index.mdx'] : [`content${ruta.slice(0, -1)}.mdx`, `src/pages${ruta.slice(0, -1)}.astro`, `src/pages${ruta}index.astro`, `src/pages${ruta}[...hoja].astro`, `src/pages${ruta}[...camino].astro`];
        expect(fuente.some((f) => existsSync(f)), `${archivo} → ${ruta}`).toBe(true);
      }
    }
  });

  test('cada componente de la tabla lee de verdad su archivo de datos', () => {
    const coleccion: Record<string, string> = { 'lineas.yaml': 'lineas', 'actores.yaml': 'actores', 'fuentes.yaml': 'fuentes', 'glosario.yaml': 'glosario', 'programa.yaml': 'programa' };
    for (const [archivo, nombre] of Object.entries(coleccion)) {
      for (const c of DATOS[archivo]!.componentes ?? []) {
        const fuente = readFileSync(`src/components/${c}.astro`, 'utf-8');
        // Directamente o a través de <EnlacesFuentes>, que lee fuentes.yaml.
        const lee = fuente.includes(`'${nombre}'`) || (nombre === 'fuentes' && fuente.includes('<EnlacesFuentes'));
        expect(lee, `${c} lee ${archivo}`).toBe(true);
      }
    }
  });
});
