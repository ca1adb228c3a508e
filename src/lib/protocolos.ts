import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { MAX_ITEMS_POR_PAUSA, type Item, type Protocolo } from '../schemas/protocolo.ts';
import { archivos } from './archivos.ts';
import { formatearRuta, type Problema, type Ruta } from './errores.ts';
import { HOJA_A4 } from './hoja-impresa.ts';
import { quisisteDecir } from './sugerencias.ts';
import { rutaVisible } from './yaml.ts';

/**
 * Reglas de los protocolos que van más allá de su esquema: referencias a otros archivos (actores,
 * líneas, fuentes, otros protocolos), id igual al nombre del archivo, claves de paso únicas, y advertencias de tamaño
 * (más de 9 ítems en una pausa, o una lista que no entra en una hoja A4).
 * Las usan `npm run validate` y la construcción (el componente de la lista de verificación).
 */
export interface ContextoProtocolos {
  raiz: string;
  actores: Iterable<string>;
  lineas: Iterable<string>;
  fuentes: Iterable<string>;
}

/** Ids de los protocolos: los archivos de `guia/protocolos/`. */
export function idsDeProtocolos(raiz: string): string[] {
  return archivos(join(raiz, 'guia', 'protocolos'), ['.mdx']).map((f) => basename(f, '.mdx'));
}

/** Ids de los protocolos de la misma carpeta (la misma edición) que el archivo dado. */
export function protocolosHermanos(archivo: string): string[] {
  return archivos(dirname(archivo), ['.mdx']).map((f) => basename(f, '.mdx'));
}

/** Una acción sin tildes, en minúsculas y con los espacios juntos: «Anotá  solo» = «anota solo». */
export const normalizarAccion = (texto: string) =>
  texto.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Clave estable de un paso: su `id` o, si no tiene, `texto.` y 8 caracteres de la huella de su
 * acción normalizada. La derivación está documentada en el esquema (`item.id`, src/schemas/protocolo.ts).
 */
export function claveDePaso(item: Pick<Item, 'id' | 'accion'>): string {
  return item.id ?? `texto.${createHash('sha256').update(normalizarAccion(item.accion)).digest('hex').slice(0, 8)}`;
}

/** Los renglones que entran en la hoja: las medidas están en src/lib/hoja-impresa.ts. */
export const RENGLONES_POR_HOJA = HOJA_A4.renglones;

/**
 * Renglones que ocupa la lista impresa, estimados: encabezado, títulos de pausa, cada ítem con su
 * responsable en la misma línea, notas, y al pie el escalamiento junto al QR.
 */
export function renglonesImpresos(p: Protocolo): number {
  const renglones = (caracteres: number, ancho: number) => Math.ceil(caracteres / ancho);
  const META = 45; // « — Responsable: <actor> · Fuente: …», en promedio; más « · Plazo sugerido: » si hay plazo
  let total = 9; // encabezado, tipo, objetivo, cuándo y quién conduce
  for (const pausa of p.pausas) {
    total += 1.5;
    for (const item of pausa.items) {
      total +=
        renglones(item.accion.length + META + (item.plazo ? item.plazo.length + 18 : 0), HOJA_A4.caracteresPorRenglon.paso) +
        (item.nota ? renglones(item.nota.length, HOJA_A4.caracteresPorRenglon.nota) : 0);
    }
  }
  const escalamiento = 1.5 + p.escalamiento.reduce((n, e) => n + renglones(e.situacion.length + 30, HOJA_A4.caracteresPorRenglon.escalamiento), 0);
  return Math.ceil(total + Math.max(escalamiento, 6));
}

export function problemasDeProtocolo(
  archivo: string,
  p: Protocolo,
  ctx: ContextoProtocolos,
  lineaDe: (ruta: Ruta) => number | undefined = () => undefined,
): Problema[] {
  const problemas: Problema[] = [];
  const raiz = ['protocolo'];
  const agregar = (ruta: Ruta, mensaje: string, gravedad: Problema['gravedad'] = 'error') =>
    problemas.push({ archivo, campo: formatearRuta([...raiz, ...ruta]), linea: lineaDe([...raiz, ...ruta]), mensaje, gravedad });
  const referencia = (ruta: Ruta, valor: string, existentes: Iterable<string>, archivoDatos: string) => {
    const lista = [...existentes];
    if (!lista.includes(valor)) agregar(ruta, `"${valor}" no existe en ${archivoDatos}.${quisisteDecir(valor, lista)}`);
  };
  const donde = (nombre: string) => rutaVisible(join(ctx.raiz, nombre));

  const esperado = basename(archivo).replace(/\.mdx?$/, '');
  if (p.id !== esperado) agregar(['id'], `debe ser igual al nombre del archivo: "${esperado}".`);
  referencia(['conduce'], p.conduce, ctx.actores, donde('actores.yaml'));
  const claves = new Map<string, Ruta>();
  p.pausas.forEach((pausa, i) => {
    if (pausa.items.length > MAX_ITEMS_POR_PAUSA)
      agregar(
        ['pausas', i, 'items'],
        `tiene ${pausa.items.length} ítems; se recomiendan ${MAX_ITEMS_POR_PAUSA} como máximo por pausa. Dividila en dos pausas o juntá pasos.`,
        'advertencia',
      );
    pausa.items.forEach((item, j) => {
      const clave = claveDePaso(item);
      const otro = claves.get(clave);
      if (otro)
        agregar(
          ['pausas', i, 'items', j, item.id ? 'id' : 'accion'],
          item.id
            ? `el id "${item.id}" ya lo usa otro paso (${formatearRuta([...raiz, ...otro])}). Cada paso tiene un id propio.`
            : `repite la acción de otro paso (${formatearRuta([...raiz, ...otro])}). Cambiá el texto o poné un «id» distinto a cada uno.`,
        );
      claves.set(clave, ['pausas', i, 'items', j]);
      referencia(['pausas', i, 'items', j, 'responsable'], item.responsable, ctx.actores, donde('actores.yaml'));
      item.base?.forEach((b, k) => referencia(['pausas', i, 'items', j, 'base', k, 'fuente'], b.fuente, ctx.fuentes, donde('fuentes.yaml')));
    });
  });
  p.escalamiento.forEach((e, i) => referencia(['escalamiento', i, 'linea'], e.linea, ctx.lineas, donde('lineas.yaml')));
  // Los relacionados se buscan en la misma carpeta: la misma edición.
  p.relacionados.forEach((id, i) =>
    referencia(['relacionados', i], id, protocolosHermanos(archivo), `los protocolos de ${dirname(archivo)}`),
  );
  const renglones = renglonesImpresos(p);
  if (renglones > RENGLONES_POR_HOJA)
    agregar(
      [],
      `la lista impresa no entraría en una hoja A4 (unos ${renglones} renglones; entran unos ${RENGLONES_POR_HOJA}). Acortá ítems o notas, o dividí el protocolo.`,
      'advertencia',
    );
  return problemas;
}
