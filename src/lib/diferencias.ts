import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { protocolo as esquemaProtocolo, type Item, type Protocolo } from '../schemas/protocolo.ts';
import { carpetaDeEdicion, paginasDeEdicion, type Registro } from './ediciones.ts';
import { distancia } from './sugerencias.ts';
import { claveDePaso, normalizarAccion as normalizar } from './protocolos.ts';
import { leerFrontmatter } from './validacion.ts';

/**
 * Qué cambió entre dos ediciones: páginas agregadas, quitadas y cambiadas, y para cada protocolo
 * los pasos de su lista agregados, quitados y cambiados. Se calcula de los archivos y de las listas
 * tipadas; nadie lo escribe a mano.
 */
export interface CambioDePaso {
  tipo: 'agregado' | 'quitado' | 'cambiado';
  antes?: Item & { pausa: string };
  despues?: Item & { pausa: string };
  /** En un paso cambiado, qué cambió: `accion`, `responsable`, `critico`, `plazo`, `nota`, `base`, `pausa`. */
  campos: string[];
}

const CAMPOS = ['accion', 'responsable', 'critico', 'plazo', 'nota', 'base', 'pausa'] as const;

function pasos(p: Protocolo): Array<Item & { pausa: string }> {
  return p.pausas.flatMap((pausa) => pausa.items.map((item) => ({ ...item, pausa: pausa.nombre })));
}

function camposDistintos(a: Item & { pausa: string }, b: Item & { pausa: string }): string[] {
  return CAMPOS.filter((campo) => JSON.stringify(a[campo] ?? null) !== JSON.stringify(b[campo] ?? null));
}

/** Cambios entre dos versiones de una lista de verificación, en el orden de la nueva. */
export function diferenciasDeLista(antes: Protocolo, despues: Protocolo): CambioDePaso[] {
  const viejos = pasos(antes);
  const nuevos = pasos(despues);
  const usados = new Set<number>();
  const pareja = new Map<number, number>();
  // 1. La misma clave (el mismo `id`, o la misma acción sin importar tildes ni mayúsculas) es el mismo paso.
  nuevos.forEach((n, i) => {
    const j = viejos.findIndex((v, k) => !usados.has(k) && (claveDePaso(v) === claveDePaso(n) || normalizar(v.accion) === normalizar(n.accion)));
    if (j >= 0) {
      usados.add(j);
      pareja.set(i, j);
    }
  });
  // 2. Una acción reescrita pero parecida (menos del 40 % distinta) es un paso cambiado.
  nuevos.forEach((n, i) => {
    if (pareja.has(i)) return;
    let mejor: { j: number; d: number } | undefined;
    viejos.forEach((v, j) => {
      if (usados.has(j)) return;
      const a = normalizar(v.accion);
      const b = normalizar(n.accion);
      const d = distancia(a, b) / Math.max(a.length, b.length);
      if (d < 0.4 && (!mejor || d < mejor.d)) mejor = { j, d };
    });
    if (mejor) {
      usados.add(mejor.j);
      pareja.set(i, mejor.j);
    }
  });
  const cambios: CambioDePaso[] = [];
  nuevos.forEach((n, i) => {
    const j = pareja.get(i);
    if (j === undefined) return cambios.push({ tipo: 'agregado', despues: n, campos: [] });
    const campos = camposDistintos(viejos[j]!, n);
    if (campos.length) cambios.push({ tipo: 'cambiado', antes: viejos[j], despues: n, campos });
  });
  viejos.forEach((v, j) => {
    if (!usados.has(j)) cambios.push({ tipo: 'quitado', antes: v, campos: [] });
  });
  return cambios;
}

export interface DiferenciasDeEdicion {
  agregadas: string[];
  quitadas: string[];
  cambiadas: string[];
  /** Por protocolo (página `protocolos/<id>`), los cambios de su lista. */
  listas: Record<string, CambioDePaso[]>;
}

const huella = (archivo: string) => createHash('sha256').update(readFileSync(archivo)).digest('hex');

function archivoDePagina(raiz: string, registro: Registro, edicion: string, pagina: string): string {
  return join(carpetaDeEdicion(raiz, registro, edicion), `${pagina}.mdx`);
}

function listaDe(archivo: string): Protocolo | undefined {
  const datos = leerFrontmatter(archivo).datos as { protocolo?: unknown };
  return datos.protocolo ? esquemaProtocolo.parse(datos.protocolo) : undefined;
}

export function diferenciasEntreEdiciones(raiz: string, registro: Registro, anterior: string, edicion: string): DiferenciasDeEdicion {
  const antes = new Set(paginasDeEdicion(raiz, registro, anterior));
  const despues = paginasDeEdicion(raiz, registro, edicion);
  const resultado: DiferenciasDeEdicion = { agregadas: [], quitadas: [], cambiadas: [], listas: {} };
  for (const pagina of despues) {
    if (!antes.has(pagina)) {
      resultado.agregadas.push(pagina);
      continue;
    }
    const viejo = archivoDePagina(raiz, registro, anterior, pagina);
    const nuevo = archivoDePagina(raiz, registro, edicion, pagina);
    if (huella(viejo) === huella(nuevo)) continue;
    resultado.cambiadas.push(pagina);
    const [listaVieja, listaNueva] = [listaDe(viejo), listaDe(nuevo)];
    if (listaVieja && listaNueva) {
      const cambios = diferenciasDeLista(listaVieja, listaNueva);
      if (cambios.length) resultado.listas[pagina] = cambios;
    }
  }
  const nuevas = new Set(despues);
  resultado.quitadas = [...antes].filter((p) => !nuevas.has(p));
  return resultado;
}

/** Título de una página de una edición (de su frontmatter), o su nombre si no se puede leer. */
export function tituloDePagina(raiz: string, registro: Registro, edicion: string, pagina: string): string {
  try {
    return (leerFrontmatter(archivoDePagina(raiz, registro, edicion, pagina)).datos as { title?: string }).title ?? pagina;
  } catch {
    return pagina;
  }
}
