import QRCode from 'qrcode';

/** Código QR en SVG (sin red: se genera al construir). Lleva a la página exacta de la hoja impresa. */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
}
