import { getCollection } from 'astro:content';
import { join } from 'node:path';
import { contentRoot } from '~/lib/contenido';
import { carpetaDeEdicion, registroActual } from '~/lib/ediciones';
import { archivoDelArbol, cargarArbol, dondeEnRaiz, type Arbol } from '~/lib/que-hago-ahora';
import { idDePagina } from '~/lib/rutas-de-edicion';
import { rutaVisible } from '~/lib/yaml';
import type { Protocolo } from '~/schemas/protocolo';

export interface ArbolPublicado {
  arbol: Arbol;
  /** Título y dirección de cada protocolo de la misma edición. */
  protocolos: Record<string, { titulo: string; ruta: string }>;
}

/**
 * El árbol de «¿Qué hago ahora?» de una edición, validado con los protocolos de esa edición (las
 * mismas reglas que `npm run validate`): ante un problema, la construcción se detiene con el mensaje.
 * `undefined` si esa edición no tiene árbol.
 */
export function arbolPublicado(edicion: string): Promise<ArbolPublicado | undefined> {
  // En `astro dev` se lee cada vez: el archivo puede cambiar entre una página y la siguiente.
  if (import.meta.env.DEV) return leerArbolPublicado(edicion);
  let publicado = leidos.get(edicion);
  if (!publicado) leidos.set(edicion, (publicado = leerArbolPublicado(edicion)));
  return publicado;
}

/**
 * Lo leído en esta construcción, por edición: el recuadro «Si aparece un caso» lo usa en cada página
 * de municipio, y leer y validar el árbol en cada una era medio segundo de la construcción.
 */
const leidos = new Map<string, Promise<ArbolPublicado | undefined>>();

async function leerArbolPublicado(edicion: string): Promise<ArbolPublicado | undefined> {
  const registro = registroActual();
  const raiz = contentRoot();
  const prefijo = `${idDePagina(registro, edicion, 'protocolos')}/`;
  const paginas = await getCollection('docs', (p) => p.id.startsWith(prefijo));
  const protocolos = new Map<string, Protocolo>();
  const enlaces: ArbolPublicado['protocolos'] = {};
  for (const p of paginas) {
    const lista = (p.data as { protocolo?: Protocolo }).protocolo;
    if (!lista) continue;
    protocolos.set(lista.id, lista);
    enlaces[lista.id] = { titulo: p.data.title, ruta: `/${p.id}/` };
  }
  const lineas = (await getCollection('lineas')).map((l) => l.id);
  const arbol = cargarArbol(archivoDelArbol(raiz, registro, edicion), {
    lineas,
    protocolos,
    ...dondeEnRaiz(raiz),
    dondeProtocolos: `${rutaVisible(join(carpetaDeEdicion(raiz, registro, edicion), 'protocolos'))}/`,
  });
  return arbol && { arbol, protocolos: enlaces };
}
