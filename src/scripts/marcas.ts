/**
 * Las marcas de las listas de verificación, guardadas en este dispositivo (`localStorage`). Es el
 * único lugar que las lee o las escribe; la página de Privacidad describe este mismo formato.
 *
 * Formato: una entrada por lista y edición de la guía,
 *
 *     clave: guia-lista:<edición>:<protocolo>        (por ejemplo, guia-lista:primera:derivacion)
 *     valor: {"fecha":"2026-11-30T14:05:00.000Z","pasos":["texto.1a2b3c4d","avisar-al-145"]}
 *
 * - `pasos`: las claves de los pasos marcados. La clave de un paso es su `id` o, si no tiene, una
 *   huella del texto de su acción (ver `item.id` en src/schemas/protocolo.ts). Nunca la posición.
 * - `fecha`: cuándo se marcó o desmarcó el último paso (ISO 8601, UTC). No se guarda nada más:
 *   ni texto, ni datos de personas.
 *
 * Cuando la lista cambia (una edición nueva del texto, o el borrador en preparación):
 * - un paso agregado aparece sin marcar;
 * - un paso quitado pierde su marca (se olvida al guardar la próxima vez);
 * - un paso reescrito sin `id` tiene otra clave, así que aparece sin marcar; con `id`, conserva su marca;
 * - mover pasos no cambia nada: una marca nunca pasa a otro paso.
 *
 * Las marcas son de un caso: la lista dice de cuándo son («Marcas de hace 2 días»), «Empezar un
 * caso nuevo» borra las de todas las listas, y las de una lista sin marcas nuevas en
 * `VENCEN_A_LOS_DIAS` días se borran al abrir cualquier lista (`borrarVencidas`). Un valor con otro formato (el viejo, por posición: `["0.0","1.2"]`) se borra sin
 * mirarlo: no se puede saber a qué paso correspondía.
 */

export const PREFIJO = 'guia-lista:';

/** Días sin tocar una lista después de los cuales sus marcas se borran. */
export const VENCEN_A_LOS_DIAS = 7;

const DIA = 24 * 60 * 60 * 1000;

export interface Marcas {
  /** Claves de los pasos marcados. */
  pasos: Set<string>;
  /** Cuándo se guardaron por última vez (no hay fecha si no hay marcas). */
  fecha?: Date;
}

/** La clave de almacenamiento de una lista. */
export function claveDeLista(edicion: string, protocolo: string): string {
  return `${PREFIJO}${edicion}:${protocolo}`;
}

/** Lee las marcas de una lista; borra las vencidas y las de un formato que no es este. */
export function leerMarcas(almacen: Storage, clave: string, ahora = new Date()): Marcas {
  const crudo = almacen.getItem(clave);
  if (crudo === null) return { pasos: new Set() };
  let valor: unknown;
  try {
    valor = JSON.parse(crudo);
  } catch {
    valor = undefined;
  }
  const { fecha, pasos } = (valor ?? {}) as { fecha?: unknown; pasos?: unknown };
  const cuando = typeof fecha === 'string' ? new Date(fecha) : undefined;
  const valido = cuando && !Number.isNaN(cuando.getTime()) && Array.isArray(pasos) && pasos.every((p) => typeof p === 'string');
  if (!valido || ahora.getTime() - cuando.getTime() > VENCEN_A_LOS_DIAS * DIA) {
    almacen.removeItem(clave);
    return { pasos: new Set() };
  }
  return { pasos: new Set(pasos as string[]), fecha: cuando };
}

/** Guarda las marcas de una lista con la fecha de ahora; sin marcas, borra la entrada. */
export function guardarMarcas(almacen: Storage, clave: string, pasos: Iterable<string>, ahora = new Date()): Marcas {
  const lista = [...pasos];
  if (!lista.length) {
    almacen.removeItem(clave);
    return { pasos: new Set() };
  }
  almacen.setItem(clave, JSON.stringify({ fecha: ahora.toISOString(), pasos: lista }));
  return { pasos: new Set(lista), fecha: ahora };
}

/** Borra las marcas vencidas (o ilegibles) de todas las listas. */
export function borrarVencidas(almacen: Storage, ahora = new Date()): void {
  for (const clave of clavesDeListas(almacen)) leerMarcas(almacen, clave, ahora);
}

function clavesDeListas(almacen: Storage): string[] {
  return Array.from({ length: almacen.length }, (_, i) => almacen.key(i)).filter((k): k is string => !!k?.startsWith(PREFIJO));
}

/** «Empezar un caso nuevo»: borra las marcas de todas las listas (y nada más del almacenamiento). */
export function borrarTodasLasMarcas(almacen: Storage): void {
  for (const clave of clavesDeListas(almacen)) almacen.removeItem(clave);
}

/** «Marcas de hoy», «Marcas de ayer», «Marcas de hace 3 días», contando días del calendario local. */
export function antiguedadDeMarcas(fecha: Date, ahora = new Date()): string {
  const dia = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  const dias = Math.max(0, Math.round((dia(ahora) - dia(fecha)) / DIA));
  if (dias === 0) return 'Marcas de hoy';
  if (dias === 1) return 'Marcas de ayer';
  return `Marcas de hace ${dias} días`;
}
