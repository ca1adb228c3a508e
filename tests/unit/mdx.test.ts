import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatearProblema } from '../../src/lib/errores.ts';
import { problemasDelCuerpo, type Referencias } from '../../src/lib/mdx.ts';

/**
 * El cuerpo de una página MDX, revisado con el compilador de la construcción. Los casos que además
 * se comparan con la construcción están en construccion.test.ts (tests/fixtures/mdx-roto).
 */
const ARCHIVO = 'content/guia/prueba.mdx';
const RUTA = join(process.cwd(), ARCHIVO);
const ENCABEZADO = '---\ntitle: Prueba\n---\n';
const REFERENCIAS: Referencias = {
  fuentes: { ids: ['ley-26364'], archivo: 'content/fuentes.yaml' },
  glosario: { ids: ['trata'], archivo: 'content/glosario.yaml' },
  lineas: { ids: ['145', '911'], archivo: 'content/lineas.yaml' },
};

const revisar = (cuerpo: string) => problemasDelCuerpo(ARCHIVO, RUTA, ENCABEZADO + cuerpo, REFERENCIAS).map(formatearProblema);

describe('lo que no compila, en castellano y con la línea del archivo', () => {
  test.each([
    [
      "import { Aside } from '@astrojs/starlight/components';\n\n<Aside>\nTexto\n</Asdie>\n",
      `${ARCHIVO}:8 › </Asdie>: no corresponde con lo que está abierto: antes hay que cerrar <Aside>, que se abre en la línea 6. Revisá que los dos nombres estén escritos igual.`,
    ],
    [
      "import { Aside } from '@astrojs/starlight/components';\n\n<Aside>\n\nTexto</Aside>\n",
      `${ARCHIVO}:8 › </Aside>: este cierre quedó pegado al texto, pero <Aside> se abre en la línea 6, antes de ese párrafo. Poné </Aside> solo en su propia línea.`,
    ],
    ['Texto.\n\n</Aside>\n', `${ARCHIVO}:6 › </Aside>: cierra un componente que no se abrió. Borrá este cierre o agregá <Aside> antes.`],
    ['<!-- nota -->\n', `${ARCHIVO}:4: los comentarios <!-- … --> no se pueden usar en una página MDX. Escribilo así: {/* comentario */}.`],
    [
      "import { Aside from '@astrojs/starlight/components';\n\nTexto.\n",
      `${ARCHIVO}:4: una línea «import» o «export» está mal escrita, o le sigue texto sin una línea en blanco. Ejemplo: import { Aside } from '@astrojs/starlight/components'; y después una línea en blanco.`,
    ],
    [
      'Un texto con {una llave.\n',
      `${ARCHIVO}:4: hay una llave { } sin cerrar o con algo que no es válido adentro. Si querías escribir una llave como texto, escribila \\{.`,
    ],
  ])('%j', (cuerpo, esperado) => {
    expect(revisar(cuerpo)).toEqual([esperado]);
  });
});

describe('importaciones y componentes', () => {
  test('un nombre que Starlight no exporta, con sugerencia', () => {
    expect(revisar("import { Asides } from '@astrojs/starlight/components';\n\nTexto.\n")).toEqual([
      `${ARCHIVO}:4 › import '@astrojs/starlight/components': "Asides" no existe en '@astrojs/starlight/components'. ¿Quisiste decir "Aside"?`,
    ]);
  });

  test('un paquete que no existe', () => {
    expect(revisar("import { Aside } from '@astrojs/starlite/components';\n\n<Aside>Hola</Aside>\n")).toEqual([
      `${ARCHIVO}:4 › import '@astrojs/starlite/components': el paquete "@astrojs/starlite/components" no existe. Revisá cómo está escrito (los componentes de Starlight vienen de '@astrojs/starlight/components').`,
    ]);
  });

  test('un componente de Starlight sin importar dice qué línea agregar; uno repetido se informa una vez', () => {
    expect(revisar('<Aside>Uno</Aside>\n\n<Aside>Dos</Aside>\n')).toEqual([
      `${ARCHIVO}:4 › <Aside>: el componente no está importado. Agregalo después del encabezado: import { Aside } from '@astrojs/starlight/components';`,
    ]);
  });

  test('los módulos de Astro y los paquetes que solo se importan (sin require) existen', () => {
    expect(revisar("import { Image } from 'astro:assets';\nimport { chromium } from '@playwright/test';\n\n<Image src=\"/x.png\" alt=\"x\" />\n")).toEqual([]);
  });

  test('las etiquetas HTML en minúscula y los componentes definidos en la página no necesitan importación', () => {
    expect(revisar('export const Nota = () => null;\n\nUna <abbr title="x">sigla</abbr> y <Nota />.\n')).toEqual([]);
  });
});

describe('los ids que citan los componentes', () => {
  const IMPORTS =
    "import Fuente from '~/components/Fuente.astro';\nimport Termino from '~/components/Termino.astro';\nimport ListaLineas from '~/components/ListaLineas.astro';\n\n";

  test('existentes: sin problemas', () => {
    expect(revisar(`${IMPORTS}<Termino id="trata">trata</Termino> <Fuente id="ley-26364" />\n\n<ListaLineas ids={['145', "911"]} />\n`)).toEqual([]);
  });

  test('inexistentes, con sugerencia; se revisa por el archivo del componente, no por el nombre local', () => {
    expect(revisar("import Cita from '~/components/Fuente.astro';\n\nUn dato <Cita id=\"ley-2636\" />.\n")).toEqual([
      `${ARCHIVO}:6 › <Cita id="ley-2636">: "ley-2636" no existe en content/fuentes.yaml. ¿Quisiste decir "ley-26364"?`,
    ]);
    expect(revisar(`${IMPORTS}<ListaLineas ids={['145', '912']} />\n`)).toEqual([
      `${ARCHIVO}:8 › <ListaLineas ids>: "912" no existe en content/lineas.yaml. ¿Quisiste decir "911"?`,
    ]);
  });

  test('un id que no está escrito entre comillas no se puede revisar: se pide escribirlo así', () => {
    expect(revisar(`${IMPORTS}<Fuente id={elegida} />\n`)).toEqual([`${ARCHIVO}:8 › <Fuente id>: escribí el id entre comillas, sin llaves: id="…".`]);
  });
});
