import { z } from 'zod';
import { fechaPasada, identificador, textoPlano } from './comunes.ts';
import { telefono } from './telefono.ts';

/** Secciones electorales de la provincia; la 8 es la Sección Capital (La Plata). */
export const SECCIONES = {
  1: 'Primera sección',
  2: 'Segunda sección',
  3: 'Tercera sección',
  4: 'Cuarta sección',
  5: 'Quinta sección',
  6: 'Sexta sección',
  7: 'Séptima sección',
  8: 'Sección Capital',
} as const;

export type NumeroDeSeccion = keyof typeof SECCIONES;

/** Un contacto local de un área del municipio, con de dónde sale el dato y cuándo se verificó. */
export const contacto = z
  .strictObject({
    /** Qué área es: un id de content/actores.yaml (servicio-local, area-genero...). */
    area: identificador(),
    /** Nombre de la oficina, como la llama el municipio. */
    nombre: textoPlano(),
    /** Teléfonos con característica, como se escriben en la Argentina: '(0XXXX) XX-XXXX'; salen ya analizados. */
    telefonos: z.array(telefono()).default([]),
    correo: z.email().optional(),
    direccion: textoPlano().optional(),
    horario: textoPlano().optional(),
    /** De dónde sale el dato: una llamada al área o la página oficial, con su dirección. */
    fuente: textoPlano(),
    /** Fecha (AAAA-MM-DD) en que alguien confirmó el dato; después de 12 meses queda «a revisar». */
    verificado: fechaPasada(),
    /** Quién lo verificó (un rol o un equipo, no hace falta un nombre). */
    verificado_por: textoPlano().optional(),
  })
  .refine((c) => c.telefonos.length > 0 || c.correo !== undefined, {
    message: 'falta una forma de contactar al área: poné al menos un teléfono en «telefonos» o un «correo».',
  });

/** Un partido de la provincia (`content/municipios/<slug>.yaml`). */
export const municipio = z.strictObject({
  /** Igual al nombre del archivo sin `.yaml`; es la dirección de su página. */
  slug: identificador(),
  nombre: textoPlano(),
  /** Localidad cabecera del partido. */
  cabecera: textoPlano(),
  /** Sección electoral, del 1 al 8 (8 = Sección Capital). */
  seccion: z.int().refine((n) => n in SECCIONES, {
    error: (issue) =>
      `${String(issue.input)} no es una sección electoral. Usá un número del 1 al 8 (la 8 es la Sección Capital).`,
  }),
  /** Código INDEC del partido: 5 cifras, entre comillas ('06182'). */
  indec: z.string().regex(/^06\d{3}$/, {
    message: "debe ser el código INDEC del partido: 5 cifras que empiezan con 06, entre comillas (ejemplo: '06182').",
  }),
  /** Otros nombres con que se lo conoce o se lo escribe; la búsqueda los encuentra. */
  variantes: z.array(textoPlano()).default([]),
  departamento_judicial: textoPlano().optional(),
  /** Aclaración sobre los datos del partido (por ejemplo, una cabecera dudosa). */
  nota: textoPlano().optional(),
  /** De dónde salen el nombre, el código, la sección y la cabecera. */
  fuente: textoPlano(),
  contactos: z.array(contacto).default([]),
});

export type Contacto = z.output<typeof contacto>;
export type Municipio = z.output<typeof municipio>;
