import { basename, dirname, join } from 'node:path';
import { MAX_ITEMS_POR_PAUSA, type Protocolo } from '../schemas/protocolo.ts';
import { archivos } from './archivos.ts';
import { formatearRuta, quisisteDecir, type Problema, type Ruta } from './errores.ts';
import { rutaVisible } from './yaml.ts';

/**
 * Reglas de los protocolos que van más allá de su esquema: referencias a otros archivos (actores,
 * líneas, fuentes, otros protocolos), id igual al nombre del archivo, y advertencias de tamaño
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

/**
 * Renglones que ocupa la lista impresa, estimados: encabezado, títulos de pausa, cada ítem con su
 * responsable en la misma línea (≈ 115 caracteres por renglón), notas, y al pie el escalamiento
 * junto al QR. Calibrado con los PDF de `npm run pdf` (9 pt en A4): entran unos 53 renglones.
 */
export const RENGLONES_POR_HOJA = 53;

export function renglonesImpresos(p: Protocolo): number {
  const renglones = (caracteres: number, ancho: number) => Math.ceil(caracteres / ancho);
  const META = 45; // « — Responsable: <actor> · Fuente: …», en promedio; más « · Plazo sugerido: » si hay plazo
  let total = 9; // encabezado, tipo, objetivo, cuándo y quién conduce
  for (const pausa of p.pausas) {
    total += 1.5;
    for (const item of pausa.items) {
      total += renglones(item.accion.length + META + (item.plazo ? item.plazo.length + 18 : 0), 115) + (item.nota ? renglones(item.nota.length, 130) : 0);
    }
  }
  const escalamiento = 1.5 + p.escalamiento.reduce((n, e) => n + renglones(e.situacion.length + 30, 65), 0);
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
  p.pausas.forEach((pausa, i) => {
    if (pausa.items.length > MAX_ITEMS_POR_PAUSA)
      agregar(
        ['pausas', i, 'items'],
        `tiene ${pausa.items.length} ítems; se recomiendan ${MAX_ITEMS_POR_PAUSA} como máximo por pausa. Dividila en dos pausas o juntá pasos.`,
        'advertencia',
      );
    pausa.items.forEach((item, j) => {
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
