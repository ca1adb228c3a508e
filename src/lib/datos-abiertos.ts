import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Edicion } from '../schemas/edicion.ts';
import type { Municipio } from '../schemas/municipio.ts';
import { SECCIONES, type NumeroDeSeccion } from '../schemas/municipio.ts';
import type { Protocolo } from '../schemas/protocolo.ts';
import { archivos } from './archivos.ts';
import { escribirCsv } from './csv.ts';
import { cargarDatos, type Datos } from './datos.ts';
import {
  ESQUEMAS_DE_ARCHIVOS,
  jsonSchemaDe,
  type ArchivoPublicado,
  type NombreDeArchivo,
} from './datos-abiertos-esquemas.ts';
import { cargarRegistro, carpetaDeEdicion } from './ediciones.ts';
import { ErrorDeContenido } from './errores.ts';
import { cargarLocalidadesPorPartido } from './localidades.ts';
import { cargarMunicipios } from './municipios/lectura.ts';
import { estadoContacto } from './municipios/vigencia.ts';
import { claveDePaso } from './protocolos.ts';
import { idDePagina, rutaPermanente } from './rutas-de-edicion.ts';
import { frontmatter, leerFrontmatter } from './validacion.ts';
import { validar } from './yaml.ts';

/**
 * Datos abiertos: copias legibles por máquina de lo que muestran las páginas, en `/datos/` del sitio
 * construido (src/pages/datos/), con un JSON Schema al lado de cada JSON. Se arman con los mismos
 * lectores que las páginas (`cargarDatos`, `cargarMunicipios`, `cargarRegistro`, el frontmatter de
 * los protocolos con su esquema), así que nunca dicen otra cosa que el sitio.
 *
 * Al cerrar una edición, `npm run edicion:cerrar` guarda una copia en
 * `content/ediciones/<id>/datos/`, sellada con el resto de la edición: el sitio la publica tal cual
 * en `/ediciones/<id>/datos/` (src/pages/ediciones/[edicion]/datos/).
 */

/** Los archivos publicados, en el orden en que los presenta la página /datos/, con qué trae cada uno. */
export const ARCHIVOS_PUBLICADOS: ReadonlyArray<{ nombre: NombreDeArchivo; descripcion: string; csv?: true; enCopias: boolean }> = [
  { nombre: 'municipios', descripcion: 'Los 135 partidos: nombre, cabecera, sección electoral, código INDEC, departamento judicial (donde se conoce), variantes del nombre, sus localidades y barrios, y los contactos locales con su fuente, su fecha de verificación y su estado.', csv: true, enCopias: true },
  { nombre: 'protocolos', descripcion: 'Cada lista de verificación: tipo, objetivo, cuándo usarla, quién la conduce, sus pausas y pasos (cada paso con una clave estable, su responsable, plazo, si es crítico y su base), las líneas a las que escalar y los protocolos relacionados.', enCopias: true },
  { nombre: 'lineas', descripcion: 'Las líneas telefónicas provinciales y nacionales: qué se marca, para qué, quién atiende, horario, fuentes y cuándo se revisaron.', enCopias: true },
  { nombre: 'actores', descripcion: 'Las instituciones y los roles a los que las listas asignan pasos: nivel, qué hacen y cuándo convocarlos.', enCopias: true },
  { nombre: 'fuentes', descripcion: 'Las fuentes que cita la guía: título, cómo se citan, tipo, emisor, fecha, dirección y confianza.', enCopias: true },
  { nombre: 'glosario', descripcion: 'Los términos del glosario con su definición, sinónimos, fuentes y páginas relacionadas.', enCopias: true },
  // El registro cambia con cada edición que se cierra (y una copia no puede llevar su propio sello).
  { nombre: 'ediciones', descripcion: 'El registro de ediciones de la guía: estado, fechas de aprobación y vigencia, notas de cambio y el sello de cada edición cerrada.', enCopias: false },
];

/** Carpeta de la copia de datos dentro de una edición cerrada (`content/ediciones/<id>/datos/`). */
export const CARPETA_DE_DATOS = 'datos';

/** Un protocolo como lo publica su página. */
export interface ProtocoloDePagina {
  titulo: string;
  orden: number;
  protocolo: Protocolo;
}

/** Todo lo que hace falta para armar los datos de una edición. */
export interface EntradaDeDatos {
  edicion: Pick<Edicion, 'id' | 'titulo'>;
  /** Fecha de hoy (AAAA-MM-DD): decide qué contactos están «a revisar», como en las páginas. */
  fecha: string;
  datos: Omit<Datos, 'paginas'>;
  municipios: Municipio[];
  /** Nombres de las localidades de cada partido, por código INDEC (src/lib/localidades.ts). */
  localidades: Map<string, string[]>;
  ediciones: Edicion[];
  protocolos: ProtocoloDePagina[];
  /** Dirección de una página de la guía de esta edición: `glosario` → `/guia/glosario/`. */
  paginaDeGuia: (pagina: string) => string;
}

/**
 * Las listas de verificación de una carpeta de páginas (`content/guia/` o una edición cerrada), leídas
 * del frontmatter con el esquema de las páginas (el mismo que usan la construcción y `npm run validate`),
 * en el orden del menú.
 */
export function protocolosDeCarpeta(carpeta: string): ProtocoloDePagina[] {
  return archivos(join(carpeta, 'protocolos'), ['.md', '.mdx'])
    .map((ruta) => {
      const leido = leerFrontmatter(ruta);
      const resultado = validar(leido, frontmatter);
      if (!resultado.ok) throw new ErrorDeContenido(resultado.problemas);
      const { title, protocolo, sidebar } = resultado.datos;
      return protocolo ? { titulo: title, orden: sidebar.order ?? Number.MAX_SAFE_INTEGER, protocolo } : undefined;
    })
    .filter((p): p is ProtocoloDePagina => p !== undefined)
    .sort((a, b) => a.orden - b.orden || a.titulo.localeCompare(b.titulo, 'es'));
}

/**
 * La entrada de una edición (por defecto, la actual: la de /guia/), con los lectores del sitio.
 * `copia`: para la copia que se sella al cerrar una edición; sus páginas llevan su dirección permanente.
 */
export function leerEntrada(raiz: string, fecha: string, opciones: { edicion?: string; copia?: boolean } = {}): EntradaDeDatos {
  const registro = cargarRegistro(raiz);
  const edicion = registro.ediciones.find((e) => e.id === (opciones.edicion ?? registro.actual.id));
  if (!edicion) throw new Error(`No existe la edición "${opciones.edicion}".`);
  const { paginas: _paginas, ...datos } = cargarDatos(raiz);
  return {
    edicion: { id: edicion.id, titulo: edicion.titulo },
    fecha,
    datos,
    municipios: cargarMunicipios(raiz),
    localidades: new Map([...cargarLocalidadesPorPartido(raiz)].map(([indec, lista]) => [indec, lista.map((l) => l.nombre)])),
    ediciones: registro.ediciones,
    protocolos: protocolosDeCarpeta(carpetaDeEdicion(raiz, registro, edicion.id)),
    paginaDeGuia: (pagina) => (opciones.copia ? rutaPermanente(edicion.id, pagina) : `/${idDePagina(registro, edicion.id, pagina)}/`),
  };
}

/** La lista que trae el archivo `N` bajo su nombre. */
type Lista<N extends NombreDeArchivo> = ArchivoPublicado<N> extends Record<N, infer L> ? L : never;
type MunicipioPublicado = Lista<'municipios'>[number];

function municipiosPublicados(e: EntradaDeDatos): MunicipioPublicado[] {
  const areas = new Map(e.datos.actores.map((a) => [a.id, a.nombre]));
  return e.municipios.map((m) => ({
    slug: m.slug,
    nombre: m.nombre,
    cabecera: m.cabecera,
    seccion: m.seccion,
    seccion_nombre: SECCIONES[m.seccion as NumeroDeSeccion],
    indec: m.indec,
    variantes: m.variantes,
    ...(m.departamento_judicial ? { departamento_judicial: m.departamento_judicial } : {}),
    ...(m.nota ? { nota: m.nota } : {}),
    fuente: m.fuente,
    pagina: `/municipios/${m.slug}/`,
    localidades: e.localidades.get(m.indec) ?? [],
    contactos: m.contactos.map((c) => ({
      ...c,
      area_nombre: areas.get(c.area) ?? c.area,
      telefonos: c.telefonos.map((t) => ({ visible: t.visible, e164: t.e164 })),
      estado: estadoContacto(c.verificado, e.fecha),
    })),
  }));
}

/**
 * Las columnas de `municipios.csv`: una fila por partido. Los contactos van en una sola celda, uno por
 * renglón; el detalle de cada uno está en municipios.json. Para agregar una columna, agregá una línea.
 */
export const COLUMNAS_DE_MUNICIPIOS: ReadonlyArray<[columna: string, valor: (m: MunicipioPublicado) => string | number]> = [
  ['slug', (m) => m.slug],
  ['nombre', (m) => m.nombre],
  ['cabecera', (m) => m.cabecera],
  ['seccion', (m) => m.seccion],
  ['seccion_nombre', (m) => m.seccion_nombre],
  ['indec', (m) => m.indec],
  ['departamento_judicial', (m) => m.departamento_judicial ?? ''],
  ['variantes', (m) => m.variantes.join('; ')],
  ['localidades', (m) => m.localidades.join('; ')],
  ['contactos', (m) => m.contactos.length],
  ['contactos_verificados', (m) => m.contactos.filter((c) => c.estado === 'verificado').length],
  ['ultima_verificacion', (m) => m.contactos.map((c) => c.verificado).sort().at(-1) ?? ''],
  ['detalle_de_contactos', (m) => m.contactos.map(contactoEnUnRenglon).join('\n')],
  ['pagina', (m) => m.pagina],
  ['fuente', (m) => m.fuente],
  ['nota', (m) => m.nota ?? ''],
];

function contactoEnUnRenglon(c: MunicipioPublicado['contactos'][number]): string {
  const partes = [
    `${c.area_nombre}: ${c.nombre}`,
    c.telefonos.length > 0 && `Teléfonos: ${c.telefonos.map((t) => t.visible).join(', ')}`,
    c.correo && `Correo: ${c.correo}`,
    c.direccion && `Dirección: ${c.direccion}`,
    c.horario && `Horario: ${c.horario}`,
    `Fuente: ${c.fuente}`,
    `Verificado: ${c.verificado}${c.verificado_por ? ` por ${c.verificado_por}` : ''} (${c.estado === 'verificado' ? 'verificado' : 'a revisar'})`,
  ];
  return partes.filter(Boolean).join(' | ');
}

/** Las listas de cada archivo, con lo que muestran sus páginas. */
function listas(e: EntradaDeDatos): { [N in NombreDeArchivo]: Lista<N> } {
  const { datos } = e;
  return {
    municipios: municipiosPublicados(e),
    protocolos: e.protocolos.map(({ titulo, protocolo: p }) => ({
      ...p,
      titulo,
      pagina: e.paginaDeGuia(`protocolos/${p.id}`),
      pausas: p.pausas.map((pausa) => ({
        ...pausa,
        // La clave es la de la lista en la pantalla (claveDePaso, src/lib/protocolos.ts): el `id` del paso, si lo tiene.
        items: pausa.items.map(({ id: _id, ...paso }) => ({ clave: claveDePaso({ ...paso, id: _id }), ...paso })),
      })),
    })),
    lineas: datos.lineas.map(({ alcance: _alcance, ...l }) => ({ ...l, pagina: `${e.paginaDeGuia('lineas-y-recursos')}#linea-${l.id}` })),
    actores: datos.actores.map(({ grupo: _grupo, ...a }) => ({ ...a, pagina: `${e.paginaDeGuia('actores-y-roles')}#${a.id}` })),
    fuentes: datos.fuentes.map(({ hechos: _hechos, ...f }) => ({ ...f, pagina: `${e.paginaDeGuia('fuentes')}#${f.id}` })),
    glosario: [...datos.glosario]
      .sort((a, b) => a.termino.localeCompare(b.termino, 'es'))
      .map((t) => ({ ...t, pagina: `${e.paginaDeGuia('glosario')}#${t.id}` })),
    ediciones: e.ediciones.map((ed) => ({ ...ed, pagina: `/ediciones/#${ed.id}` })),
  };
}

/**
 * Los archivos de datos abiertos de una edición: ruta dentro de `/datos/` → contenido. Cada JSON se
 * valida con su esquema antes de publicarse (si un cambio de código publicara algo fuera de su forma,
 * la construcción falla en vez de publicar un archivo que no cumple su propio esquema).
 */
export function armarDatosAbiertos(e: EntradaDeDatos, nombres: readonly NombreDeArchivo[] = ARCHIVOS_PUBLICADOS.map((a) => a.nombre)): Map<string, string> {
  const todas = listas(e);
  const salida = new Map<string, string>();
  for (const nombre of nombres) {
    const contenido = ESQUEMAS_DE_ARCHIVOS[nombre].parse({ edicion: e.edicion, fecha: e.fecha, [nombre]: todas[nombre] });
    salida.set(`${nombre}.json`, `${JSON.stringify(contenido, null, 2)}\n`);
    salida.set(`esquemas/${nombre}.schema.json`, `${JSON.stringify(jsonSchemaDe(nombre), null, 2)}\n`);
  }
  if (nombres.includes('municipios')) {
    const filas = todas.municipios.map((m) => COLUMNAS_DE_MUNICIPIOS.map(([, valor]) => valor(m)));
    salida.set('municipios.csv', escribirCsv(COLUMNAS_DE_MUNICIPIOS.map(([c]) => c), filas, 'windows'));
  }
  return salida;
}

/** Los datos abiertos de la edición actual, como los publica /datos/. */
export function datosAbiertosDe(raiz: string, fecha: string): Map<string, string> {
  return armarDatosAbiertos(leerEntrada(raiz, fecha));
}

/**
 * Escribe la copia de datos de una edición que se cierra en `<carpeta>/datos/` (antes de sellarla:
 * el sello la cubre, así que después nadie la puede cambiar sin que la validación lo diga).
 */
export function escribirCopiaDeEdicion(raiz: string, edicion: string, carpeta: string, fecha: string): string[] {
  const entrada = leerEntrada(raiz, fecha, { edicion, copia: true });
  const nombres = ARCHIVOS_PUBLICADOS.filter((a) => a.enCopias).map((a) => a.nombre);
  const escritos: string[] = [];
  for (const [ruta, contenido] of armarDatosAbiertos(entrada, nombres)) {
    const destino = join(carpeta, CARPETA_DE_DATOS, ruta);
    mkdirSync(dirname(destino), { recursive: true });
    writeFileSync(destino, contenido);
    escritos.push(destino);
  }
  return escritos;
}

/** Las ediciones cerradas que tienen su copia de datos, y los archivos de cada una (rutas dentro de datos/). */
export function copiasDeEdiciones(raiz: string): Array<{ edicion: Edicion; archivos: string[] }> {
  const registro = cargarRegistro(raiz);
  return registro.ediciones
    .filter((e) => e.estado !== 'borrador')
    .map((e) => {
      const dir = join(raiz, 'ediciones', e.id, CARPETA_DE_DATOS);
      const lista = archivos(dir, ['']).map((f) => relative(dir, f).split('\\').join('/'));
      return { edicion: e, archivos: lista.sort() };
    })
    .filter((c) => c.archivos.length > 0);
}


/** El tipo de contenido de un archivo de datos, por su extensión (el servidor estático hace lo mismo). */
export function tipoDeContenido(ruta: string): string {
  if (ruta.endsWith('.csv')) return 'text/csv; charset=utf-8';
  if (ruta.endsWith('.schema.json')) return 'application/schema+json';
  return 'application/json';
}
