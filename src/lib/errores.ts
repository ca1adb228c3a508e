/**
 * Problemas de contenido explicados para quienes editan: archivo, campo y qué hacer.
 * Formato de cada línea: `content/municipios/pehuajo.yaml:12 › contactos[2].telefono: mensaje`.
 */
export interface Problema {
  /** Ruta del archivo desde la raíz del repositorio, con barras `/`. */
  archivo: string;
  /** Ruta del campo, como `contactos[2].telefono`; vacía si el problema es del archivo entero. */
  campo: string;
  mensaje: string;
  /** Línea del archivo (desde 1), si se conoce. */
  linea?: number;
  /** `advertencia` no hace fallar la validación. */
  gravedad?: 'error' | 'advertencia';
}

export type Ruta = ReadonlyArray<PropertyKey>;

/** `['contactos', 2, 'telefono']` → `contactos[2].telefono`. */
export function formatearRuta(ruta: Ruta): string {
  return ruta.reduce<string>((texto, parte) => {
    if (typeof parte === 'number') return `${texto}[${parte}]`;
    return texto ? `${texto}.${String(parte)}` : String(parte);
  }, '');
}

export function formatearProblema(p: Problema): string {
  const lugar = p.linea ? `${p.archivo}:${p.linea}` : p.archivo;
  const aviso = p.gravedad === 'advertencia' ? 'Advertencia: ' : '';
  return p.campo ? `${lugar} › ${p.campo}: ${aviso}${p.mensaje}` : `${lugar}: ${aviso}${p.mensaje}`;
}

/** Error que junta todos los problemas de un archivo; su mensaje ya está listo para mostrar. */
export class ErrorDeContenido extends Error {
  readonly problemas: Problema[];
  constructor(problemas: Problema[]) {
    super(problemas.map(formatearProblema).join('\n'));
    this.name = 'ErrorDeContenido';
    this.problemas = problemas;
  }
}
