import { describe, expect, test } from 'vitest';
import { analizarTelefono, nombreDeTipo } from '../../src/schemas/telefono.ts';

describe('teléfonos válidos: E.164 para marcar y formato nacional para leer', () => {
  test.each([
    ['0221 400-0000', '+542214000000', '0221 400-0000', 'FIXED_LINE'],
    ['(0221) 400-0000', '+542214000000', '0221 400-0000', 'FIXED_LINE'],
    ['02214000000', '+542214000000', '0221 400-0000', 'FIXED_LINE'],
    ['(02396) 40-0000', '+542396400000', '02396 40-0000', 'FIXED_LINE'],
    ['(0221) 15 400-0001', '+5492214000001', '0221 15-400-0001', 'MOBILE'],
    ['(02396) 15 40-0001', '+5492396400001', '02396 15-40-0001', 'MOBILE'],
    ['+54 9 11 4000-0000', '+5491140000000', '011 15-4000-0000', 'MOBILE'],
    ['0800-000-0000', '+548000000000', '0800-000-0000', 'TOLL_FREE'],
    ['0800 000 0001', '+548000000001', '0800-000-0001', 'TOLL_FREE'],
  ])('%s', (texto, e164, visible, tipo) => {
    expect(analizarTelefono(texto)).toEqual({ ok: true, e164, visible, tipo });
  });

  test('con interno', () => {
    expect(analizarTelefono('(0221) 400-0000 int. 123')).toEqual({
      ok: true,
      e164: '+542214000000',
      visible: '0221 400-0000 int. 123',
      tipo: 'FIXED_LINE',
      interno: '123',
    });
  });

  test('nombre del tipo en castellano', () => {
    expect(['FIXED_LINE', 'MOBILE', 'TOLL_FREE'].map(nombreDeTipo)).toEqual(['fijo', 'celular', 'gratuito (0800)']);
  });
});

describe('teléfonos rechazados, con el motivo en castellano', () => {
  const EJEMPLO = 'Escribilo con característica, por ejemplo (0221) 400-0000.';
  const CORTO =
    'es un número corto, como los de las líneas 145 o 911. Esas líneas están en content/lineas.yaml; acá va un teléfono del área, con característica, por ejemplo (0221) 400-0000.';
  const SIGNOS =
    'tiene letras u otros signos. Escribí un solo número por renglón, con cifras, espacios, guiones y paréntesis, por ejemplo (0221) 400-0000; si tiene interno, agregalo al final: (0221) 400-0000 int. 123.';

  test.each([
    ['145', CORTO],
    ['911', CORTO],
    ['hola', SIGNOS],
    ['0221 400-0000 / 0001', SIGNOS],
    ['0221 400 0000 whatsapp', SIGNOS],
    ['0 2396', `le faltan cifras (puede faltar la característica o parte del número). ${EJEMPLO}`],
    ['47-2000', `le faltan cifras (puede faltar la característica o parte del número). ${EJEMPLO}`],
    ['(0223) 40-0000', `no corresponde a ninguna característica o numeración de la Argentina; revisá las cifras. ${EJEMPLO}`],
    ['+1 202 555 0100', `es un número de otro país. Poné un teléfono de la Argentina. ${EJEMPLO}`],
    ['   ', `está vacío. ${EJEMPLO}`],
  ])('%s', (texto, motivo) => {
    expect(analizarTelefono(texto)).toEqual({ ok: false, motivo });
  });
});
