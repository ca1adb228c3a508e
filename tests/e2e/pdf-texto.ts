import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Texto y cantidad de páginas de un PDF (con pdf.js, el lector de PDF de Firefox). */
export async function leerPdf(datos: Uint8Array) {
  const doc = await getDocument({ data: new Uint8Array(datos) }).promise;
  const textos: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const contenido = await (await doc.getPage(n)).getTextContent();
    textos.push(contenido.items.map((i) => ('str' in i ? i.str : '')).join(' '));
  }
  return { paginas: doc.numPages, texto: textos.join('\n') };
}
