import QRCode from 'qrcode';

/** Los códigos ya generados: la misma hoja se imprime en su página y en el cuadernillo (/imprimir/protocolos/). */
const generados = new Map<string, Promise<string>>();

/** Código QR en SVG (sin red: se genera al construir). Lleva a la página exacta de la hoja impresa. */
export function qrSvg(url: string): Promise<string> {
  let svg = generados.get(url);
  if (!svg) {
    svg = QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
    generados.set(url, svg);
  }
  return svg;
}
