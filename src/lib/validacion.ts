import { existsSync, readFileSync } from 'node:fs';
import { archivos } from './archivos.ts';
import { ARCHIVOS_DE_DATOS, leerDatos } from './datos.ts';
import { join, relative } from 'node:path';
import { paginaFrontmatter } from '../schemas/pagina.ts';
import { ErrorDeContenido, type Problema } from './errores.ts';
import { parsearYaml, rutaVisible, validar, type YamlLeido } from './yaml.ts';

/**
 * Todas las verificaciones de contenido que no necesitan construir el sitio. Las usa
 * `npm run validate`; la construcción aplica los mismos esquemas al cargar las colecciones.
 */

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Lee el frontmatter de una página MDX; las líneas informadas son las del archivo. */
export function leerFrontmatter(ruta: string): YamlLeido {
  const archivo = rutaVisible(ruta);
  const texto = readFileSync(ruta, 'utf-8');
  const bloque = FRONTMATTER.exec(texto);
  if (!bloque) {
    throw new ErrorDeContenido([
      {
        archivo,
        campo: '',
        linea: 1,
        mensaje: 'falta el encabezado (frontmatter). La página debe empezar con una línea "---", luego "title: …" y otra línea "---".',
      },
    ]);
  }
  return parsearYaml(bloque[1]!, archivo, 1);
}

/** Envuelve una lectura: un ErrorDeContenido se vuelve lista de problemas. */
export function recolectar(fn: () => Problema[]): Problema[] {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ErrorDeContenido) return error.problemas;
    throw error;
  }
}

/** Páginas de la guía: portada, 404 y `guia/**`. */
export function paginas(raiz: string): string[] {
  return [
    ...archivos(raiz, ['.md', '.mdx']).filter((f) => /^(index|404)\.mdx?$/.test(relative(raiz, f))),
    ...archivos(join(raiz, 'guia'), ['.md', '.mdx']),
  ];
}

export function validarPaginas(raiz: string): Problema[] {
  return paginas(raiz).flatMap((ruta) =>
    recolectar(() => {
      const resultado = validar(leerFrontmatter(ruta), paginaFrontmatter);
      return resultado.ok ? [] : resultado.problemas;
    }),
  );
}

export interface Informe {
  problemas: Problema[];
  revisados: number;
}

/** Corre todas las verificaciones sobre la raíz de contenido `raiz`. */
export function validarContenido(raiz: string): Informe {
  if (!existsSync(raiz)) {
    return {
      revisados: 0,
      problemas: [{ archivo: rutaVisible(raiz), campo: '', mensaje: 'no existe la carpeta de contenido.' }],
    };
  }
  const problemas = [...validarPaginas(raiz), ...leerDatos(raiz).problemas];
  return { problemas, revisados: paginas(raiz).length + ARCHIVOS_DE_DATOS.length };
}
