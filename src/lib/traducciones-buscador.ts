/**
 * Textos de la interfaz de Pagefind tomados de las traducciones de Starlight (`pagefind.*` en
 * src/content/i18n/es-AR.json y los que trae Starlight), sin el prefijo; el marcador del campo es
 * el nombre del botón («Buscar»).
 */
export function traduccionesDelBuscador(todas: Record<string, unknown>, etiqueta: string): Record<string, string> {
  const traducciones: Record<string, string> = { placeholder: etiqueta };
  for (const [clave, valor] of Object.entries(todas)) {
    if (clave.startsWith('pagefind.') && typeof valor === 'string') traducciones[clave.slice('pagefind.'.length)] = valor;
  }
  return traducciones;
}
