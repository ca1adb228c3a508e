import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { edicion, type Edicion } from '../schemas/edicion.ts';
import { archivos } from './archivos.ts';
import { ErrorDeContenido, formatearRuta, leerUnaVezPorCarpeta, type Problema } from './errores.ts';
import { leerYaml, rutaVisible, validar } from './yaml.ts';

/**
 * Las ediciones de la guía.
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

export const ARCHIVO_DE_SELLO = 'sello.json';

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

/** El registro validado de `raiz`; ante cualquier problema lanza ErrorDeContenido con todos. */
export const cargarRegistro = leerUnaVezPorCarpeta(leerRegistro, 'registro').cargar;

/** Carpeta con el texto de una edición: la copia sellada o, para el borrador, content/guia/. */
export function carpetaDeEdicion(raiz: string, registro: Registro, id: string): string {
  return id === registro.borrador.id ? join(raiz, 'guia') : join(raiz, 'ediciones', id);
}

/** Páginas de una edición (`glosario`, `protocolos/deteccion`), sin extensión. */
export function paginasDeEdicion(raiz: string, registro: Registro, id: string): string[] {
  const dir = carpetaDeEdicion(raiz, registro, id);
  return archivos(dir, ['.md', '.mdx']).map((f) => relative(dir, f).replace(/\.mdx?$/, '').split('\\').join('/'));
}

/** Id de la página en el sitio (y su dirección): corta para la edición actual, permanente para las demás. */
export function idDePagina(registro: Registro, edicionId: string, pagina: string): string {
  return edicionId === registro.actual.id ? `guia/${pagina}` : `ediciones/${edicionId}/${pagina}`;
}

/**
 * Id en el sitio de un archivo de páginas de `content/` (la ruta relativa a esa carpeta, con
 * extensión): las páginas de la edición actual van a /guia/, las demás a /ediciones/<id>/.
 */
export function idDeArchivo(registro: Registro, archivo: string): string {
  const sinExtension = archivo.split('\\').join('/').replace(/\.mdx?$/, '');
  const enGuia = /^guia\/(.+)$/.exec(sinExtension);
  if (enGuia) return idDePagina(registro, registro.borrador.id, enGuia[1]!);
  const enEdicion = /^ediciones\/([^/]+)\/(.+)$/.exec(sinExtension);
  if (enEdicion) return idDePagina(registro, enEdicion[1]!, enEdicion[2]!);
  return sinExtension;
}

/** Dirección permanente de una página de una edición. */
export function rutaPermanente(edicionId: string, pagina: string): string {
  return `/ediciones/${edicionId}/${pagina}/`;
}

/** La edición que regía en una fecha (AAAA-MM-DD), o `undefined` si ninguna aprobada regía. */
export function edicionVigenteEl(registro: Registro, fecha: string): Edicion | undefined {
  return registro.ediciones.find(
    (e) => e.estado !== 'borrador' && e.vigente_desde! <= fecha && (!e.reemplazada_el || fecha < e.reemplazada_el),
  );
}

// ——— Sellos ———

const sha256 = (datos: string | Buffer) => createHash('sha256').update(datos).digest('hex');

/** Huella de cada archivo de una carpeta (menos el propio sello), con rutas relativas ordenadas. */
export function huellasDeArchivos(dir: string): Record<string, string> {
  const huellas: Record<string, string> = {};
  for (const f of archivos(dir, [''])) {
    const rel = relative(dir, f).split('\\').join('/');
    if (rel !== ARCHIVO_DE_SELLO) huellas[rel] = sha256(readFileSync(f));
  }
  return huellas;
}

/** El sello: el JSON de las huellas, y su propia huella (la que va al registro). */
export function sellar(dir: string, edicionId: string): { json: string; huella: string } {
  const json = `${JSON.stringify({ edicion: edicionId, archivos: huellasDeArchivos(dir) }, null, 2)}\n`;
  return { json, huella: sha256(json) };
}

/** Verifica que ningún archivo sellado cambió, falte o sobre. Nombra cada archivo. */
export function verificarSellos(raiz: string, registro: Registro): Problema[] {
  const problemas: Problema[] = [];
  const archivoRegistro = rutaVisible(join(raiz, 'ediciones.yaml'));
  registro.ediciones.forEach((e, i) => {
    if (e.estado === 'borrador') return;
    const dir = join(raiz, 'ediciones', e.id);
    const ruta = join(dir, ARCHIVO_DE_SELLO);
    if (!existsSync(ruta)) {
      problemas.push({ archivo: rutaVisible(ruta), campo: '', mensaje: `falta el sello de la edición "${e.id}". Restauralo desde el historial del repositorio; nunca se edita a mano.` });
      return;
    }
    const texto = readFileSync(ruta, 'utf-8');
    if (sha256(texto) !== e.sello) {
      problemas.push({ archivo: archivoRegistro, campo: formatearRuta([i, 'sello']), mensaje: `no coincide con ${rutaVisible(ruta)}: el sello fue modificado. Restauralo desde el historial del repositorio.` });
      return;
    }
    const sellados = (JSON.parse(texto) as { archivos: Record<string, string> }).archivos;
    const actuales = huellasDeArchivos(dir);
    const aviso = 'es parte de una edición cerrada y no se puede cambiar. Deshacé el cambio (restauralo desde el historial) y hacelo en content/guia/, que es el borrador de la próxima edición.';
    for (const [archivo, huella] of Object.entries(sellados)) {
      const visible = rutaVisible(join(dir, archivo));
      if (!(archivo in actuales)) problemas.push({ archivo: visible, campo: '', mensaje: `falta este archivo, que ${aviso}` });
      else if (actuales[archivo] !== huella) problemas.push({ archivo: visible, campo: '', mensaje: `cambió, pero ${aviso}` });
    }
    for (const archivo of Object.keys(actuales)) {
      if (!(archivo in sellados)) problemas.push({ archivo: rutaVisible(join(dir, archivo)), campo: '', mensaje: `se agregó a una edición cerrada. Borralo: los cambios van en content/guia/.` });
    }
  });
  return problemas;
}

/** Nombre del grupo del menú lateral de cada edición (la configuración y el middleware lo comparten). */
export function grupoDelMenu(registro: Registro, e: Edicion): string {
  return e.id === registro.actual.id ? 'Guía' : `Guía: ${e.titulo}`;
}

/** Páginas de la edición actual con su dirección permanente y la corta a la que llevan. */
export function redireccionesPermanentes(raiz: string, registro: Registro): Array<{ pagina: string; desde: string; hacia: string }> {
  return paginasDeEdicion(raiz, registro, registro.actual.id).map((pagina) => ({
    pagina,
    desde: rutaPermanente(registro.actual.id, pagina),
    hacia: `/guia/${pagina}/`,
  }));
}

/** Separa el id de una página del sitio en su edición y su página (`ediciones/x/glosario` → x, glosario). */
export function partesDeId(registro: Registro, id: string): { edicion: string; pagina: string } | undefined {
  const archivada = /^ediciones\/([^/]+)\/(.+)$/.exec(id);
  if (archivada) return { edicion: archivada[1]!, pagina: archivada[2]! };
  const actual = /^guia\/(.+)$/.exec(id);
  return actual ? { edicion: registro.actual.id, pagina: actual[1]! } : undefined;
}

/**
 * En una página que no es de la edición actual, los enlaces a `/guia/<página>/` llevan a esa
 * página en la misma edición (`/ediciones/<id>/<página>/`): quien lee una edición anterior sigue
 * dentro de ella. `archivo` es la ruta del archivo MDX (absoluta o relativa a la raíz del proyecto).
 */
export function enlaceEnSuEdicion(raiz: string, registro: Registro, archivo: string, href: string): string {
  if (!href.startsWith('/guia/')) return href;
  const rel = relative(resolve(raiz), resolve(archivo)).split('\\').join('/');
  const edicion = rel.startsWith('guia/') ? registro.borrador.id : /^ediciones\/([^/]+)\//.exec(rel)?.[1];
  if (!edicion || edicion === registro.actual.id) return href;
  return `/ediciones/${edicion}/${href.slice('/guia/'.length)}`;
}
