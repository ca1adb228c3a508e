import { z } from 'zod';
import { fuentes, identificador, textoPlano } from './comunes.ts';

export const NIVELES = ['municipal', 'provincial', 'nacional', 'judicial', 'sociedad-civil', 'programa'] as const;

/** Una institución o un rol al que las listas de verificación asignan pasos (`content/actores.yaml`). */
export const actor = z.strictObject({
  /** Identificador estable: las listas de verificación lo usan como `responsable`. */
  id: identificador(),
  nombre: textoPlano(),
  nivel: z.enum(NIVELES),
  /** Etiqueta corta para agrupar (Municipio, Niñez, Justicia...). */
  grupo: textoPlano(),
  /** Qué hace en un caso. */
  rol: textoPlano(),
  /** Cuándo convocarlo. */
  cuando: textoPlano(),
  fuente: fuentes().optional(),
});

export type Actor = z.output<typeof actor>;
