import type { Municipio } from '../../schemas/municipio.ts';
import { hoy as hoyAlConstruir } from '../fechas.ts';

/** Cuándo un contacto municipal queda «a revisar»: 12 meses después de su verificación. */

/** La fecha `AAAA-MM-DD` desde la que un contacto sigue vigente: hoy menos 12 meses, el mismo día. */
export function limiteDeVigencia(hoy: string): string {
  // Las fechas AAAA-MM-DD se comparan como texto; restar un año al texto da el mismo día
  // (un 29 de febrero da «AAAA-02-29», que igual ordena bien entre el 28 de febrero y el 1 de marzo).
  return `${Number(hoy.slice(0, 4)) - 1}${hoy.slice(4)}`;
}

/**
 * `verificado` si se verificó en los últimos 12 meses (el mismo día del año anterior todavía cuenta),
 * `a-revisar` si pasó más tiempo. Las fechas son `AAAA-MM-DD`; `hoy` se pasa para poder probarlo.
 */
export function estadoContacto(verificado: string, hoy: string = hoyAlConstruir()): 'verificado' | 'a-revisar' {
  return verificado >= limiteDeVigencia(hoy) ? 'verificado' : 'a-revisar';
}

/** `sin-datos` sin contactos; `verificado` si alguno está verificado; si no, `a-revisar`. */
export function estadoMunicipio(
  m: Pick<Municipio, 'contactos'>,
  hoy: string = hoyAlConstruir(),
): 'verificado' | 'a-revisar' | 'sin-datos' {
  if (m.contactos.length === 0) return 'sin-datos';
  return m.contactos.some((c) => estadoContacto(c.verificado, hoy) === 'verificado') ? 'verificado' : 'a-revisar';
}
