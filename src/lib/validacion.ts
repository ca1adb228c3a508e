import { existsSync, globSync, readFileSync } from 'node:fs';
import { ARCHIVOS_DE_DATOS, leerDatos, type Datos } from './datos.ts';
import { leerRedirecciones } from './direcciones.ts';
import { leerRegistro } from './ediciones.ts';
import { verificarSellos } from './sellos.ts';
import { join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { esquemaDePaginas } from '../schemas/pagina.ts';
import { ErrorDeContenido, type Problema } from './errores.ts';
import { problemasDelCuerpo, type Referencias } from './mdx.ts';
import { problemasDeProtocolo } from './protocolos.ts';
import { validarCobertura } from './municipios/cobertura.ts';
import { archivosDeMunicipios, leerMunicipios } from './municipios/lectura.ts';
import { CSV_DE_LOCALIDADES, leerLocalidades } from './localidades.ts';
import { ARCHIVO_DEL_ARBOL, problemasDelArbol } from './que-hago-ahora.ts';
import { parsearYaml, rutaVisible, validar, type YamlLeido } from './yaml.ts';

/**
 * Todas las verificaciones de contenido que no necesitan construir el sitio. Las usa
 * `npm run validate`; la construcción aplica los mismos esquemas al cargar las colecciones.
 */

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Lee el frontmatter de una página MDX; las líneas informadas son las del archivo. */
export function leerFrontmatter(ruta: string, texto: string = readFileSync(ruta, 'utf-8')): YamlLeido {
  const archivo = rutaVisible(ruta);
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
  return parsearYaml(bloque[1]!, archivo, 1, true);
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

/**
 * Las páginas del sitio, relativas a la raíz del contenido: portada, 404, `guia/**`, las ediciones
 * cerradas y las de `municipios/`. Los archivos que empiezan con `_` no son páginas. El cargador de
 * las páginas (src/lib/cargador.ts) usa estos mismos patrones.
 */
export const PATRONES_DE_PAGINAS = ['{index,404}.{md,mdx}', 'guia/**/[^_]*.{md,mdx}', 'ediciones/*/**/[^_]*.{md,mdx}', 'municipios/[^_]*.mdx'];

/** Las páginas de `raiz` (rutas completas), en orden. */
export function paginas(raiz: string): string[] {
  return globSync(PATRONES_DE_PAGINAS, { cwd: raiz })
    .sort()
    .map((f) => join(raiz, f));
}

/**
 * El esquema del frontmatter, el mismo que el de la colección de páginas. Las imágenes (`hero.image`)
 * se revisan como texto: el archivo lo busca la construcción.
 */
export const frontmatter = esquemaDePaginas({ image: () => z.string() } as unknown as Parameters<typeof esquemaDePaginas>[0]);

/** Si `ruta` es una de las páginas de `raiz`. */
export function esPagina(raiz: string, ruta: string): boolean {
  return paginas(raiz).some((p) => resolve(p) === resolve(ruta));
}

/** Los ids que las páginas pueden citar, con el archivo donde se definen. */
export function referenciasDe(raiz: string, datos: Pick<Datos, 'fuentes' | 'glosario' | 'lineas'>): Referencias {
  const de = (nombre: string, lista: Array<{ id: string }>) => ({ ids: lista.map((x) => x.id), archivo: rutaVisible(join(raiz, nombre)) });
  return { fuentes: de('fuentes.yaml', datos.fuentes), glosario: de('glosario.yaml', datos.glosario), lineas: de('lineas.yaml', datos.lineas) };
}

/**
 * Una página: su frontmatter con el esquema de las páginas; en las de protocolo, su lista de
 * verificación con sus referencias; y en las MDX, su cuerpo (src/lib/mdx.ts). Sin `datos` (porque
 * los archivos de datos tienen errores, que se informan aparte), no se revisan las referencias.
 */
export function validarPagina(raiz: string, ruta: string, datos?: Pick<Datos, 'actores' | 'fuentes' | 'glosario' | 'lineas'>): Problema[] {
  const esProtocolo = /(^|[\\/])protocolos[\\/][^\\/]+\.mdx?$/.test(relative(raiz, ruta));
  return recolectar(() => {
    const texto = readFileSync(ruta, 'utf-8');
    const leido = leerFrontmatter(ruta, texto);
    const resultado = validar(leido, frontmatter);
    const problemas = resultado.ok ? [] : resultado.problemas;
    if (resultado.ok) {
      const { protocolo } = resultado.datos;
      if (!protocolo && esProtocolo) {
        problemas.push({
          archivo: leido.archivo,
          campo: 'protocolo',
          linea: 1,
          mensaje: 'falta la lista de verificación. Toda página de guia/protocolos/ lleva «protocolo:» en el encabezado (mirá otro protocolo como ejemplo).',
        });
      }
      if (protocolo && datos) {
        const contexto = {
          raiz,
          actores: datos.actores.map((a) => a.id),
          lineas: datos.lineas.map((l) => l.id),
          fuentes: datos.fuentes.map((f) => f.id),
        };
        problemas.push(...problemasDeProtocolo(leido.archivo, protocolo, contexto, leido.lineaDe));
      }
    }
    if (ruta.endsWith('.mdx')) problemas.push(...problemasDelCuerpo(leido.archivo, ruta, texto, datos && referenciasDe(raiz, datos)));
    return problemas;
  });
}

/** Todas las páginas de `raiz` (ver `validarPagina`). */
export function validarPaginas(raiz: string, datos?: Datos): Problema[] {
  return paginas(raiz).flatMap((ruta) => validarPagina(raiz, ruta, datos));
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
  const { datos, validos, problemas: deDatos } = leerDatos(raiz);
  const { municipios, problemas: deMunicipios } = leerMunicipios(raiz, validos.actores?.map((a) => a.id));
  const { registro, problemas: deEdiciones } = leerRegistro(raiz);
  const problemas = [
    ...deEdiciones,
    ...recolectar(() => leerRedirecciones(raiz).problemas),
    ...(registro ? verificarSellos(raiz, registro) : []),
    ...validarPaginas(raiz, datos),
    ...deDatos,
    ...(datos ? problemasDelArbol(raiz, datos.lineas.map((l) => l.id), leerFrontmatter) : []),
    ...deMunicipios,
    ...(municipios ? validarCobertura(raiz, municipios) : []),
    // Sin municipios válidos no se puede revisar a qué partido va cada localidad: solo el resto.
    ...leerLocalidades(raiz, municipios && new Set(municipios.map((m) => m.indec))).problemas,
  ];
  const localidades = existsSync(join(raiz, CSV_DE_LOCALIDADES)) ? 1 : 0;
  const arbol = existsSync(join(raiz, ARCHIVO_DEL_ARBOL)) ? 1 : 0;
  return { problemas, revisados: paginas(raiz).length + ARCHIVOS_DE_DATOS.length + archivosDeMunicipios(raiz).length + localidades + arbol };
}
