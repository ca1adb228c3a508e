import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { arbol as esquemaArbol, type ArbolLeido } from '../schemas/que-hago-ahora.ts';
import { protocolo as esquemaProtocolo, type Protocolo } from '../schemas/protocolo.ts';
import { archivos } from './archivos.ts';
import { carpetaDeEdicion, type Registro } from './ediciones.ts';
import { ErrorDeContenido, formatearRuta, type Problema, type Ruta } from './errores.ts';
import { quisisteDecir } from './sugerencias.ts';
import { leerYaml, rutaVisible, validar, type YamlLeido } from './yaml.ts';

/**
 * «¿Qué hago ahora?»: el árbol de preguntas de `content/que-hago-ahora.yaml`, validado.
 *
 * Además del esquema (src/schemas/que-hago-ahora.ts), cada problema con archivo, línea y campo:
 * - una respuesta sin destino, o con un destino que no existe;
 * - un ciclo (una respuesta que vuelve a una pregunta anterior del camino);
 * - una pregunta o un resultado al que no llega ningún camino;
 * - un camino de más de MAX_PREGUNTAS preguntas;
 * - un protocolo o una línea que no existen;
 * - un paso que no es, tal cual, un paso de los protocolos del resultado, o una línea que esos
 *   protocolos no nombran al escalar: el árbol solo repite lo que la guía ya dice;
 * - una primera pregunta que no lleva, con una respuesta, a un resultado con el 911.
 *
 * Las páginas (`/que-hago-ahora/<id>/<id>/…/`) son una por camino: la dirección es el rastro de lo
 * respondido, así la página lo muestra sin guardar nada y funciona sin JavaScript.
 */

/** Ningún camino tiene más preguntas que estas. */
export const MAX_PREGUNTAS = 6;
/** La línea de emergencias a la que lleva la primera pregunta. */
export const LINEA_DE_EMERGENCIA = '911';
/** Nombre del archivo del árbol en la raíz del contenido (y en la copia sellada de cada edición). */
export const ARCHIVO_DEL_ARBOL = 'que-hago-ahora.yaml';
/** Dirección de la primera pregunta de la edición actual. */
export const RUTA_DEL_ARBOL = '/que-hago-ahora/';

export interface PasoDeResultado {
  accion: string;
  /** Protocolo del que sale el paso. */
  protocolo: string;
  critico: boolean;
  plazo?: string;
}

export interface LineaDeResultado {
  id: string;
  /** Cuándo llamar: la situación de escalamiento del protocolo que la nombra. */
  situacion: string;
}

export interface PreguntaDelArbol {
  tipo: 'pregunta';
  id: string;
  texto: string;
  ayuda?: string;
  respuestas: Array<{ texto: string; lleva_a: string }>;
}

export interface ResultadoDelArbol {
  tipo: 'resultado';
  id: string;
  titulo: string;
  pasos: PasoDeResultado[];
  protocolos: string[];
  lineas: LineaDeResultado[];
}

export type NodoDelArbol = PreguntaDelArbol | ResultadoDelArbol;

/** El árbol validado: objetos simples, para pasarlos como props a las páginas. */
export interface Arbol {
  archivo: string;
  /** Id de la primera pregunta. */
  inicio: string;
  /** Ids de las preguntas y de los resultados, en el orden del archivo. */
  preguntas: string[];
  resultados: string[];
  nodos: Record<string, NodoDelArbol>;
}

export interface ContextoDelArbol {
  /** Ids de content/lineas.yaml. */
  lineas: Iterable<string>;
  /** Protocolos de la misma edición, por id; `undefined` si el protocolo existe pero no se pudo leer (ya tiene su error). */
  protocolos: ReadonlyMap<string, Protocolo | undefined>;
  /** Cómo nombrar en los mensajes dónde están los protocolos y las líneas. */
  dondeProtocolos: string;
  dondeLineas: string;
}

const normalizar = (texto: string) => texto.replace(/\s+/g, ' ').trim();

/** Valida un árbol ya leído: el esquema y todo lo de arriba. */
export function validarArbol(leido: YamlLeido, ctx: ContextoDelArbol): { arbol?: Arbol; problemas: Problema[] } {
  if (leido.datos === null || leido.datos === undefined) {
    return { problemas: [{ archivo: leido.archivo, campo: '', mensaje: 'el archivo está vacío. Debe tener «preguntas:» y «resultados:» (mirá el comentario del principio del archivo).' }] };
  }
  const resultado = validar(leido, esquemaArbol);
  if (!resultado.ok) return { problemas: resultado.problemas };
  const datos: ArbolLeido = resultado.datos;
  const problemas: Problema[] = [];
  const problema = (ruta: Ruta, mensaje: string) =>
    problemas.push({ archivo: leido.archivo, campo: formatearRuta(ruta), linea: leido.lineaDe(ruta), mensaje });

  // Ids únicos entre preguntas y resultados: los dos son destinos de una respuesta.
  const rutaDeId = new Map<string, Ruta>();
  const registrarId = (ruta: Ruta, id: string) => {
    const anterior = rutaDeId.get(id);
    if (anterior) problema(ruta, `el id "${id}" está repetido: ya lo usa ${formatearRuta(anterior)}. Las preguntas y los resultados necesitan ids distintos.`);
    else rutaDeId.set(id, ruta.slice(0, -1));
  };
  datos.preguntas.forEach((p, i) => registrarId(['preguntas', i, 'id'], p.id));
  datos.resultados.forEach((r, i) => registrarId(['resultados', i, 'id'], r.id));
  const ids = [...rutaDeId.keys()];
  const preguntas = new Map(datos.preguntas.map((p, i) => [p.id, i]));
  const resultados = new Map(datos.resultados.map((r, i) => [r.id, i]));

  // Cada respuesta lleva a algún lado, y a un lado distinto que las otras de su pregunta.
  const siguientes = new Map<string, Array<{ destino: string; ruta: Ruta }>>();
  datos.preguntas.forEach((p, i) => {
    const propios: Array<{ destino: string; ruta: Ruta }> = [];
    p.respuestas.forEach((r, j) => {
      const ruta: Ruta = ['preguntas', i, 'respuestas', j];
      if (!r.lleva_a) {
        problema(ruta, `la respuesta "${r.texto}" no lleva a ningún lado: falta «lleva_a». Escribí el id de la pregunta o del resultado que sigue.`);
        return;
      }
      if (!rutaDeId.has(r.lleva_a)) {
        problema([...ruta, 'lleva_a'], `"${r.lleva_a}" no es el id de ninguna pregunta ni de ningún resultado de este archivo.${quisisteDecir(r.lleva_a, ids)}`);
        return;
      }
      const repetida = propios.find((x) => x.destino === r.lleva_a);
      if (repetida) {
        problema([...ruta, 'lleva_a'], `lleva al mismo lugar que ${formatearRuta(repetida.ruta)}. Juntá las dos en una sola respuesta.`);
        return;
      }
      propios.push({ destino: r.lleva_a, ruta: [...ruta, 'lleva_a'] });
    });
    if (!siguientes.has(p.id)) siguientes.set(p.id, propios);
  });

  // Recorrido desde la primera pregunta: ciclos, profundidad y nodos sin camino.
  const inicio = datos.preguntas[0]!.id;
  const visitados = new Set<string>();
  const enCamino: string[] = [];
  let hayCiclo = false;
  const recorrer = (id: string) => {
    visitados.add(id);
    enCamino.push(id);
    for (const { destino, ruta } of siguientes.get(id) ?? []) {
      const k = enCamino.indexOf(destino);
      if (k >= 0) {
        hayCiclo = true;
        const circulo = [...enCamino.slice(k), destino].join(' → ');
        problema(ruta, `vuelve a "${destino}", que ya está antes en el camino (${circulo}): el recorrido no terminaría nunca. Hacé que lleve a una pregunta siguiente o a un resultado.`);
      } else if (!visitados.has(destino)) recorrer(destino);
    }
    enCamino.pop();
  };
  recorrer(inicio);
  const alcanzables = new Set(visitados);
  for (const [id, i] of preguntas) {
    if (alcanzables.has(id)) continue;
    problema(['preguntas', i, 'id'], `ningún camino llega a esta pregunta desde la primera ("${inicio}"). Hacé que una respuesta lleve a ella con «lleva_a: ${id}», o borrala.`);
    if (!visitados.has(id)) recorrer(id); // sus ciclos también se informan
  }
  for (const [id, i] of resultados) {
    if (!alcanzables.has(id))
      problema(['resultados', i, 'id'], `ningún camino llega a este resultado desde la primera pregunta ("${inicio}"). Hacé que una respuesta lleve a él con «lleva_a: ${id}», o borralo.`);
  }

  if (!hayCiclo) {
    // Camino más largo (en preguntas) hasta cada pregunta; se informa la primera que se pasa.
    const largo = new Map<string, string[]>();
    const masLargo = (id: string): string[] => {
      const guardado = largo.get(id);
      if (guardado) return guardado;
      const anteriores = datos.preguntas.filter((p) => alcanzables.has(p.id) && siguientes.get(p.id)?.some((s) => s.destino === id));
      const previo = id === inicio ? [] : anteriores.map((p) => masLargo(p.id)).reduce<string[]>((a, b) => (b.length > a.length ? b : a), []);
      const camino = [...previo, id];
      largo.set(id, camino);
      return camino;
    };
    for (const [id, i] of preguntas) {
      if (!alcanzables.has(id)) continue;
      const camino = masLargo(id);
      if (camino.length === MAX_PREGUNTAS + 1)
        problema(
          ['preguntas', i, 'id'],
          `es la pregunta ${camino.length} del camino ${camino.join(' → ')}. Ningún camino puede tener más de ${MAX_PREGUNTAS} preguntas: juntá o quitá preguntas.`,
        );
    }
  }

  // Resultados: protocolos y líneas que existen; pasos y líneas que salen de esos protocolos.
  const lineasConocidas = new Set(ctx.lineas);
  const nodos: Record<string, NodoDelArbol> = {};
  datos.resultados.forEach((r, i) => {
    const propios: Protocolo[] = [];
    r.protocolos.forEach((id, k) => {
      const p = ctx.protocolos.get(id);
      if (p) propios.push(p);
      else if (!ctx.protocolos.has(id)) problema(['resultados', i, 'protocolos', k], `"${id}" no es un protocolo de ${ctx.dondeProtocolos}.${quisisteDecir(id, ctx.protocolos.keys())}`);
    });
    // Si falta un protocolo, o no se pudo leer, no se sabe qué pasos tiene: no se revisan.
    const todos = r.protocolos.length === propios.length;
    const pasos: PasoDeResultado[] = [];
    r.pasos.forEach((texto, k) => {
      for (const p of propios)
        for (const item of p.pausas.flatMap((pausa) => pausa.items))
          if (normalizar(item.accion) === normalizar(texto)) {
            pasos.push({ accion: item.accion, protocolo: p.id, critico: item.critico, plazo: item.plazo });
            return;
          }
      if (!todos) return;
      const acciones = propios.flatMap((p) => p.pausas.flatMap((pausa) => pausa.items.map((item) => item.accion)));
      problema(
        ['resultados', i, 'pasos', k],
        `"${texto}" no es un paso de ${r.protocolos.join(', ')}. Copiá, tal cual, un paso de esos protocolos: este árbol solo repite lo que la guía ya dice.${quisisteDecir(texto, acciones)}`,
      );
    });
    const lineas: LineaDeResultado[] = [];
    r.lineas.forEach((id, k) => {
      if (!lineasConocidas.has(id)) {
        problema(['resultados', i, 'lineas', k], `"${id}" no existe en ${ctx.dondeLineas}.${quisisteDecir(id, lineasConocidas)}`);
        return;
      }
      const escala = propios.flatMap((p) => p.escalamiento).find((e) => e.linea === id);
      if (escala) lineas.push({ id, situacion: escala.situacion });
      else if (todos)
        problema(['resultados', i, 'lineas', k], `ninguno de los protocolos del resultado (${r.protocolos.join(', ')}) escala a la línea "${id}". Nombrá solo líneas de su «escalamiento».`);
    });
    nodos[r.id] = { tipo: 'resultado', id: r.id, titulo: r.titulo, pasos, protocolos: r.protocolos, lineas };
  });

  // La primera pregunta es la del peligro inmediato: una respuesta lleva directo al 911.
  const alEmergencias = (siguientes.get(inicio) ?? []).some(({ destino }) => {
    const i = resultados.get(destino);
    return i !== undefined && datos.resultados[i]!.lineas.includes(LINEA_DE_EMERGENCIA);
  });
  if (!alEmergencias)
    problema(
      ['preguntas', 0],
      `la primera pregunta tiene que ser si hay peligro inmediato, con una respuesta que lleve a un resultado con la línea "${LINEA_DE_EMERGENCIA}". Poné esa pregunta primera en la lista.`,
    );

  if (problemas.length) return { problemas };
  for (const p of datos.preguntas) {
    nodos[p.id] = { tipo: 'pregunta', id: p.id, texto: p.texto, ayuda: p.ayuda, respuestas: p.respuestas.map((r) => ({ texto: r.texto, lleva_a: r.lleva_a! })) };
  }
  return {
    problemas,
    arbol: { archivo: leido.archivo, inicio, preguntas: datos.preguntas.map((p) => p.id), resultados: datos.resultados.map((r) => r.id), nodos },
  };
}

/** Lee y valida el árbol de `archivo`; `undefined` si el contenido no tiene árbol. */
export function leerArbol(archivo: string, ctx: ContextoDelArbol): { arbol?: Arbol; problemas: Problema[] } | undefined {
  if (!existsSync(archivo)) return undefined;
  try {
    return validarArbol(leerYaml(archivo), ctx);
  } catch (error) {
    if (error instanceof ErrorDeContenido) return { problemas: error.problemas };
    throw error;
  }
}

/** Como `leerArbol`, pero ante cualquier problema lanza ErrorDeContenido con todos (para la construcción). */
export function cargarArbol(archivo: string, ctx: ContextoDelArbol): Arbol | undefined {
  const leido = leerArbol(archivo, ctx);
  if (leido && !leido.arbol) throw new ErrorDeContenido(leido.problemas);
  return leido?.arbol;
}

/** Archivo del árbol de una edición: el de la raíz para el borrador, el de su copia sellada para las cerradas. */
export function archivoDelArbol(raiz: string, registro: Registro, edicion: string): string {
  return edicion === registro.borrador.id ? join(raiz, ARCHIVO_DEL_ARBOL) : join(carpetaDeEdicion(raiz, registro, edicion), ARCHIVO_DEL_ARBOL);
}

/** Textos de dónde están los protocolos y las líneas de una raíz de contenido, para los mensajes. */
export function dondeEnRaiz(raiz: string): Pick<ContextoDelArbol, 'dondeProtocolos' | 'dondeLineas'> {
  return { dondeProtocolos: `${rutaVisible(join(raiz, 'guia', 'protocolos'))}/`, dondeLineas: rutaVisible(join(raiz, 'lineas.yaml')) };
}

/**
 * Todos los caminos desde la primera pregunta hasta cada pregunta y cada resultado, como listas de
 * ids (la primera es siempre `inicio`). El primero que llega a cada nodo es su camino principal.
 */
export function caminos(arbol: Arbol): string[][] {
  const todos: string[][] = [];
  const recorrer = (camino: string[]) => {
    todos.push(camino);
    const nodo = arbol.nodos[camino.at(-1)!]!;
    if (nodo.tipo === 'pregunta') for (const r of nodo.respuestas) recorrer([...camino, r.lleva_a]);
  };
  recorrer([arbol.inicio]);
  return todos;
}

/** Segmentos de la dirección de un camino, debajo de la del árbol (la primera pregunta no los lleva). */
export function segmentosDeCamino(camino: readonly string[]): string {
  return camino.slice(1).join('/');
}

/** Dirección de un camino bajo `base` (`/que-hago-ahora/` o la permanente de una edición). */
export function rutaDeCamino(base: string, camino: readonly string[]): string {
  const resto = segmentosDeCamino(camino);
  return resto ? `${base}${resto}/` : base;
}

/** Las respuestas dadas en un camino: cada pregunta, la respuesta elegida y el camino hasta esa pregunta. */
export function rastro(arbol: Arbol, camino: readonly string[]): Array<{ pregunta: string; respuesta: string; camino: string[] }> {
  return camino.slice(0, -1).map((id, k) => {
    const pregunta = arbol.nodos[id] as PreguntaDelArbol;
    const elegida = pregunta.respuestas.find((r) => r.lleva_a === camino[k + 1])!;
    return { pregunta: pregunta.texto, respuesta: elegida.texto, camino: camino.slice(0, k + 1) };
  });
}

/**
 * Problemas del árbol de la raíz de contenido (el borrador), con los protocolos de su `guia/`
 * (`leerFrontmatter` es el lector de encabezados de src/lib/validacion.ts). Sin árbol, nada.
 */
export function problemasDelArbol(raiz: string, lineas: Iterable<string>, leerFrontmatter: (ruta: string) => YamlLeido): Problema[] {
  const protocolos = new Map<string, Protocolo | undefined>();
  for (const archivo of archivos(join(raiz, 'guia', 'protocolos'), ['.mdx'])) {
    let leido: Protocolo | undefined;
    try {
      const r = esquemaProtocolo.safeParse((leerFrontmatter(archivo).datos as { protocolo?: unknown } | null)?.protocolo);
      if (r.success) leido = r.data;
    } catch (error) {
      if (!(error instanceof ErrorDeContenido)) throw error;
    }
    protocolos.set(basename(archivo, '.mdx'), leido);
  }
  return leerArbol(join(raiz, ARCHIVO_DEL_ARBOL), { lineas, protocolos, ...dondeEnRaiz(raiz) })?.problemas ?? [];
}

/** Cómo se nombra cada cambio en «Qué cambió». */
export const NOMBRES_DE_CAMBIO = {
  pregunta: { agregada: 'Pregunta agregada', quitada: 'Pregunta quitada', cambiada: 'Pregunta cambiada' },
  resultado: { agregada: 'Resultado agregado', quitada: 'Resultado quitado', cambiada: 'Resultado cambiado' },
} as const;

export interface CambioDelArbol {
  tipo: 'agregada' | 'quitada' | 'cambiada';
  /** `pregunta` o `resultado`. */
  clase: 'pregunta' | 'resultado';
  id: string;
  /** El texto de la pregunta o el título del resultado (el de la edición nueva, salvo si se quitó). */
  nombre: string;
}

/**
 * Qué preguntas y qué resultados del árbol cambiaron entre dos ediciones (por id: agregados,
 * quitados y cambiados en cualquier campo). Sin árbol en una edición, cuenta como vacío; si ninguna
 * de las dos tiene, `undefined`. Los árboles sellados ya se validaron al cerrar su edición.
 */
export function diferenciasDelArbol(antes: string, despues: string): CambioDelArbol[] | undefined {
  const leer = (archivo: string): ArbolLeido | undefined => (existsSync(archivo) ? esquemaArbol.parse(leerYaml(archivo).datos) : undefined);
  const [viejo, nuevo] = [leer(antes), leer(despues)];
  if (!viejo && !nuevo) return undefined;
  const cambios: CambioDelArbol[] = [];
  const comparar = <T extends { id: string }>(clase: CambioDelArbol['clase'], a: T[], b: T[], nombre: (x: T) => string) => {
    const previos = new Map(a.map((x) => [x.id, x]));
    const ids = new Set(b.map((x) => x.id));
    for (const x of b) {
      const previo = previos.get(x.id);
      if (!previo) cambios.push({ tipo: 'agregada', clase, id: x.id, nombre: nombre(x) });
      else if (JSON.stringify(previo) !== JSON.stringify(x)) cambios.push({ tipo: 'cambiada', clase, id: x.id, nombre: nombre(x) });
    }
    for (const x of a) if (!ids.has(x.id)) cambios.push({ tipo: 'quitada', clase, id: x.id, nombre: nombre(x) });
  };
  comparar('pregunta', viejo?.preguntas ?? [], nuevo?.preguntas ?? [], (p) => p.texto);
  comparar('resultado', viejo?.resultados ?? [], nuevo?.resultados ?? [], (r) => r.titulo);
  return cambios;
}
