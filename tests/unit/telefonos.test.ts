import { describe, expect, test } from 'vitest';
import { analizarTelefono, nombreDeTipo } from '../../src/lib/telefonos.ts';

describe('teléfonos válidos: E.164 para marcar y formato nacional para leer', () => {
  test.each([
    ['0221 429-5500', '+542214295500', '0221 429-5500', 'FIXED_LINE'],
    ['(0221) 429-5500', '+542214295500', '0221 429-5500', 'FIXED_LINE'],
    ['02214295500', '+542214295500', '0221 429-5500', 'FIXED_LINE'],
    ['(02396) 40-0000', '+542396400000', '02396 40-0000', 'FIXED_LINE'],
    ['(0221) 15 555-1234', '+5492215551234', '0221 15-555-1234', 'MOBILE'],
    ['(02396) 15 40-0001', '+5492396400001', '02396 15-40-0001', 'MOBILE'],
    ['+54 9 11 2345-6789', '+5491123456789', '011 15-2345-6789', 'MOBILE'],
    ['0800-666-4403', '+548006664403', '0800-666-4403', 'TOLL_FREE'],
    ['0800 222 1717', '+548002221717', '0800-222-1717', 'TOLL_FREE'],
  ])('%s', (texto, e164, visible, tipo) => {
    expect(analizarTelefono(texto)).toEqual({ ok: true, e164, visible, tipo });
  });

  test('con interno', () => {
    expect(analizarTelefono('(0221) 429-5500 int. 123')).toEqual({
      ok: true,
      e164: '+542214295500',
      visible: '0221 429-5500 int. 123',
      tipo: 'FIXED_LINE',
      interno: '123',
    });
  });

  test('nombre del tipo en castellano', () => {
    expect(['FIXED_LINE', 'MOBILE', 'TOLL_FREE'].map(nombreDeTipo)).toEqual(['fijo', 'celular', 'gratuito (0800)']);
  });
});

describe('teléfonos rechazados, con el motivo en castellano', () => {
  const EJEMPLO = 'Escribilo con característica, por ejemplo (0221) 429-5500.';
  const CORTO =
    'es un número corto, como los de las líneas 145 o 911. Esas líneas están en content/lineas.yaml; acá va un teléfono del área, con característica, por ejemplo (0221) 429-5500.';
  const SIGNOS =
    'tiene letras u otros signos. Escribí un solo número por renglón, con cifras, espacios, guiones y paréntesis, por ejemplo (0221) 429-5500; si tiene interno, agregalo al final: (0221) 429-5500 int. 123.';

  test.each([
    ['145', CORTO],
    ['911', CORTO],
    ['hola', SIGNOS],
    ['0221 429-5500 / 5501', SIGNOS],
    ['0221 429 5500 whatsapp', SIGNOS],
    ['0 2396', `le faltan cifras (puede faltar la característica o parte del número). ${EJEMPLO}`],
    ['47-2000', `le faltan cifras (puede faltar la característica o parte del número). ${EJEMPLO}`],
    ['(0223) 40-0000', `no corresponde a ninguna característica o numeración de la Argentina; revisá las cifras. ${EJEMPLO}`],
    ['+1 202 555 0100', `es un número de otro país. Poné un teléfono de la Argentina. ${EJEMPLO}`],
    ['   ', `está vacío. ${EJEMPLO}`],
  ])('%s', (texto, motivo) => {
    expect(analizarTelefono(texto)).toEqual({ ok: false, motivo });
  });
});
