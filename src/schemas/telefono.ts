import { parsePhoneNumberWithError, ParseError, validatePhoneNumberLength } from 'libphonenumber-js/max';
import { z } from 'zod';

/**
 * Teléfonos de la Argentina tal como los escriben las personas: `(0221) 400-0000`, `0221 15-400-0000`,
 * `0800-000-0000` (números de ejemplo, no de nadie). Se usan los metadatos completos
 * (`libphonenumber-js/max`) porque distinguen fijo, celular y 0800 y validan cada característica, no
 * solo la cantidad de cifras.
 *
 * Los números cortos (145, 911, 102, 144) no son teléfonos para libphonenumber, que los trata aparte
 * como «short numbers» (google/libphonenumber#1396), algo que libphonenumber-js no incluye. Son
 * líneas y viven en `content/lineas.yaml`, así que acá se rechazan con un mensaje que lo dice.
 */
export type Telefono =
  | {
      ok: true;
      /** Para enlaces `tel:`: `+542214000000`. */
      e164: string;
      /** Formato nacional, como se escribe en la Argentina: `0221 400-0000`, `0221 15-400-0000`, `0800-000-0000`. */
      visible: string;
      /** Tipo según libphonenumber: `FIXED_LINE`, `MOBILE`, `TOLL_FREE`, `UAN`, ... */
      tipo: string;
      /** Interno, si se escribió (`int. 123`). */
      interno?: string;
    }
  | { ok: false; motivo: string };

const EJEMPLO = 'Escribilo con característica, por ejemplo (0221) 400-0000.';
/** Lo que puede tener un número: cifras, espacios, guiones, puntos, paréntesis y un + inicial. */
const SOLO_NUMERO = /^\+?[\d\s().\-]+$/;
/** Un interno al final: `int. 123`, `interno 123`, `ext. 123`. */
const INTERNO = /\s*(?:int\.?|interno|ext\.?)\s*(\d{1,6})$/i;

const TIPOS: Record<string, string> = {
  FIXED_LINE: 'fijo',
  MOBILE: 'celular',
  FIXED_LINE_OR_MOBILE: 'fijo o celular',
  TOLL_FREE: 'gratuito (0800)',
  UAN: 'número único (0810)',
  PREMIUM_RATE: 'de tarifa especial',
  SHARED_COST: 'de costo compartido',
  VOIP: 'de internet',
};

/** `MOBILE` → «celular». */
export function nombreDeTipo(tipo: string): string {
  return TIPOS[tipo] ?? 'teléfono';
}

export function analizarTelefono(texto: string): Telefono {
  const escrito = texto.trim();
  if (!escrito) return { ok: false, motivo: `está vacío. ${EJEMPLO}` };

  const interno = INTERNO.exec(escrito);
  const numero = interno ? escrito.slice(0, interno.index) : escrito;
  if (!SOLO_NUMERO.test(numero)) {
    return {
      ok: false,
      motivo:
        'tiene letras u otros signos. Escribí un solo número por renglón, con cifras, espacios, guiones y paréntesis, por ejemplo (0221) 400-0000; si tiene interno, agregalo al final: (0221) 400-0000 int. 123.',
    };
  }

  const cifras = numero.replace(/\D/g, '');
  if (!numero.trim().startsWith('+') && !cifras.startsWith('0') && cifras.length <= 4) {
    return {
      ok: false,
      motivo:
        'es un número corto, como los de las líneas 145 o 911. Esas líneas están en content/lineas.yaml; acá va un teléfono del área, con característica, por ejemplo (0221) 400-0000.',
    };
  }

  let telefono;
  try {
    telefono = parsePhoneNumberWithError(numero, 'AR');
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    return { ok: false, motivo: motivoDeLongitud(error.message) };
  }
  if (telefono.country && telefono.country !== 'AR') {
    return { ok: false, motivo: `es un número de otro país. Poné un teléfono de la Argentina. ${EJEMPLO}` };
  }
  if (!telefono.isValid()) {
    return { ok: false, motivo: motivoDeLongitud(validatePhoneNumberLength(numero, 'AR')) };
  }
  const tipo = telefono.getType() ?? 'DESCONOCIDO';
  const nacional = telefono.formatNational();
  return {
    ok: true,
    e164: telefono.number,
    visible: interno ? `${nacional} int. ${interno[1]}` : nacional,
    tipo,
    ...(interno ? { interno: interno[1] } : {}),
  };
}

function motivoDeLongitud(codigo: string | undefined): string {
  switch (codigo) {
    case 'TOO_SHORT':
      return `le faltan cifras (puede faltar la característica o parte del número). ${EJEMPLO}`;
    case 'TOO_LONG':
      return `tiene cifras de más. Si son dos números, poné cada uno en su renglón. ${EJEMPLO}`;
    case 'NOT_A_NUMBER':
      return `no parece un número de teléfono. ${EJEMPLO}`;
    default:
      return `no corresponde a ninguna característica o numeración de la Argentina; revisá las cifras. ${EJEMPLO}`;
  }
}

/** Un teléfono ya analizado: lo que necesita quien lo muestra. */
export type TelefonoAnalizado = Omit<Extract<Telefono, { ok: true }>, 'ok'>;

/**
 * Un teléfono como lo escriben las personas. Se analiza una sola vez, acá: el esquema entrega el
 * número ya analizado (para marcar y para leer), y uno que no se puede analizar es un error con
 * archivo y campo, nunca un número que desaparece de la página.
 */
export function telefono() {
  return z.string().transform((texto, ctx): TelefonoAnalizado => {
    const resultado = analizarTelefono(texto);
    if (resultado.ok) {
      const { ok: _ok, ...analizado } = resultado;
      return analizado;
    }
    ctx.addIssue({ code: 'custom', input: texto, message: `"${texto}" no es un teléfono válido de la Argentina: ${resultado.motivo}` });
    return z.NEVER;
  });
}
