/**
 * Medidas de la hoja impresa (A4), en un solo lugar: las usan el componente HojaImpresa.astro (el
 * tamaño de letra de la hoja) y la estimación de si una lista entra en una hoja
 * (`renglonesImpresos` en src/lib/protocolos.ts). Calibradas con los PDF de `npm run pdf`, con los
 * márgenes de `@page` de src/styles/impresion.css: si cambiás una, volvé a generar los PDF y
 * revisá las otras.
 */
export const HOJA_A4 = {
  /** Cuerpo de la hoja, en puntos. Las notas y el pie van más chicos (ver HojaImpresa.astro). */
  cuerpoPt: 9,
  /** Interlineado del cuerpo. */
  interlineado: 1.25,
  /** Renglones de cuerpo que entran en una hoja, con encabezado y pie. */
  renglones: 53,
  /** Caracteres por renglón: un paso con su responsable (todo el ancho), una nota (más chica), el escalamiento (junto al QR). */
  caracteresPorRenglon: { paso: 115, nota: 130, escalamiento: 65 },
} as const;
