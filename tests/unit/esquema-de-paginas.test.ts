import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { esquemaDeLaColeccion } from '../../src/schemas/pagina.ts';

type Contexto = Parameters<typeof esquemaDeLaColeccion>[0];

describe('esquemaDeLaColeccion', () => {
  // Como los arman Starlight para <StarlightPage> (una imagen ya importada) y Astro para cada entrada (una ruta).
  const deStarlightPage = () => ({ image: () => z.custom(() => true) }) as unknown as Contexto;
  const deEntrada = () => ({ image: () => z.string().transform((ruta) => ruta) }) as unknown as Contexto;

  it('para <StarlightPage> se arma una sola vez; para cada entrada del contenido, cada vez', () => {
    expect(esquemaDeLaColeccion(deStarlightPage())).toBe(esquemaDeLaColeccion(deStarlightPage()));
    expect(esquemaDeLaColeccion(deEntrada())).not.toBe(esquemaDeLaColeccion(deEntrada()));
  });

  it('el que se guarda valida lo mismo: el frontmatter de Starlight con los campos de la guía', () => {
    const esquema = esquemaDeLaColeccion(deStarlightPage());
    expect(esquema.safeParse({ title: 'Pehuajó' }).success).toBe(true);
    expect(esquema.safeParse({ title: 'Pehuajó', head: [{ tag: 'script' }] }).success).toBe(false);
    expect(esquema.safeParse({ title: 'Pehuajó', template: 'otra' }).success).toBe(false);
  });
});
