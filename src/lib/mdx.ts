import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { mdxToJs, mdxToMdast } from 'satteri';
import type { Problema } from './errores.ts';
import { quisisteDecir } from './sugerencias.ts';

/**
 * El cuerpo de una página MDX, revisado sin construir el sitio y con el mismo compilador que usa la
 * construcción (Sätteri, el procesador de `astro.config.mjs`): lo que no compila, los componentes
 * usados sin importar, las importaciones que no existen y los ids que los componentes citan
 * (`<Fuente id>`, `<Termino id>`, `<ListaLineas ids>`). Lo usan `npm run validate` y el cargador de
 * las páginas (src/lib/cargador.ts), así que los dos dicen lo mismo.
 */

/** Los ids que pueden citar los componentes, con el archivo donde se definen. */
export interface Referencias {
  fuentes: { ids: string[]; archivo: string };
  glosario: { ids: string[]; archivo: string };
  lineas: { ids: string[]; archivo: string };
}

/** Qué componente cita qué datos: por el archivo del componente, no por el nombre con que se importa. */
const COMPONENTES_CON_REFERENCIAS: Record<string, { atributo: string; datos: keyof Referencias; lista?: boolean }> = {
  'Fuente.astro': { atributo: 'id', datos: 'fuentes' },
  'Termino.astro': { atributo: 'id', datos: 'glosario' },
  'ListaLineas.astro': { atributo: 'ids', datos: 'lineas', lista: true },
};

const STARLIGHT = '@astrojs/starlight/components';
const proyecto = () => process.cwd();

interface Nodo {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number } };
  children?: Nodo[];
}

/** El texto de la página con el frontmatter cambiado por líneas vacías: las líneas siguen siendo las del archivo. */
function sinFrontmatter(texto: string): string {
  const bloque = /^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/.exec(texto);
  return bloque ? bloque[0].replace(/[^\n]/g, '') + texto.slice(bloque[0].length) : texto;
}

/** Un error del compilador de MDX (`L:C: motivo (regla)`), explicado en castellano. */
function traducirError(mensaje: string): { linea?: number; campo: string; mensaje: string } {
  const lugar = /^(\d+):(\d+): /.exec(mensaje);
  const linea = lugar ? Number(lugar[1]) : undefined;
  const motivo = mensaje.replace(/^\d+:\d+: /, '').replace(/ \([\w:-]+\)$/, '');
  let m: RegExpExecArray | null;
  if ((m = /^Expected a closing tag for `<([^>]*)>`/.exec(motivo))) {
    return { linea, campo: `<${m[1]}>`, mensaje: `falta cerrar <${m[1]}>. Agregá </${m[1]}> donde termina su contenido, o escribilo <${m[1]} /> si no tiene contenido.` };
  }
  if ((m = /^Expected the closing tag `<\/([^>]*)>` either after the end of `\w+`.*opened at (\d+):/.exec(motivo))) {
    return {
      linea,
      campo: `</${m[1]}>`,
      mensaje: `este cierre quedó pegado al texto, pero <${m[1]}> se abre en la línea ${m[2]}, antes de ese párrafo. Poné </${m[1]}> solo en su propia línea.`,
    };
  }
  if ((m = /^Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>` \((\d+):/.exec(motivo))) {
    return {
      linea,
      campo: `</${m[1]}>`,
      mensaje: `no corresponde con lo que está abierto: antes hay que cerrar <${m[2]}>, que se abre en la línea ${m[3]}. Revisá que los dos nombres estén escritos igual.`,
    };
  }
  if ((m = /^Unexpected closing tag `<\/([^>]*)>`, expected an open tag first/.exec(motivo))) {
    return { linea, campo: `</${m[1]}>`, mensaje: `cierra un componente que no se abrió. Borrá este cierre o agregá <${m[1]}> antes.` };
  }
  if (/to create a comment in MDX/.test(motivo)) {
    return { linea, campo: '', mensaje: 'los comentarios <!-- … --> no se pueden usar en una página MDX. Escribilo así: {/* comentario */}.' };
  }
  if (/^Unexpected character .*(after `<`|before name)/.test(motivo)) {
    return {
      linea,
      campo: '',
      mensaje: 'hay un «<» que no abre un componente válido. Si es texto, escribilo \\<; si es un componente, revisá su nombre y que termine con «>» o «/>».',
    };
  }
  if (/^Could not parse esm/.test(motivo)) {
    return {
      linea,
      campo: '',
      mensaje:
        "una línea «import» o «export» está mal escrita, o le sigue texto sin una línea en blanco. Ejemplo: import { Aside } from '@astrojs/starlight/components'; y después una línea en blanco.",
    };
  }
  if (/expression|closing brace/.test(motivo)) {
    return { linea, campo: '', mensaje: 'hay una llave { } sin cerrar o con algo que no es válido adentro. Si querías escribir una llave como texto, escribila \\{.' };
  }
  return { linea, campo: '', mensaje: `el texto no se puede interpretar como MDX (${motivo}). Revisá las etiquetas < > y las llaves { } cerca de esa línea.` };
}

interface Importacion {
  /** Nombre local → nombre que exporta el módulo (`default` para la importación por defecto). */
  nombres: Map<string, string>;
  desde: string;
  linea: number;
}

/** Las importaciones de un bloque `import …` de MDX (ya compilado sin errores: su sintaxis es válida). */
function importaciones(nodo: Nodo): Importacion[] {
  const texto = String(nodo.value ?? '');
  const inicio = nodo.position?.start.line ?? 1;
  const encontradas: Importacion[] = [];
  for (const m of texto.matchAll(/\bimport\s+([\w$*{}\s,]+?)\s+from\s+(['"])([^'"]+)\2/g)) {
    const nombres = new Map<string, string>();
    const clausula = m[1]!;
    const llaves = /\{([^}]*)\}/.exec(clausula);
    for (const parte of llaves?.[1]!.split(',') ?? []) {
      const [importado, local] = parte.trim().split(/\s+as\s+/);
      if (importado) nombres.set((local ?? importado).trim(), importado.trim());
    }
    const fuera = clausula.replace(/\{[^}]*\}/, '').split(',').map((p) => p.trim()).filter(Boolean);
    for (const parte of fuera) {
      const espacio = /^\*\s+as\s+([\w$]+)$/.exec(parte);
      if (espacio) nombres.set(espacio[1]!, '*');
      else nombres.set(parte, 'default');
    }
    encontradas.push({ nombres, desde: m[3]!, linea: inicio + texto.slice(0, m.index).split('\n').length - 1 });
  }
  return encontradas;
}

/** El archivo al que lleva una importación, o `undefined` si no existe. */
function resolver(desde: string, archivoMdx: string): string | undefined {
  const candidato = desde.startsWith('~/')
    ? join(proyecto(), 'src', desde.slice(2))
    : desde.startsWith('.')
      ? join(dirname(archivoMdx), desde)
      : undefined;
  if (candidato) return existsSync(candidato) ? candidato : undefined;
  if (desde.startsWith('astro:')) return desde; // módulos virtuales de Astro (astro:assets, astro:content)
  try {
    return createRequire(join(proyecto(), 'package.json')).resolve(desde);
  } catch {
    // Un paquete que solo se puede importar (sin `require`) existe igual si está instalado; sus
    // nombres no se revisan.
    const paquete = desde.split('/').slice(0, desde.startsWith('@') ? 2 : 1).join('/');
    const manifiesto = join(proyecto(), 'node_modules', paquete, 'package.json');
    return existsSync(manifiesto) ? manifiesto : undefined;
  }
}

/**
 * Los nombres que exporta un módulo JS/TS (`export { default as Aside }`, `export function x`);
 * `undefined` si no se pueden saber (un módulo CommonJS, por ejemplo): entonces no se revisan.
 */
function exportados(archivo: string): Set<string> | undefined {
  if (!/\.(m?[jt]s)$/.test(archivo)) return undefined;
  const texto = readFileSync(archivo, 'utf-8');
  if (!/^\s*export\b/m.test(texto) || /\bexport\s*\*/.test(texto)) return undefined;
  const nombres = new Set<string>();
  for (const m of texto.matchAll(/export\s*\{([^}]*)\}/g))
    for (const parte of m[1]!.split(',')) {
      const nombre = parte.trim().split(/\s+as\s+/).at(-1)?.trim();
      if (nombre) nombres.add(nombre);
    }
  for (const m of texto.matchAll(/export\s+(?:async\s+)?(?:const|let|function\*?|class)\s+([\w$]+)/g)) nombres.add(m[1]!);
  if (/export\s+default\b/.test(texto)) nombres.add('default');
  return nombres;
}

/** Cómo se importa cada componente que la guía tiene a mano: los de src/components y los de Starlight. */
function componentesConocidos(): Map<string, string> {
  const conocidos = new Map<string, string>();
  const dir = join(proyecto(), 'src', 'components');
  if (existsSync(dir))
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.astro'))) {
      const nombre = basename(f, '.astro');
      conocidos.set(nombre, `import ${nombre} from '~/components/${f}';`);
    }
  const starlight = resolver(STARLIGHT, join(proyecto(), 'x.mdx'));
  for (const nombre of (starlight && exportados(starlight)) ?? []) conocidos.set(nombre, `import { ${nombre} } from '${STARLIGHT}';`);
  return conocidos;
}

function recorrer(nodo: Nodo, visitar: (n: Nodo) => void): void {
  visitar(nodo);
  for (const hijo of nodo.children ?? []) recorrer(hijo, visitar);
}

/**
 * Problemas del cuerpo de la página `ruta` (texto completo, con su frontmatter). `archivo` es la ruta
 * que se muestra; `referencias`, los ids de los archivos de datos (si se pudieron leer).
 */
export function problemasDelCuerpo(archivo: string, ruta: string, texto: string, referencias?: Referencias): Problema[] {
  const cuerpo = sinFrontmatter(texto);
  try {
    mdxToJs(cuerpo);
  } catch (error) {
    return [{ archivo, ...traducirError((error as Error).message) }];
  }
  const arbol = mdxToMdast(cuerpo) as Nodo;
  const problemas: Problema[] = [];
  const agregar = (linea: number | undefined, campo: string, mensaje: string) => problemas.push({ archivo, linea, campo, mensaje });

  // Importaciones: el archivo o el paquete existe, y exporta lo que se importa.
  const definidos = new Map<string, string>(); // nombre local → de dónde viene
  const nodos: Nodo[] = [];
  recorrer(arbol, (n) => nodos.push(n));
  for (const nodo of nodos.filter((n) => n.type === 'mdxjsEsm')) {
    for (const m of String(nodo.value ?? '').matchAll(/\bexport\s+(?:const|let|function|class)\s+([\w$]+)/g)) definidos.set(m[1]!, '');
    for (const imp of importaciones(nodo)) {
      const destino = resolver(imp.desde, ruta);
      for (const local of imp.nombres.keys()) definidos.set(local, destino ?? '');
      if (!destino) {
        const paquete = !imp.desde.startsWith('~/') && !imp.desde.startsWith('.');
        agregar(
          imp.linea,
          `import '${imp.desde}'`,
          paquete
            ? `el paquete "${imp.desde}" no existe. Revisá cómo está escrito (los componentes de Starlight vienen de '${STARLIGHT}').`
            : `el archivo "${imp.desde}" no existe. Revisá el nombre: los componentes de la guía están en src/components/ y se importan como '~/components/Nombre.astro'.`,
        );
        continue;
      }
      const nombresDelModulo = exportados(destino);
      for (const importado of imp.nombres.values()) {
        if (importado === 'default' || importado === '*') continue;
        if (destino.endsWith('.astro')) {
          agregar(imp.linea, `import '${imp.desde}'`, `un componente .astro se importa sin llaves: import ${importado} from '${imp.desde}';`);
        } else if (nombresDelModulo && !nombresDelModulo.has(importado)) {
          agregar(imp.linea, `import '${imp.desde}'`, `"${importado}" no existe en '${imp.desde}'.${quisisteDecir(importado, nombresDelModulo)}`);
        }
      }
    }
  }

  // Componentes: todo el que se usa está importado, y los ids que citan existen.
  let conocidos: Map<string, string> | undefined;
  const faltantes = new Set<string>();
  for (const nodo of nodos.filter((n) => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement')) {
    const nombre = nodo.name ?? '';
    const raiz = nombre.split('.')[0]!;
    const linea = nodo.position?.start.line;
    if (!/^[A-Z]/.test(nombre) && !nombre.includes('.')) continue; // etiquetas HTML: <br />, <abbr>
    if (!definidos.has(raiz)) {
      if (faltantes.has(raiz)) continue;
      faltantes.add(raiz);
      conocidos ??= componentesConocidos();
      const importar = conocidos.get(raiz);
      agregar(
        linea,
        `<${nombre}>`,
        importar
          ? `el componente no está importado. Agregalo después del encabezado: ${importar}`
          : `el componente "${raiz}" no existe o no está importado.${quisisteDecir(raiz, [...definidos.keys(), ...conocidos.keys()])}`,
      );
      continue;
    }
    const regla = COMPONENTES_CON_REFERENCIAS[basename(definidos.get(raiz) ?? '')];
    if (!regla || !referencias) continue;
    const { ids, archivo: dondeSeDefine } = referencias[regla.datos];
    const atributo = nodo.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === regla.atributo);
    if (!atributo) continue; // un atributo que falta lo informa el componente al validar sus props
    const valor = atributo.value;
    let citados: string[];
    if (typeof valor === 'string' && !regla.lista) citados = [valor];
    else {
      const expresion = typeof valor === 'object' && valor ? String((valor as { value?: unknown }).value ?? '') : '';
      const lista = /^\s*\[\s*((?:(['"])[^'"]*\2\s*,?\s*)*)\]\s*$/.exec(expresion);
      if (!regla.lista || !lista) {
        agregar(
          linea,
          `<${nombre} ${regla.atributo}>`,
          regla.lista
            ? `escribí los ids como una lista de textos entre comillas, por ejemplo ${regla.atributo}={['145', '911']}.`
            : `escribí el id entre comillas, sin llaves: ${regla.atributo}="…".`,
        );
        continue;
      }
      citados = [...lista[1]!.matchAll(/(['"])([^'"]*)\1/g)].map((c) => c[2]!);
    }
    for (const id of citados.filter((c) => !ids.includes(c))) {
      const campo = regla.lista ? `<${nombre} ${regla.atributo}>` : `<${nombre} ${regla.atributo}="${id}">`;
      agregar(linea, campo, `"${id}" no existe en ${dondeSeDefine}.${quisisteDecir(id, ids)}`);
    }
  }
  return problemas;
}
