/** `2026-03-15` → «15 de marzo de 2026». Las fechas de los datos son días, sin hora ni zona. */
export function formatearFecha(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('es-AR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
