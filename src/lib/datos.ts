import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { actor, type Actor } from '../schemas/actor.ts';
import { fuente, type Fuente } from '../schemas/fuente.ts';
import { linea, type Linea } from '../schemas/linea.ts';
import { programa as esquemaPrograma, PROGRAMA_SIN_CONFIRMAR, type Programa } from '../schemas/programa.ts';
import { termino, type Termino } from '../schemas/termino.ts';
import { ErrorDeContenido, formatearRuta, type Problema, type Ruta } from './errores.ts';
import { leerUnaVezPorCarpeta } from './leer-una-vez.ts';
import { quisisteDecir } from './sugerencias.ts';
import { archivos } from './archivos.ts';
import { leerYaml, rutaVisible, validar, type YamlLeido } from './yaml.ts';

/**
 * Los archivos de datos de `content/` (fuentes, líneas, actores, glosario), validados juntos:
 * cada uno con su esquema, sin ids repetidos, y con todas las referencias entre ellos resueltas.
 * Lo usan la construcción (colecciones en src/content.config.ts) y `npm run validate`.
 */
export interface Datos {
  fuentes: Fuente[];
  lineas: Linea[];
  actores: Actor[];
  glosario: Termino[];
  /** Páginas de la guía vigente, como `glosario` o `protocolos/derivacion` (sin extensión). */
  paginas: string[];
  /** El canal del Programa (`programa.yaml`); «sin-confirmar» si el archivo falta o está vacío. */
  programa: Programa;
}

/** Lee `programa.yaml` (un solo registro, no una lista). Si falta o está vacío, el canal está sin confirmar. */
export function leerPrograma(raiz: string): { programa?: Programa; problemas: Problema[] } {
  const ruta = join(raiz, 'programa.yaml');
  if (!existsSync(ruta)) return { programa: PROGRAMA_SIN_CONFIRMAR, problemas: [] };
  try {
    const leido = leerYaml(ruta);
    if (leido.datos === null || leido.datos === undefined) return { programa: PROGRAMA_SIN_CONFIRMAR, problemas: [] };
    const resultado = validar(leido, esquemaPrograma);
    return resultado.ok ? { programa: resultado.datos, problemas: [] } : { problemas: resultado.problemas };
  } catch (error) {
    if (error instanceof ErrorDeContenido) return { problemas: error.problemas };
    throw error;
  }
}

const ARCHIVOS = {
  fuentes: { archivo: 'fuentes.yaml', esquema: fuente },
  lineas: { archivo: 'lineas.yaml', esquema: linea },
  actores: { archivo: 'actores.yaml', esquema: actor },
  glosario: { archivo: 'glosario.yaml', esquema: termino },
} as const;

type Clave = keyof typeof ARCHIVOS;

/** Nombres de los archivos de datos, en la raíz del contenido. */
export const ARCHIVOS_DE_DATOS = Object.values(ARCHIVOS).map((a) => a.archivo);

/** Páginas de `guia/` de una raíz de contenido, sin extensión. */
export function paginasDeGuia(raiz: string): string[] {
  const dir = join(raiz, 'guia');
  return archivos(dir, ['.md', '.mdx']).map((f) => relative(dir, f).replace(/\.mdx?$/, '').split('\\').join('/'));
}

function idsRepetidos(archivo: string, lista: Array<{ id: string }>, lineaDe: YamlLeido['lineaDe']): Problema[] {
  const vistos = new Map<string, number>();
  const problemas: Problema[] = [];
  lista.forEach(({ id }, i) => {
    const anterior = vistos.get(id);
    if (anterior === undefined) vistos.set(id, i);
    else
      problemas.push({
        archivo,
        campo: formatearRuta([i, 'id']),
        linea: lineaDe([i, 'id']),
        mensaje: `el id "${id}" está repetido: ya lo usa el elemento [${anterior}]. Cada id debe ser único; cambiá uno de los dos.`,
      });
  });
  return problemas;
}

/**
 * `validos`: las listas que pasaron su propio esquema, aunque otro archivo tenga problemas (así,
 * por ejemplo, las áreas de los municipios se revisan contra actores.yaml aunque falle otro archivo).
 */
export function leerDatos(raiz: string): { datos?: Datos; validos: Partial<Omit<Datos, 'paginas'>>; problemas: Problema[] } {
  const problemas: Problema[] = [];
  const leidos: Partial<Record<Clave, YamlLeido>> = {};
  const listas: Partial<Record<Clave, unknown[]>> = {};

  for (const [clave, { archivo, esquema }] of Object.entries(ARCHIVOS) as Array<[Clave, (typeof ARCHIVOS)[Clave]]>) {
    const ruta = join(raiz, archivo);
    if (!existsSync(ruta)) {
      problemas.push({ archivo: rutaVisible(ruta), campo: '', mensaje: 'falta este archivo de datos. Restauralo desde el historial del repositorio.' });
      continue;
    }
    try {
      const leido = leerYaml(ruta);
      leidos[clave] = leido;
      if (leido.datos === null || leido.datos === undefined) {
        problemas.push({ archivo: leido.archivo, campo: '', mensaje: 'el archivo está vacío. Debe tener una lista de elementos, cada uno empezando con «- ».' });
        continue;
      }
      const resultado = validar(leido, z.array(esquema as z.ZodType));
      if (!resultado.ok) problemas.push(...resultado.problemas);
      else {
        listas[clave] = resultado.datos as unknown[];
        problemas.push(...idsRepetidos(leido.archivo, resultado.datos as Array<{ id: string }>, leido.lineaDe));
      }
    } catch (error) {
      if (error instanceof ErrorDeContenido) problemas.push(...error.problemas);
      else throw error;
    }
  }

  const { programa, problemas: deProgramaYaml } = leerPrograma(raiz);
  problemas.push(...deProgramaYaml);

  const paginas = paginasDeGuia(raiz);
  const fuentes = listas.fuentes as Fuente[] | undefined;
  const idsFuentes = new Set(fuentes?.map((f) => f.id));

  /** Revisa que cada id referido exista; `ruta` lleva al campo dentro del archivo. */
  const referencia = (clave: Clave, ruta: Ruta, valor: string, existentes: Set<string>, donde: string) => {
    if (existentes.has(valor)) return;
    const leido = leidos[clave]!;
    problemas.push({
      archivo: leido.archivo,
      campo: formatearRuta(ruta),
      linea: leido.lineaDe(ruta),
      mensaje: `"${valor}" no existe en ${donde}.${quisisteDecir(valor, existentes)}`,
    });
  };

  if (fuentes) {
    const dondeFuentes = `${rutaVisible(join(raiz, 'fuentes.yaml'))}`;
    (listas.lineas as Linea[] | undefined)?.forEach((l, i) =>
      l.fuente.forEach((id, k) => referencia('lineas', [i, 'fuente', k], id, idsFuentes, dondeFuentes)),
    );
    (listas.actores as Actor[] | undefined)?.forEach((a, i) =>
      a.fuente?.forEach((id, k) => referencia('actores', [i, 'fuente', k], id, idsFuentes, dondeFuentes)),
    );
    (listas.glosario as Termino[] | undefined)?.forEach((t, i) => {
      t.fuente?.forEach((id, k) => referencia('glosario', [i, 'fuente', k], id, idsFuentes, dondeFuentes));
    });
  }
  const idsPaginas = new Set(paginas);
  (listas.glosario as Termino[] | undefined)?.forEach((t, i) =>
    t.relacionadas.forEach((slug, k) =>
      referencia('glosario', [i, 'relacionadas', k], slug, idsPaginas, `las páginas de ${rutaVisible(join(raiz, 'guia'))}`),
    ),
  );

  const validos = listas as Partial<Omit<Datos, 'paginas'>>;
  if (problemas.length > 0) return { problemas, validos };
  return {
    problemas,
    validos,
    datos: {
      fuentes: fuentes!,
      lineas: listas.lineas as Linea[],
      actores: listas.actores as Actor[],
      glosario: listas.glosario as Termino[],
      paginas,
      programa: programa!,
    },
  };
}

const datosPorCarpeta = leerUnaVezPorCarpeta(leerDatos, 'datos', 'datos');

/** Los datos validados de `raiz`; ante cualquier problema lanza ErrorDeContenido con todos. */
export const cargarDatos = datosPorCarpeta.cargar;
/** Solo para el servidor de desarrollo y las pruebas: vuelve a leer los archivos. */
export const olvidarDatos = datosPorCarpeta.olvidar;
