/**
 * Los PDF de las listas de verificación y de las fichas de los partidos los genera `npm run pdf`
 * después de construir el sitio (lo hace el flujo de publicación). Las páginas enlazan los PDF solo si la construcción se hizo
 * sabiendo que se van a generar (`GUIA_CON_PDF=1`): así nunca hay un enlace a un PDF que no existe.
 */
export const CARPETA_PDF = 'pdf';

export function conPdf(env: Record<string, string | undefined> = process.env): boolean {
  return env.GUIA_CON_PDF === '1';
}

/** Ruta del PDF de un protocolo (`/pdf/deteccion.pdf`), o `undefined` si no se generan PDF. */
export function pdfDe(id: string, env = process.env): string | undefined {
  return conPdf(env) ? `/${CARPETA_PDF}/${id}.pdf` : undefined;
}

/** Ruta del cuadernillo con todas las listas de la edición. */
export function pdfDelCuadernillo(edicion: string, env = process.env): string | undefined {
  return conPdf(env) ? `/${CARPETA_PDF}/protocolos-${edicion}.pdf` : undefined;
}

/** Carpeta, dentro de la de los PDF, de las fichas de los partidos (una por partido). */
export const CARPETA_FICHAS = 'municipios';

/** Ruta de la ficha de un partido (`/pdf/municipios/pehuajo.pdf`), o `undefined` si no se generan PDF. */
export function pdfDeFicha(slug: string, env = process.env): string | undefined {
  return conPdf(env) ? `/${CARPETA_PDF}/${CARPETA_FICHAS}/${slug}.pdf` : undefined;
}
