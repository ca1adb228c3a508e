import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { archivos } from '../../src/lib/archivos.ts';
import { conBase, sinBase } from '../../src/lib/rutas.ts';

/**
 * Revisa los enlaces del sitio ya construido (`dist/`), página por página, leyendo el HTML con un
 * analizador (node-html-parser), no con expresiones regulares:
 *
 * - cada `href`/`src` interno apunta a un archivo que existe en la carpeta construida (una ruta que
 *   termina en `/` necesita su `index.html`);
 * - cada `#ancla` existe como `id` (o `name` de un `<a>`) en la página de destino;
 * - `tel:` lleva solo dígitos, con un `+` inicial opcional; `mailto:` lleva un correo bien formado.
 *
 * La interfaz del buscador (Pagefind) se excluye: la arma su propio script dentro de `dist/pagefind/`.
 */

export interface EnlaceRoto {
  /** Página donde está el enlace, como dirección del sitio (`/guia/glosario/`). */
  pagina: string;
  /** El enlace tal como está escrito en el HTML. */
  enlace: string;
  /** Qué está mal, en castellano. */
  problema: string;
}

export interface OpcionesDeEnlaces {
  /** Subcarpeta del sitio (`/` o `/repo/`): los enlaces internos empiezan con ella. */
  base?: string;
  /** Dirección pública del sitio: un enlace absoluto a ella también es interno. */
  sitio?: string;
}

/** Atributos que llevan una dirección, por elemento. */
const ATRIBUTOS: Array<[selector: string, atributo: string]> = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
];

const TELEFONO = /^tel:\+?\d+$/;
// Un correo: parte local sin espacios ni @, un dominio con al menos un punto; opcionalmente ?subject=…
const CORREO = /^mailto:[^\s@?,;<>"]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+(?:\?[^\s]*)?$/i;

/** `dist/guia/x/index.html` → `/guia/x/`; `dist/404.html` → `/404.html` (sin la subcarpeta). */
export function direccionDe(carpeta: string, archivo: string): string {
  const rel = relative(carpeta, archivo).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

function decodificar(texto: string): string {
  try {
    return decodeURIComponent(texto);
  } catch {
    return texto;
  }
}

interface Pagina {
  raiz: HTMLElement;
  ids?: Set<string>;
}

export function verificarEnlaces(carpeta: string, opciones: OpcionesDeEnlaces = {}): { problemas: EnlaceRoto[]; paginas: number; enlaces: number } {
  const base = opciones.base ?? '/';
  const origenDelSitio = opciones.sitio ? new URL(opciones.sitio).origin : undefined;
  const ORIGEN_LOCAL = 'http://sitio.invalid';
  const paginas = new Map<string, Pagina>();
  const leer = (archivo: string): Pagina => {
    let pagina = paginas.get(archivo);
    if (!pagina) {
      pagina = { raiz: parse(readFileSync(archivo, 'utf-8'), { comment: false }) };
      paginas.set(archivo, pagina);
    }
    return pagina;
  };
  const idsDe = (archivo: string): Set<string> => {
    const pagina = leer(archivo);
    if (!pagina.ids) {
      pagina.ids = new Set([
        ...pagina.raiz.querySelectorAll('[id]').map((e) => e.getAttribute('id')!),
        ...pagina.raiz.querySelectorAll('a[name]').map((e) => e.getAttribute('name')!),
      ]);
    }
    return pagina.ids;
  };
  /** El archivo de `dist/` que sirve una ruta (ya sin la subcarpeta), o un motivo si no hay. */
  const archivoDe = (ruta: string): { archivo: string } | { motivo: string } => {
    const enDisco = join(carpeta, ...decodificar(ruta).split('/'));
    if (ruta.endsWith('/')) {
      const indice = join(enDisco, 'index.html');
      return existsSync(indice) ? { archivo: indice } : { motivo: `no existe la página ${ruta} (falta ${relative(carpeta, indice)} en ${carpeta}/).` };
    }
    if (existsSync(enDisco) && statSync(enDisco).isFile()) return { archivo: enDisco };
    if (existsSync(join(enDisco, 'index.html'))) {
      return { motivo: `le falta la barra final: escribí ${ruta}/ (el sitio usa direcciones que terminan en «/»).` };
    }
    return { motivo: `no existe ${ruta} en ${carpeta}/.` };
  };

  const problemas: EnlaceRoto[] = [];
  let enlaces = 0;
  const html = archivos(carpeta, ['.html']).filter((f) => !relative(carpeta, f).split(sep).includes('pagefind'));
  for (const archivo of html) {
    const pagina = direccionDe(carpeta, archivo);
    const raiz = leer(archivo).raiz;
    for (const [selector, atributo] of ATRIBUTOS) {
      for (const elemento of raiz.querySelectorAll(selector)) {
        // La interfaz de Pagefind se arma en el navegador; lo que haya dentro de su contenedor no se revisa.
        if (elemento.closest('site-search, .pagefind-ui')) continue;
        const enlace = elemento.getAttribute(atributo)!.trim();
        enlaces++;
        const roto = (problema: string) => problemas.push({ pagina: conBase(pagina, base), enlace, problema });

        if (enlace === '') {
          roto('el enlace está vacío.');
          continue;
        }
        const esquema = /^([a-z][a-z0-9+.-]*):/i.exec(enlace)?.[1]?.toLowerCase();
        if (esquema === 'tel') {
          if (!TELEFONO.test(enlace)) roto('un enlace «tel:» lleva solo dígitos, con un «+» inicial opcional (ejemplo: tel:+542214295500 o tel:145).');
          continue;
        }
        if (esquema === 'mailto') {
          if (!CORREO.test(enlace)) roto('un enlace «mailto:» debe llevar un correo bien formado (ejemplo: mailto:nombre@dominio.gob.ar).');
          continue;
        }
        if (esquema === 'javascript') {
          roto('los enlaces «javascript:» no están permitidos.');
          continue;
        }
        if (esquema && esquema !== 'http' && esquema !== 'https') continue; // data:, blob:, etc.

        const url = new URL(enlace, `${ORIGEN_LOCAL}${conBase(pagina, base)}`);
        const interno = url.origin === ORIGEN_LOCAL || (origenDelSitio !== undefined && url.origin === origenDelSitio);
        if (!interno) continue;
        const ruta = sinBase(url.pathname, base);
        if (ruta === undefined) {
          roto(`apunta fuera del sitio: las direcciones internas empiezan con ${base}.`);
          continue;
        }
        const destino = archivoDe(ruta);
        if ('motivo' in destino) {
          roto(destino.motivo);
          continue;
        }
        const ancla = decodificar(url.hash.slice(1));
        if (ancla && destino.archivo.endsWith('.html') && !idsDe(destino.archivo).has(ancla)) {
          roto(`la página ${ruta} no tiene un elemento con id="${ancla}".`);
        }
      }
    }
  }
  return { problemas, paginas: html.length, enlaces };
}

export const formatearEnlaceRoto = (e: EnlaceRoto) => `${e.pagina} › ${e.enlace}: ${e.problema}`;
