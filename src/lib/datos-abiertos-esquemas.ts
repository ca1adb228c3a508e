import { z } from 'zod';
import { actor } from '../schemas/actor.ts';
import { edicion, nota } from '../schemas/edicion.ts';
import { fuente } from '../schemas/fuente.ts';
import { linea } from '../schemas/linea.ts';
import { localidad } from '../schemas/localidad.ts';
import { contacto, municipio, SECCIONES } from '../schemas/municipio.ts';
import { item, pausa, protocolo } from '../schemas/protocolo.ts';
import { termino } from '../schemas/termino.ts';

/**
 * La forma de cada archivo de datos abiertos (`/datos/*.json`), armada con los esquemas del contenido
 * (src/schemas): cada campo publicado es el mismo campo validado, con la misma regla. De acá salen
 * también los JSON Schema que se publican al lado (`/datos/esquemas/<archivo>.schema.json`).
 *
 * Solo se publica lo que las páginas muestran: los campos que ninguna página muestra se quitan acá
 * con `omit` (por ejemplo `hechos` de las fuentes), y una prueba lo revisa en el sitio construido.
 */

/** Dirección de la página que muestra el dato, desde la raíz del sitio (`/municipios/pehuajo/`). */
const pagina = z.string().regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/).describe('Página del sitio que muestra el dato, desde la raíz del sitio.');

/** La edición de la guía a la que corresponden los datos. */
const edicionDeLosDatos = z.strictObject({ id: edicion.shape.id, titulo: edicion.shape.titulo });

/** Cabecera común de cada archivo. */
const cabecera = {
  edicion: edicionDeLosDatos,
  /** Fecha con la que se calculó el estado «verificado» / «a revisar» (la del día de la construcción). */
  fecha: z.iso.date().describe('Fecha (AAAA-MM-DD) en que se generaron los datos: con ella se calcula el estado de los contactos.'),
};

/** Un teléfono como lo muestra la página: el texto visible y el número para marcar (enlace `tel:`). */
export const telefonoPublicado = z.strictObject({
  visible: z.string().min(1).describe('Como se escribe en la Argentina: 0221 400-0000.'),
  e164: z.string().regex(/^\+54\d{6,13}$/).describe('Para marcar desde cualquier teléfono (formato E.164).'),
});

export const contactoPublicado = z.strictObject({
  ...contacto.shape,
  area_nombre: actor.shape.nombre.describe('Nombre del área, de actores.json.'),
  telefonos: z.array(telefonoPublicado),
  estado: z.enum(['verificado', 'a-revisar']).describe('«verificado»: confirmado en los últimos 12 meses (contados desde «fecha»); si no, «a-revisar».'),
});

export const municipioPublicado = z.strictObject({
  slug: municipio.shape.slug,
  nombre: municipio.shape.nombre,
  cabecera: municipio.shape.cabecera,
  seccion: municipio.shape.seccion,
  seccion_nombre: z.enum(Object.values(SECCIONES)),
  indec: municipio.shape.indec,
  variantes: municipio.shape.variantes,
  departamento_judicial: municipio.shape.departamento_judicial,
  nota: municipio.shape.nota,
  fuente: municipio.shape.fuente,
  pagina,
  /** Las localidades y barrios del partido, como los lista su página (#17; el detalle, en /datos/localidades.csv). */
  localidades: z.array(localidad.shape.nombre),
  contactos: z.array(contactoPublicado),
});

// El `id` opcional de un paso se publica como su `clave` (la que usa la lista en la pantalla).
const { id: _id, ...camposDePaso } = item.shape;

export const pasoPublicado = z.strictObject({
  clave: z.string().min(1).describe('Clave estable del paso dentro del protocolo: no cambia si se agregan, quitan o mueven otros pasos.'),
  ...camposDePaso,
});

export const protocoloPublicado = z.strictObject({
  ...protocolo.shape,
  titulo: z.string().min(1),
  pagina,
  pausas: z.array(z.strictObject({ ...pausa.shape, items: z.array(pasoPublicado) })),
});

/** Lo que las páginas no muestran, y por eso no se publica. */
export const lineaPublicada = z.strictObject({ ...linea.omit({ alcance: true }).shape, pagina });
export const actorPublicado = z.strictObject({ ...actor.omit({ grupo: true }).shape, pagina });
export const fuentePublicada = z.strictObject({ ...fuente.omit({ hechos: true }).shape, pagina });
export const terminoPublicado = z.strictObject({ ...termino.shape, pagina });
export const edicionPublicada = z.strictObject({ ...edicion.shape, notas: z.array(nota), pagina });

/** Cada archivo JSON de `/datos/`, con la lista que trae bajo su nombre. */
export const ESQUEMAS_DE_ARCHIVOS = {
  municipios: z.strictObject({ ...cabecera, municipios: z.array(municipioPublicado) }),
  protocolos: z.strictObject({ ...cabecera, protocolos: z.array(protocoloPublicado) }),
  lineas: z.strictObject({ ...cabecera, lineas: z.array(lineaPublicada) }),
  actores: z.strictObject({ ...cabecera, actores: z.array(actorPublicado) }),
  fuentes: z.strictObject({ ...cabecera, fuentes: z.array(fuentePublicada) }),
  glosario: z.strictObject({ ...cabecera, glosario: z.array(terminoPublicado) }),
  ediciones: z.strictObject({ ...cabecera, ediciones: z.array(edicionPublicada) }),
} as const;

export type NombreDeArchivo = keyof typeof ESQUEMAS_DE_ARCHIVOS;
export type ArchivoPublicado<N extends NombreDeArchivo> = z.output<(typeof ESQUEMAS_DE_ARCHIVOS)[N]>;

/** El JSON Schema (draft 2020-12) de un archivo, generado con `z.toJSONSchema` de zod 4. */
export function jsonSchemaDe(nombre: NombreDeArchivo): Record<string, unknown> {
  return { ...z.toJSONSchema(ESQUEMAS_DE_ARCHIVOS[nombre], { io: 'output', target: 'draft-2020-12' }), title: `${nombre}.json` };
}
