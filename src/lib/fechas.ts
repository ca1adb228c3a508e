/** `2026-03-15` → «15 de marzo de 2026». Las fechas de los datos son días, sin hora ni zona. */
export function formatearFecha(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('es-AR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * La fecha de hoy (AAAA-MM-DD) al construir: decide qué contactos están vencidos.
 * `GUIA_HOY` la fija, para que los sitios de prueba den siempre el mismo resultado.
 */
export function hoy(env: Record<string, string | undefined> = process.env): string {
  return env.GUIA_HOY || new Date().toISOString().slice(0, 10);
}
