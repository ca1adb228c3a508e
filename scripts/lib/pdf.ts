/**
 * Cantidad de páginas de un PDF generado por Chromium: cuenta los objetos `/Type /Page`
 * (no `/Pages`). Alcanza para los PDF propios; no es un lector general de PDF.
 */
export function contarPaginas(pdf: Uint8Array): number {
  const texto = Buffer.from(pdf).toString('latin1');
  return texto.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
