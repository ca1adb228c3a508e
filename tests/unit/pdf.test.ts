import { describe, expect, test } from 'vitest';
import { enParalelo } from '../../scripts/lib/pdf.ts';
import { pdfDe, pdfDeFicha } from '../../src/lib/pdf.ts';

describe('enParalelo', () => {
  test('hace cada item una vez, nunca más de N a la vez, y reusa un recurso por tarea', async () => {
    let activos = 0;
    let maximo = 0;
    let recursos = 0;
    const hechos: Array<[number, number]> = [];
    await enParalelo(
      [1, 2, 3, 4, 5, 6, 7],
      3,
      async () => ++recursos,
      async (recurso, item) => {
        activos++;
        maximo = Math.max(maximo, activos);
        await new Promise((r) => setTimeout(r, item % 2 ? 5 : 1));
        hechos.push([recurso, item]);
        activos--;
      },
    );
    expect(hechos.map(([, item]) => item).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(maximo).toBe(3);
    expect(recursos).toBe(3);
  });

  test('no crea más recursos que items', async () => {
    let recursos = 0;
    await enParalelo(['a'], 4, async () => ++recursos, async () => {});
    expect(recursos).toBe(1);
  });

  test('si un item falla, rechaza con su error y no empieza los que faltan', async () => {
    const empezados: number[] = [];
    const trabajo = enParalelo([1, 2, 3, 4, 5], 2, async () => null, async (_, item) => {
      empezados.push(item);
      if (item === 2) throw new Error('la página /x/ respondió 404');
      await new Promise((r) => setTimeout(r, 5));
    });
    await expect(trabajo).rejects.toThrow('la página /x/ respondió 404');
    expect(empezados).toEqual([1, 2]);
  });
});

describe('direcciones de los PDF', () => {
  test('la ficha de un partido va en /pdf/municipios/ solo si la construcción genera PDF', () => {
    expect(pdfDeFicha('pehuajo', { GUIA_CON_PDF: '1' })).toBe('/pdf/municipios/pehuajo.pdf');
    expect(pdfDeFicha('pehuajo', {})).toBeUndefined();
    expect(pdfDe('deteccion', { GUIA_CON_PDF: '1' })).toBe('/pdf/deteccion.pdf');
  });
});
