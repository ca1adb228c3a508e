import { existsSync, readFileSync } from 'node:fs';
import { archivos } from './archivos.ts';
import { ARCHIVOS_DE_DATOS, leerDatos, type Datos } from './datos.ts';
import { leerRedirecciones } from './direcciones.ts';
import { leerRegistro } from './ediciones.ts';
import { verificarSellos } from './sellos.ts';
import { join, relative } from 'node:path';
import { paginaFrontmatter } from '../schemas/pagina.ts';
import { ErrorDeContenido, type Problema } from './errores.ts';
import { problemasDeProtocolo } from './protocolos.ts';
import { archivosDeMunicipios, leerMunicipios, validarCobertura } from './municipios.ts';
import { CSV_DE_LOCALIDADES, leerLocalidades } from './localidades.ts';
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

/** Páginas MDX: portada, 404, `guia/**` y las de `municipios/`. */
export function paginas(raiz: string): string[] {
  return [
    ...archivos(raiz, ['.md', '.mdx']).filter((f) => /^(index|404)\.mdx?$/.test(relative(raiz, f))),
    ...archivos(join(raiz, 'guia'), ['.md', '.mdx']),
    ...archivos(join(raiz, 'ediciones'), ['.md', '.mdx']),
    ...archivos(join(raiz, 'municipios'), ['.mdx']).filter((f) => !relative(join(raiz, 'municipios'), f).includes('/')),
  ];
}

/**
 * Frontmatter de cada página y, en las de protocolo, su lista de verificación con sus referencias
 * (si los archivos de datos se pudieron leer; si no, sus propios errores ya se informan).
 */
export function validarPaginas(raiz: string, datos?: Datos): Problema[] {
  const contexto = datos && {
    raiz,
    actores: datos.actores.map((a) => a.id),
    lineas: datos.lineas.map((l) => l.id),
    fuentes: datos.fuentes.map((f) => f.id),
  };
  const esProtocolo = (ruta: string) => /(^|[\\/])protocolos[\\/][^\\/]+\.mdx?$/.test(relative(raiz, ruta));
  return paginas(raiz).flatMap((ruta) =>
    recolectar(() => {
      const leido = leerFrontmatter(ruta);
      const resultado = validar(leido, paginaFrontmatter);
      if (!resultado.ok) return resultado.problemas;
      const { protocolo } = resultado.datos;
      if (!protocolo) {
        return esProtocolo(ruta)
          ? [{ archivo: leido.archivo, campo: 'protocolo', linea: 1, mensaje: 'falta la lista de verificación. Toda página de guia/protocolos/ lleva «protocolo:» en el encabezado (mirá otro protocolo como ejemplo).' }]
          : [];
      }
      return contexto ? problemasDeProtocolo(leido.archivo, protocolo, contexto, leido.lineaDe) : [];
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
  const { municipios, problemas: deMunicipios } = leerMunicipios(raiz);
  const { datos, problemas: deDatos } = leerDatos(raiz);
  const { registro, problemas: deEdiciones } = leerRegistro(raiz);
  const problemas = [
    ...deEdiciones,
    ...recolectar(() => leerRedirecciones(raiz).problemas),
    ...(registro ? verificarSellos(raiz, registro) : []),
    ...validarPaginas(raiz, datos),
    ...deDatos,
    ...deMunicipios,
    ...(municipios ? validarCobertura(raiz, municipios) : []),
    // Sin municipios válidos no se puede revisar a qué partido va cada localidad: solo el resto.
    ...leerLocalidades(raiz, municipios && new Set(municipios.map((m) => m.indec))).problemas,
  ];
  const localidades = existsSync(join(raiz, CSV_DE_LOCALIDADES)) ? 1 : 0;
  return { problemas, revisados: paginas(raiz).length + ARCHIVOS_DE_DATOS.length + archivosDeMunicipios(raiz).length + localidades };
}
