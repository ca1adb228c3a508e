import { PDFDocument } from 'pdf-lib';

/**
 * Cantidad de páginas de un PDF generado por Chromium: cuenta los objetos `/Type /Page`
 * (no `/Pages`). Alcanza para los PDF propios; no es un lector general de PDF.
 */
export function contarPaginas(pdf: Uint8Array): number {
  const texto = Buffer.from(pdf).toString('latin1');
  return texto.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

/** Una hoja que `npm run pdf` convierte: `nombre` del archivo (sin `.pdf`, puede llevar carpeta) y `ruta` de la página. */
export interface TrabajoDePdf {
  nombre: string;
  ruta: string;
  /** Si debe entrar en una sola hoja A4 (una lista, una ficha; el cuadernillo no). */
  unaHoja: boolean;
}

/**
 * Hace `hacer(recurso, item)` con cada item, de a `cuantos` a la vez, cada tarea con su propio
 * recurso (una pestaña del navegador), creado una vez con `crear` y reusado para los items que
 * siguen. Si un item falla, no empieza ninguno más y rechaza con ese error.
 */
export async function enParalelo<T, R>(items: readonly T[], cuantos: number, crear: () => Promise<R>, hacer: (recurso: R, item: T) => Promise<void>): Promise<void> {
  let siguiente = 0;
  let fallo = false;
  const tarea = async () => {
    const recurso = await crear();
    while (!fallo && siguiente < items.length) {
      const item = items[siguiente++]!;
      try {
        await hacer(recurso, item);
      } catch (error) {
        fallo = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(cuantos, items.length)) }, tarea));
}

/**
 * Separa un PDF en PDF de una página, en orden, y le pone a cada uno su título (el que muestra el
 * lector de PDF). Así `npm run pdf` imprime las 135 fichas de una vez (Chromium tarda mucho menos en
 * un PDF de 135 hojas que en 135 PDF de una) y guarda un archivo por partido.
 */
export async function separarPaginas(pdf: Uint8Array, titulos: readonly string[] = []): Promise<Uint8Array[]> {
  const origen = await PDFDocument.load(pdf);
  const paginas: Uint8Array[] = [];
  for (let i = 0; i < origen.getPageCount(); i++) {
    const doc = await PDFDocument.create();
    const [pagina] = await doc.copyPages(origen, [i]);
    doc.addPage(pagina!);
    if (titulos[i]) doc.setTitle(titulos[i]!);
    // Sin «object streams»: cada página queda a la vista de contarPaginas y de lectores viejos.
    paginas.push(await doc.save({ useObjectStreams: false }));
  }
  return paginas;
}

/**
 * Corre en el navegador, sobre la página de una ficha ya abierta: le agrega a continuación las fichas
 * (`[data-ficha]`) de las otras `rutas`, cada una en una hoja nueva, para imprimirlas todas juntas.
 * Todas las páginas de partidos salen de la misma plantilla: tienen las mismas hojas de estilo.
 * Devuelve, en orden, el partido y el título de cada ficha.
 */
export async function juntarFichas(rutas: string[]): Promise<Array<{ ficha: string; titulo: string }>> {
  const primera = document.querySelector<HTMLElement>('[data-ficha]');
  if (!primera) throw new Error(`${location.pathname} no tiene una ficha ([data-ficha])`);
  const textos = await Promise.all(
    rutas.map(async (ruta) => {
      const respuesta = await fetch(ruta);
      if (!respuesta.ok) throw new Error(`la página ${ruta} respondió ${respuesta.status}`);
      return { ruta, texto: await respuesta.text() };
    }),
  );
  // Cada ficha sale en su propio PDF de una hoja (npm run pdf lo confirma antes de separarlas): su
  // pie dice lo que diría impresa sola, no «Página 57 de 135». Necesita el contexto sin CSP.
  const pie = document.createElement('style');
  pie.textContent = "@page { @bottom-right { content: 'Página 1 de 1'; } }";
  document.head.append(pie);
  let anterior = primera;
  for (const { ruta, texto } of textos) {
    const ficha = new DOMParser().parseFromString(texto, 'text/html').querySelector<HTMLElement>('[data-ficha]');
    if (!ficha) throw new Error(`${ruta} no tiene una ficha ([data-ficha])`);
    ficha.classList.add('hoja-nueva');
    anterior.after(document.adoptNode(ficha));
    anterior = ficha;
  }
  return [...document.querySelectorAll<HTMLElement>('[data-ficha]')].map((f) => ({
    ficha: f.dataset.ficha!,
    titulo: f.querySelector('.hoja-titulo')?.textContent?.trim() ?? f.dataset.ficha!,
  }));
}
