import { z } from 'zod';

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

const NOMBRES_DE_TIPO: Record<string, string> = {
  string: 'un texto',
  number: 'un número',
  int: 'un número entero',
  boolean: 'true o false',
  array: 'una lista (líneas que empiezan con «- »)',
  object: 'un grupo de campos',
  date: 'una fecha (AAAA-MM-DD)',
  undefined: 'nada',
  null: 'un valor vacío',
};

function describirValor(valor: unknown): string {
  if (valor === null) return 'un valor vacío';
  if (Array.isArray(valor)) return 'una lista';
  if (valor instanceof Date) return 'una fecha';
  switch (typeof valor) {
    case 'string':
      return `el texto "${valor}"`;
    case 'number':
      return `el número ${valor}`;
    case 'boolean':
      return String(valor);
    case 'object':
      return 'un grupo de campos';
    default:
      return typeof valor;
  }
}

/**
 * Lee y valida el contenido de una carpeta una sola vez: la configuración, el middleware, las páginas
 * y los cargadores lo piden muchas veces por construcción. `leer` devuelve el valor bajo `clave`
 * (`{ datos, problemas }`) solo si no hubo problemas; si los hubo, `cargar` lanza ErrorDeContenido
 * con todos y no guarda nada (la próxima vez vuelve a leer). `olvidar` es para el servidor de
 * desarrollo y las pruebas.
 */
export function leerUnaVezPorCarpeta<R extends { problemas: Problema[] }, K extends Exclude<keyof R, 'problemas'>>(
  leer: (raiz: string) => R,
  clave: K,
) {
  type T = NonNullable<R[K]>;
  const leidos = new Map<string, T>();
  return {
    cargar(raiz: string): T {
      const guardado = leidos.get(raiz);
      if (guardado !== undefined) return guardado;
      const leido = leer(raiz);
      const valor = leido[clave];
      if (valor === undefined || valor === null) throw new ErrorDeContenido(leido.problemas);
      leidos.set(raiz, valor);
      return valor;
    },
    olvidar(): void {
      leidos.clear();
    },
  };
}

/** Distancia de edición, para sugerir «¿Quisiste decir…?» ante un error de tipeo. */
export function distancia(a: string, b: string): number {
  const fila = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = fila[0]!;
    fila[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const arriba = fila[j]!;
      fila[j] = Math.min(arriba + 1, fila[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = arriba;
    }
  }
  return fila[b.length]!;
}

/** La opción más parecida a `valor`, si el parecido es razonable. */
export function sugerencia(valor: string, opciones: Iterable<string>): string | undefined {
  let mejor: { opcion: string; d: number } | undefined;
  for (const opcion of opciones) {
    const d = distancia(valor.toLowerCase(), opcion.toLowerCase());
    if (!mejor || d < mejor.d) mejor = { opcion, d };
  }
  if (!mejor) return undefined;
  return mejor.d <= Math.max(2, Math.floor(mejor.opcion.length / 3)) ? mejor.opcion : undefined;
}

export function quisisteDecir(valor: string, opciones: Iterable<string>): string {
  const parecida = sugerencia(valor, opciones);
  return parecida ? ` ¿Quisiste decir "${parecida}"?` : '';
}

type Issue = z.core.$ZodRawIssue;

/** Mensaje en castellano para un problema que encontró zod. */
export function mensajeDeIssue(issue: Issue, valor: unknown = issue.input): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (valor === undefined) return 'falta este dato. Agregalo: es obligatorio.';
      const esperado = NOMBRES_DE_TIPO[issue.expected] ?? issue.expected;
      const pista =
        issue.expected === 'string' && (typeof valor === 'number' || typeof valor === 'boolean')
          ? ` Si es un texto, escribilo entre comillas: '${String(valor)}'.`
          : '';
      return `se esperaba ${esperado}, pero hay ${describirValor(valor)}.${pista}`;
    }
    case 'invalid_value': {
      const opciones = issue.values.map(String);
      if (opciones.length === 1) return `debe ser "${opciones[0]}".`;
      const sug = typeof valor === 'string' ? quisisteDecir(valor, opciones) : '';
      return `${describirValor(valor)} no es una opción válida. Usá una de estas: ${opciones.join(', ')}.${sug}`;
    }
    case 'unrecognized_keys':
      return `${issue.keys.length === 1 ? 'este campo no existe' : 'estos campos no existen'}. Revisá cómo está escrito o borralo.`;
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'no puede quedar vacío.' : `debe tener al menos ${issue.minimum} caracteres.`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `debe tener al menos ${issue.minimum} ${issue.minimum === 1 ? 'elemento' : 'elementos'}.`;
      return `debe ser ${issue.inclusive ? 'como mínimo' : 'mayor que'} ${String(issue.minimum)}.`;
    case 'too_big':
      if (issue.origin === 'string') return `es demasiado largo: como máximo ${issue.maximum} caracteres.`;
      if (issue.origin === 'array') return `tiene demasiados elementos: como máximo ${issue.maximum}.`;
      return `debe ser ${issue.inclusive ? 'como máximo' : 'menor que'} ${String(issue.maximum)}.`;
    case 'invalid_format':
      if (issue.format === 'url') return `${describirValor(valor)} no es una dirección web válida. Debe empezar con https://.`;
      if (issue.format === 'email') return `${describirValor(valor)} no es un correo electrónico válido (ejemplo: nombre@dominio.gob.ar).`;
      if (issue.format === 'date') return `${describirValor(valor)} no es una fecha válida. Escribila como AAAA-MM-DD.`;
      return undefined;
    default:
      return undefined;
  }
}

/**
 * Todos los esquemas (los nuestros y los de Starlight) informan en castellano: un mensaje escrito
 * en el esquema tiene prioridad; si no hay, se usa `mensajeDeIssue`; si tampoco, el de zod en español.
 */
const mensajesDeZodEnEspanol = z.locales.es().localeError;
z.config({
  localeError: mensajesDeZodEnEspanol,
  customError: (issue) => mensajeDeIssue(issue),
});

/**
 * Convierte un error de zod en problemas con el archivo, la ruta del campo y un mensaje en castellano.
 * `lineaDe` (opcional) dice en qué línea del archivo está un campo.
 */
export function problemasDeZod(
  archivo: string,
  error: z.ZodError,
  lineaDe?: (ruta: Ruta) => number | undefined,
  prefijo: Ruta = [],
): Problema[] {
  return error.issues.flatMap((issue) => {
    const rutas: Ruta[] =
      issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    return rutas.map((ruta) => {
      const completa = [...prefijo, ...ruta];
      return {
        archivo,
        campo: formatearRuta(completa),
        mensaje: issue.message,
        linea: lineaDe?.(completa),
      };
    });
  });
}
