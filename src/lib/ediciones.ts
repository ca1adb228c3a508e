import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { edicion, type Edicion } from '../schemas/edicion.ts';
import { archivos } from './archivos.ts';
import { contentRoot } from './contenido.ts';
import { ErrorDeContenido, formatearRuta, type Problema } from './errores.ts';
import { formatearFecha } from './fechas.ts';
import { leerUnaVezPorCarpeta } from './leer-una-vez.ts';
import { leerYaml, validar } from './yaml.ts';

/**
 * El registro de ediciones de la guía. (Los sellos están en `sellos.ts`; las direcciones de las
 * páginas de cada edición, en `rutas-de-edicion.ts`; la edición de cada página del sitio, en
 * `edicion-de-pagina.ts`.)
 *
 * - `content/ediciones.yaml` las registra, de la más vieja a la más nueva. La última es siempre el
 *   borrador en preparación, cuyo texto es `content/guia/` (la copia de trabajo).
 * - Cada edición cerrada (vigente o reemplazada) tiene su copia sellada en `content/ediciones/<id>/`,
 *   con un `sello.json` (la huella de cada archivo); el registro guarda la huella del sello.
 * - La edición «actual» es la vigente; si todavía no hay ninguna aprobada, el borrador. Sus páginas
 *   tienen las direcciones cortas `/guia/<página>/`; todas las ediciones tienen además direcciones
 *   permanentes `/ediciones/<id>/<página>/`, que no cambian nunca (los QR impresos apuntan ahí).
 */
export interface Registro {
  ediciones: Edicion[];
  /** La que se muestra en /guia/: la vigente, o el borrador si no hay ninguna aprobada. */
  actual: Edicion;
  /** El borrador en preparación: su texto es content/guia/. */
  borrador: Edicion;
}

/** Registro implícito para contenidos sin ediciones.yaml (los de prueba): un solo borrador. */
const IMPLICITO: Edicion = { id: 'borrador', titulo: 'Borrador sin aprobar', estado: 'borrador', notas: [] };

function conRoles(ediciones: Edicion[]): Registro {
  const borrador = ediciones.at(-1)!;
  return { ediciones, borrador, actual: ediciones.find((e) => e.estado === 'vigente') ?? borrador };
}

export function leerRegistro(raiz: string): { registro?: Registro; problemas: Problema[] } {
  const ruta = join(raiz, 'ediciones.yaml');
  if (!existsSync(ruta)) return { registro: conRoles([IMPLICITO]), problemas: [] };
  let leido;
  try {
    leido = leerYaml(ruta);
  } catch (error) {
    if (error instanceof ErrorDeContenido) return { problemas: error.problemas };
    throw error;
  }
  const resultado = validar(leido, z.array(edicion).min(1, { message: 'tiene que haber al menos una edición (el borrador).' }));
  if (!resultado.ok) return { problemas: resultado.problemas };
  const ediciones = resultado.datos;
  const problemas: Problema[] = [];
  const problema = (ruta: PropertyKey[], mensaje: string) =>
    problemas.push({ archivo: leido.archivo, campo: formatearRuta(ruta), linea: leido.lineaDe(ruta), mensaje });

  const vistos = new Set<string>();
  ediciones.forEach((e, i) => {
    if (vistos.has(e.id)) problema([i, 'id'], `el id "${e.id}" está repetido. Cada edición tiene un id propio.`);
    vistos.add(e.id);
    const ultima = i === ediciones.length - 1;
    if (ultima && e.estado !== 'borrador')
      problema([i, 'estado'], 'la última edición tiene que ser el borrador en preparación (el texto de content/guia/). Cerrá la edición con `npm run edicion:cerrar`, que abre el borrador siguiente.');
    if (!ultima && e.estado === 'borrador')
      problema([i, 'estado'], 'solo la última edición puede ser un borrador; las anteriores están vigentes o reemplazadas.');
  });
  const vigentes = ediciones.flatMap((e, i) => (e.estado === 'vigente' ? [i] : []));
  for (const i of vigentes.slice(1)) problema([i, 'estado'], 'solo puede haber una edición vigente. Marcá la anterior como «reemplazada».');
  return problemas.length ? { problemas } : { registro: conRoles(ediciones), problemas: [] };
}

const registroPorCarpeta = leerUnaVezPorCarpeta(leerRegistro, 'registro', 'registro');

/** El registro validado de `raiz`; ante cualquier problema lanza ErrorDeContenido con todos. */
export const cargarRegistro = registroPorCarpeta.cargar;

/** Olvida los registros leídos: después de escribir ediciones.yaml (`npm run edicion:cerrar`), se vuelve a leer. */
export const olvidarRegistro = registroPorCarpeta.olvidar;

/** El registro de ediciones del contenido que se está construyendo. */
export function registroActual(): Registro {
  return cargarRegistro(contentRoot());
}

/** Carpeta con el texto de una edición: la copia sellada o, para el borrador, content/guia/. */
export function carpetaDeEdicion(raiz: string, registro: Registro, id: string): string {
  return id === registro.borrador.id ? join(raiz, 'guia') : join(raiz, 'ediciones', id);
}

/**
 * Páginas de una edición (`glosario`, `protocolos/deteccion`), sin extensión, leídas de su carpeta.
 * Para los scripts y «Qué cambió»; las páginas del sitio usan `Astro.locals.edicionDePagina`.
 */
export function paginasDeEdicion(raiz: string, registro: Registro, id: string): string[] {
  const dir = carpetaDeEdicion(raiz, registro, id);
  return archivos(dir, ['.md', '.mdx']).map((f) => relative(dir, f).replace(/\.mdx?$/, '').split('\\').join('/'));
}

/** La edición que regía en una fecha (AAAA-MM-DD), o `undefined` si ninguna aprobada regía. */
export function edicionVigenteEl(registro: Registro, fecha: string): Edicion | undefined {
  return registro.ediciones.find(
    (e) => e.estado !== 'borrador' && e.vigente_desde! <= fecha && (!e.reemplazada_el || fecha < e.reemplazada_el),
  );
}

/** Cómo se nombra el estado de una edición en el sello impreso y en los avisos: «vigente desde el …». */
export function estadoDeEdicion(e: Edicion): string {
  if (e.estado === 'borrador') return 'borrador sin aprobar';
  if (e.estado === 'vigente') return `vigente desde el ${formatearFecha(e.vigente_desde!)}`;
  return `reemplazada el ${formatearFecha(e.reemplazada_el!)}`;
}

/**
 * El estado de una edición como frase, para el pie de una hoja impresa y la portada del cuadernillo:
 * «Borrador a validar por el Programa.», «Vigente desde el 1 de febrero de 2026.» o «Reemplazada el …».
 */
export function fraseDeEstado(e: Edicion): string {
  if (e.estado === 'borrador') return 'Borrador a validar por el Programa.';
  const estado = estadoDeEdicion(e);
  return `${estado[0]!.toUpperCase()}${estado.slice(1)}.`;
}
