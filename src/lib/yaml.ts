import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { ErrorDeContenido, type Problema, type Ruta } from './errores.ts';
import { analizar, problemasDeZod } from './mensajes-zod.ts';

/** Un archivo YAML leído, con lo necesario para decir en qué línea está cada campo. */
export interface YamlLeido {
  archivo: string;
  datos: unknown;
  lineaDe: (ruta: Ruta) => number | undefined;
}

/** Ruta de un archivo tal como la ve quien edita: relativa a la raíz del repositorio, con `/`. */
export function rutaVisible(archivo: string, raiz: string = process.cwd()): string {
  const rel = relative(raiz, archivo).split('\\').join('/');
  return rel.startsWith('..') ? archivo : rel;
}

function lineas(doc: Document, contador: LineCounter, desplazamiento: number) {
  return (ruta: Ruta): number | undefined => {
    // Busca el nodo del campo; si el campo falta, el de su padre más cercano.
    for (let n = ruta.length; n >= 0; n--) {
      const nodo = n === 0 ? doc.contents : doc.getIn(ruta.slice(0, n) as unknown[], true);
      if (isNode(nodo) && nodo.range) return contador.linePos(nodo.range[0]).line + desplazamiento;
    }
    return undefined;
  };
}

/**
 * El último texto YAML analizado (sin errores) de cada archivo. La construcción lee el mismo archivo
 * varias veces, en copias distintas de este módulo (la configuración, la sincronización del contenido
 * y el paquete que genera las páginas): por ejemplo, el frontmatter de los protocolos lo validan las
 * páginas y lo vuelven a leer los datos abiertos y «Qué cambió». Analizar es lo caro; si el texto es
 * el mismo, se usa lo analizado: `toJS()` da datos nuevos en cada lectura (nadie comparte objetos), y
 * un texto con errores o cambiado (en `astro dev`) se vuelve a analizar, así que los mensajes son los
 * mismos. Se guarda en el proceso y no en el módulo, como en leer-una-vez.ts.
 */
type Analizado = { texto: string; doc: Document; contador: LineCounter };
const ANALIZADOS = ((globalThis as unknown as Record<symbol, Map<string, Analizado> | undefined>)[Symbol.for('guia:yaml-analizado')] ??= new Map());

/**
 * Interpreta el texto de un archivo YAML; si tiene errores de sintaxis, lanza ErrorDeContenido.
 * `desplazamiento`: líneas del archivo antes del texto (el `---` inicial de un frontmatter).
 * `fechas`: leer `2025-03-15` sin comillas como fecha, como lo hace Astro con el frontmatter.
 */
export function parsearYaml(texto: string, archivo: string, desplazamiento = 0, fechas = false): YamlLeido {
  const clave = `${fechas ? 'f' : ''}\0${archivo}`;
  const guardado = ANALIZADOS.get(clave);
  if (guardado?.texto === texto) return { archivo, datos: guardado.doc.toJS(), lineaDe: lineas(guardado.doc, guardado.contador, desplazamiento) };
  const contador = new LineCounter();
  const doc = parseDocument(texto, { lineCounter: contador, prettyErrors: false, uniqueKeys: true, ...(fechas ? { customTags: ['timestamp'] } : {}) });
  if (doc.errors.length > 0) {
    throw new ErrorDeContenido(
      doc.errors.map((e) => {
        const linea = contador.linePos(e.pos[0]).line + desplazamiento;
        if (e.code === 'DUPLICATE_KEY') {
          // El nombre del campo repetido: lo que está antes de «:» en esa línea.
          const desde = texto.lastIndexOf('\n', e.pos[0] - 1) + 1;
          const campo = /^[\s-]*([^:]+?)\s*:/.exec(texto.slice(desde).split('\n')[0]!)?.[1] ?? '';
          return { archivo, campo, linea, mensaje: 'este campo aparece dos veces. Dejá uno solo (borrá el que sobra).' };
        }
        return {
          archivo,
          campo: '',
          linea,
          mensaje: `el archivo no es YAML válido (${traducirErrorYaml(e.code, e.message)}). Revisá la sangría, los dos puntos y las comillas cerca de esa línea.`,
        };
      }),
    );
  }
  ANALIZADOS.set(clave, { texto, doc, contador });
  return { archivo, datos: doc.toJS(), lineaDe: lineas(doc, contador, desplazamiento) };
}

function traducirErrorYaml(code: string, mensaje: string): string {
  const conocidos: Record<string, string> = {
    BAD_INDENT: 'sangría incorrecta',
    MISSING_CHAR: 'falta un carácter, por ejemplo unas comillas de cierre',
    MULTILINE_IMPLICIT_KEY: 'un campo ocupa más de una línea o le faltan los dos puntos',
    BLOCK_AS_IMPLICIT_KEY: 'hay un bloque donde se esperaba el nombre de un campo',
    UNEXPECTED_TOKEN: 'hay un carácter inesperado',
    TAB_AS_INDENT: 'se usó una tabulación para sangrar; usá espacios',
    BAD_SCALAR_START: 'un valor empieza con un carácter no permitido; ponelo entre comillas',
  };
  return conocidos[code] ?? mensaje.split('\n')[0]!;
}

export function leerYaml(ruta: string): YamlLeido {
  return parsearYaml(readFileSync(ruta, 'utf-8'), rutaVisible(ruta));
}

/** Valida datos ya leídos contra un esquema; devuelve los datos tipados o los problemas. */
export function validar<S extends z.ZodType>(
  leido: YamlLeido,
  esquema: S,
): { ok: true; datos: z.output<S> } | { ok: false; problemas: Problema[] } {
  const resultado = analizar(esquema, leido.datos);
  if (resultado.success) return { ok: true, datos: resultado.data };
  return { ok: false, problemas: problemasDeZod(leido.archivo, resultado.error, leido.lineaDe) };
}
