import { z } from 'zod';
import { textoPlano } from './comunes.ts';
import { municipio } from './municipio.ts';

/**
 * Los tipos de asentamiento de BAHRA (`tipo_bahra`), con los nombres que les da el repositorio del que
 * se copiaron los datos (datosgobar/georef-ar-etl, geo_admin/models.py en el commit 1b6b19a).
 */
export const TIPOS_DE_LOCALIDAD = {
  LS: 'Localidad simple',
  LC: 'Componente de localidad compuesta',
  E: 'Entidad',
} as const;

/** Una fila de `content/municipios/datos/localidades.csv`: una localidad o barrio y su partido. */
export const localidad = z.strictObject({
  /** Como lo escribe la gente, con tildes («González Catán»). */
  nombre: textoPlano(),
  /** Código INDEC del partido, el mismo que el campo `indec` de su archivo en content/municipios/. */
  partido_indec: z.string().refine((codigo) => municipio.shape.indec.safeParse(codigo).success, {
    message: 'debe ser el código INDEC del partido: 5 cifras que empiezan con 06 (ejemplo: 06427).',
  }),
  tipo: z.enum(Object.keys(TIPOS_DE_LOCALIDAD) as [keyof typeof TIPOS_DE_LOCALIDAD, ...Array<keyof typeof TIPOS_DE_LOCALIDAD>], {
    error: (issue) =>
      `"${String(issue.input)}" no es un tipo de BAHRA. Usá ${Object.entries(TIPOS_DE_LOCALIDAD)
        .map(([codigo, nombre]) => `${codigo} (${nombre.toLowerCase()})`)
        .join(', ')
        .replace(/, ([^,]*)$/, ' o $1')}.`,
  }),
  /** El nombre tal como lo escribe BAHRA (mayúsculas sin tildes), para cotejar con la fuente. */
  nombre_bahra: textoPlano(),
  /** Código BAHRA del asentamiento: 11 cifras. */
  cod_bahra: z.string().regex(/^\d{11}$/, { message: 'debe ser el código BAHRA del asentamiento: 11 cifras (ejemplo: 06427010001).' }),
});

export type Localidad = z.output<typeof localidad>;
