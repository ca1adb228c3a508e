import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Lo que informa el validador de HTML del W3C (Nu HTML Checker, `vnu.jar`) con `--format gnu`:
 * una línea por problema, `"file:/ruta/index.html":12.5-12.60: error: Mensaje.` (la posición
 * puede faltar, y los errores que detienen el análisis dicen `error fatal:`).
 */
export interface ErrorDeHtml {
  /** El archivo, relativo a la carpeta de trabajo (`dist/buscar/index.html`). */
  archivo: string;
  linea?: number;
  columna?: number;
  mensaje: string;
}

const LINEA = /^"([^"]+)":(?:(\d+)\.(\d+)(?:-\d+\.\d+)?:)? ?(error fatal|error|info warning|info|warning)?:? ?(.*)$/;

/** Los errores de la salida de vnu (las advertencias e informaciones, si las hubiera, se ignoran). */
export function leerSalidaDeVnu(salida: string, cwd = process.cwd()): ErrorDeHtml[] {
  const errores: ErrorDeHtml[] = [];
  for (const linea of salida.split(/\r?\n/)) {
    const m = LINEA.exec(linea.trim());
    if (!m) continue;
    const [, direccion, fila, columna, tipo, mensaje] = m;
    if (tipo !== 'error' && tipo !== 'error fatal') continue;
    const ruta = direccion!.startsWith('file:') ? fileURLToPath(direccion!) : direccion!;
    errores.push({
      archivo: relative(cwd, ruta).split('\\').join('/'),
      linea: fila ? Number(fila) : undefined,
      columna: columna ? Number(columna) : undefined,
      mensaje: tipo === 'error fatal' ? `(el validador no pudo seguir) ${mensaje}` : mensaje!,
    });
  }
  return errores;
}

/**
 * La dirección de la página de un archivo construido: `dist/buscar/index.html` → `/buscar/`,
 * `dist-pruebas/ediciones/404.html` → `/404.html` (con su carpeta como sitio).
 */
export function paginaDeArchivo(archivo: string, carpetas: string[]): { sitio: string; pagina: string } {
  const carpeta = carpetas
    .map((c) => c.replace(/\/+$/, ''))
    .sort((a, b) => b.length - a.length)
    .find((c) => archivo.startsWith(`${c}/`));
  if (!carpeta) return { sitio: '', pagina: archivo };
  const resto = archivo.slice(carpeta.length);
  return { sitio: carpeta, pagina: resto.replace(/(^|\/)index\.html$/, '$1') };
}

/** Unos 80 caracteres del archivo alrededor de la posición (el HTML construido va casi todo en una línea). */
export function fragmento(texto: string, linea: number, columna: number, ancho = 80): string {
  const fila = texto.split(/\r?\n/)[linea - 1] ?? '';
  const desde = Math.max(0, columna - 1 - ancho / 4);
  return fila.slice(desde, desde + ancho).trim();
}

/**
 * El informe en castellano: por sitio y página, cada error con su posición y, si se puede leer el
 * archivo (`leer`), el fragmento del HTML donde está.
 */
export function informeDeHtml(errores: ErrorDeHtml[], carpetas: string[], leer?: (archivo: string) => string): string[] {
  const porPagina = new Map<string, ErrorDeHtml[]>();
  for (const e of errores) {
    const { sitio, pagina } = paginaDeArchivo(e.archivo, carpetas);
    const clave = `${sitio}/ › ${pagina} (${e.archivo})`;
    porPagina.set(clave, [...(porPagina.get(clave) ?? []), e]);
  }
  const lineas: string[] = [];
  for (const [pagina, lista] of [...porPagina].sort(([a], [b]) => a.localeCompare(b))) {
    lineas.push(pagina);
    const texto = leer?.(lista[0]!.archivo);
    for (const e of lista) {
      lineas.push(`  ${e.linea === undefined ? '' : `línea ${e.linea}, columna ${e.columna}: `}${e.mensaje}`);
      if (texto !== undefined && e.linea !== undefined) lineas.push(`    cerca de: ${fragmento(texto, e.linea, e.columna!)}`);
    }
  }
  return lineas;
}
