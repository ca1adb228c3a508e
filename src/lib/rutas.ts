/** Antepone la ruta base del sitio a una ruta interna (`/guia/x/` → `/<base>/guia/x/`). */
export function url(ruta: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  return `${base}${ruta.startsWith('/') ? ruta : `/${ruta}`}`;
}
