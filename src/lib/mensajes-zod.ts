import { z } from 'zod';
import { formatearRuta, type Problema, type Ruta } from './errores.ts';
import { quisisteDecir } from './sugerencias.ts';

/**
 * Los mensajes de zod en castellano, para quienes editan: qué se esperaba, qué hay y cómo arreglarlo.
 */

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
 * El mapa de errores de esta guía: un mensaje escrito en el esquema tiene prioridad (zod lo usa antes
 * que este mapa); si no hay, `mensajeDeIssue`; si tampoco, el de zod en español.
 *
 * Se pasa en cada análisis (`analizar`), no con `z.config()`: en zod 4 el mapa que se pasa al analizar
 * le gana al global, y Astro pasa el suyo cada vez que analiza una entrada de una colección
 * (withastro/astro#12634), así que un mapa global no llega a esos errores. Por eso las páginas se
 * validan con este mapa en su cargador (src/lib/cargador.ts), antes de que Astro las analice.
 */
const mensajesDeZodEnEspanol = z.locales.es().localeError;
export const mapaDeErrores: z.core.$ZodErrorMap = (issue) => mensajeDeIssue(issue) ?? mensajesDeZodEnEspanol(issue);

/** `esquema.safeParse(datos)` con los mensajes en castellano de esta guía. */
export function analizar<S extends z.ZodType>(esquema: S, datos: unknown) {
  return esquema.safeParse(datos, { error: mapaDeErrores });
}

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
