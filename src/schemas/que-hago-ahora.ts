import { z } from 'zod';
import { identificador, textoPlano } from './comunes.ts';

/**
 * «¿Qué hago ahora?» (`content/que-hago-ahora.yaml`): unas pocas preguntas que llevan al protocolo y
 * a la línea que corresponden. La primera pregunta de la lista es la primera que se hace.
 * Lo que el esquema no puede ver (destinos, ciclos, profundidad, que cada paso salga de un
 * protocolo) lo revisa src/lib/que-hago-ahora.ts.
 */

export const respuesta = z.strictObject({
  /** Lo que se elige, corto: «Sí», «No», «Te convocaron a un allanamiento». */
  texto: textoPlano(),
  /** Id de la pregunta o del resultado al que lleva esta respuesta. */
  lleva_a: identificador().optional(),
});

export const pregunta = z.strictObject({
  /** Identificador estable: aparece en la dirección de la página. */
  id: identificador(),
  /** La pregunta, en una línea. */
  texto: textoPlano(),
  /** Una línea de ayuda para responder, si hace falta. */
  ayuda: textoPlano().optional(),
  respuestas: z.array(respuesta).min(2).max(4),
});

export const resultado = z.strictObject({
  /** Identificador estable: aparece en la dirección de la página. */
  id: identificador(),
  /** Qué hacer, en pocas palabras: «Llamá al 911». */
  titulo: textoPlano(),
  /** Lo primero que hay que hacer: de uno a tres pasos, copiados tal cual de los protocolos de abajo. */
  pasos: z.array(textoPlano()).min(1).max(3),
  /** Protocolos que tienen los pasos completos (ids de content/guia/protocolos/), en el orden en que se abren. */
  protocolos: z.array(identificador()).min(1),
  /** Líneas a las que llamar (ids de content/lineas.yaml), de las que escalan esos protocolos. */
  lineas: z.array(identificador()).default([]),
});

export const arbol = z.strictObject({
  preguntas: z.array(pregunta).min(1),
  resultados: z.array(resultado).min(1),
});

export type Pregunta = z.output<typeof pregunta>;
export type Resultado = z.output<typeof resultado>;
export type ArbolLeido = z.output<typeof arbol>;
