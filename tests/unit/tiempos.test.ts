import { describe, expect, test } from 'vitest';
import { segundos } from '../../scripts/lib/tiempos.ts';

describe('duraciones que imprime npm test', () => {
  test('menos de un minuto, con un decimal', () => {
    expect(segundos(8.26)).toBe('8.3 s');
    expect(segundos(59.9)).toBe('59.9 s');
  });
  test('los minutos se cuentan después de redondear: nunca «5 min 60 s»', () => {
    expect(segundos(359.7)).toBe('6 min 0 s');
    expect(segundos(59.97)).toBe('1 min 0 s');
    expect(segundos(495.2)).toBe('8 min 15 s');
  });
});
