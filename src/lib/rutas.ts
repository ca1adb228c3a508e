/**
 * La ruta base del sitio: la subcarpeta donde se publica (`/` en la computadora de cada uno,
 * `/<repositorio>/` en GitHub Pages; la decide `SITIO_BASE`, ver despliegue.ts). Es el único lugar
 * que la normaliza y que la agrega o la quita de una dirección, para el sitio (astro.config.mjs, los
 * componentes con `url()`, los enlaces del contenido), los scripts (`npm run pdf`, `npm run enlaces`,
 * el servidor de las pruebas) y la copia sin conexión (el service worker y su manifiesto).
 *
 * Sin dependencias ni `import.meta.env` al cargarse: lo importan también los scripts de Node.
 */

/** `guia-local`, `/guia-local` o `/guia-local/` → `/guia-local/`; vacía o `/` → `/`. */
export function normalizarBase(base: string | undefined): string {
  const limpia = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return limpia ? `/${limpia}/` : '/';
}

/**
 * Antepone la base a una dirección interna escrita desde la raíz (`/guia/x/` → `/guia-local/guia/x/`).
 * Las externas (`https:`, `//otro.sitio`), las relativas, las anclas (`#x`), `tel:` y las que ya
 * empiezan con la base quedan igual, así que aplicarla dos veces no cambia nada.
 */
export function conBase(ruta: string, base: string): string {
  const prefijo = normalizarBase(base).slice(0, -1);
  if (!prefijo || !ruta.startsWith('/') || ruta.startsWith('//')) return ruta;
  if (ruta === prefijo || ruta.startsWith(`${prefijo}/`)) return ruta;
  return prefijo + ruta;
}

/**
 * Lo inverso: `/guia-local/guia/x/` → `/guia/x/`. `undefined` si la dirección no empieza con la base
 * y su barra final (`/guia-local` sin barra tampoco: el sitio usa siempre la barra final).
 */
export function sinBase(ruta: string, base: string): string | undefined {
  const raiz = normalizarBase(base);
  return ruta.startsWith(raiz) ? `/${ruta.slice(raiz.length)}` : undefined;
}

/** En las páginas y los scripts del navegador: `conBase` con la base de esta construcción. */
export function url(ruta: string): string {
  return conBase(ruta, import.meta.env.BASE_URL);
}
