/**
 * La edición de la guía que se está publicando. Por ahora hay una sola: el borrador en preparación,
 * todavía sin aprobar por el Programa.
 */
export interface EdicionPublicada {
  id: string;
  titulo: string;
  /** Aprobada y en vigencia; `false` mientras es un borrador. */
  aprobada: boolean;
}

export function edicionPublicada(): EdicionPublicada {
  return { id: 'borrador', titulo: 'Borrador sin aprobar', aprobada: false };
}
