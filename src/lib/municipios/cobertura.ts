import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Municipio } from '../../schemas/municipio.ts';
import { leerCsv } from '../csv.ts';
import type { Problema } from '../errores.ts';
import { slugDe } from '../slugs.ts';
import { rutaVisible } from '../yaml.ts';

/** Cantidad de partidos de la provincia de Buenos Aires. */
export const TOTAL_PARTIDOS = 135;

/** La lista de partidos de la que salieron los archivos (ver `datos/LEEME.md`). */
export const CSV_DE_PARTIDOS = join('municipios', 'datos', 'partidos.csv');

/**
 * Advierte (sin hacer fallar la validación) si faltan partidos. Solo revisa un árbol de contenido
 * que tiene la lista de partidos (`municipios/datos/partidos.csv`): el contenido real, no las pruebas.
 */
export function validarCobertura(raiz: string, municipios: Array<Pick<Municipio, 'indec'>>): Problema[] {
  const csv = join(raiz, CSV_DE_PARTIDOS);
  if (!existsSync(csv)) return [];
  const presentes = new Set(municipios.map((m) => m.indec));
  const partidos = leerCsv(readFileSync(csv, 'utf-8'));
  const faltan = partidos.filter((p) => !presentes.has(p.indec_code!));
  if (faltan.length === 0 && municipios.length >= TOTAL_PARTIDOS) return [];
  const dir = rutaVisible(join(raiz, 'municipios'));
  const avisos: Problema[] = faltan.map((p) => ({
    archivo: `${dir}/${slugDe(p.nombre!)}.yaml`,
    campo: '',
    gravedad: 'advertencia',
    mensaje: `falta el archivo del partido ${p.nombre} (código INDEC ${p.indec_code}). Restauralo desde el historial del repositorio.`,
  }));
  if (municipios.length < TOTAL_PARTIDOS) {
    avisos.push({
      archivo: dir,
      campo: '',
      gravedad: 'advertencia',
      mensaje: `hay ${municipios.length} partidos y la provincia tiene ${TOTAL_PARTIDOS}.`,
    });
  }
  return avisos;
}
