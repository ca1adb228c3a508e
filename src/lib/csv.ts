/**
 * Leer y escribir CSV, con csv-parse y csv-stringify (RFC 4180: campos con coma, comillas o salto de
 * línea entre comillas dobles, `""` dentro de ellos). Todo el proyecto lee y escribe CSV por acá,
 * salvo la planilla de contactos (scripts/lib/planilla-contactos.ts), que necesita otras opciones
 * (punto y coma y BOM para Excel en es-AR).
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/** Lee un CSV con encabezado: una fila por registro, con los nombres de columna como claves. Ignora el BOM y las líneas vacías. */
export function leerCsv(texto: string): Array<Record<string, string>> {
  return parse(texto, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as Array<Record<string, string>>;
}

/**
 * Los campos de una sola línea de CSV, o `undefined` si tiene una comilla sin cerrar (el lector
 * seguiría en la línea siguiente). Para los archivos que se validan línea por línea.
 */
export function camposDeLinea(linea: string): string[] | undefined {
  // Sin comillas, los campos son lo que hay entre comas: lo mismo que da csv-parse, sin armar un lector
  // por línea (~0,4 ms cada uno: casi medio segundo para las 900 líneas de localidades.csv).
  if (!linea.includes('"')) return linea === '' ? [] : linea.split(',');
  try {
    const [campos = []] = parse(linea, { relax_column_count: true }) as string[][];
    return campos;
  } catch {
    return undefined;
  }
}

/**
 * Un CSV con su encabezado. Los saltos de línea de Windows (CRLF, como pide RFC 4180) van en los
 * archivos publicados; los de Unix, en los que se editan en el repositorio.
 */
export function escribirCsv(
  encabezado: ReadonlyArray<string>,
  filas: ReadonlyArray<ReadonlyArray<string | number>>,
  saltos: 'unix' | 'windows' = 'unix',
): string {
  return stringify([encabezado, ...filas] as Array<Array<string | number>>, { record_delimiter: saltos });
}
