// Uno solo para todas las fechas: `toLocaleDateString` arma uno nuevo en cada llamada, y la
// construcción formatea fechas en cada página.
const FORMATO_DE_FECHA = new Intl.DateTimeFormat('es-AR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2026-03-15` → «15 de marzo de 2026». Las fechas de los datos son días, sin hora ni zona. */
export function formatearFecha(iso: string): string {
  return formatearDia(new Date(`${iso}T00:00:00Z`));
}

/** El día de una fecha (en UTC), como `formatearFecha`: «15 de marzo de 2026». */
export function formatearDia(fecha: Date): string {
  return FORMATO_DE_FECHA.format(fecha);
}

/**
 * La fecha de hoy (AAAA-MM-DD) al construir: decide qué contactos están vencidos.
 * `GUIA_HOY` la fija, para que los sitios de prueba den siempre el mismo resultado.
 */
export function hoy(env: Record<string, string | undefined> = process.env): string {
  return env.GUIA_HOY || new Date().toISOString().slice(0, 10);
}
