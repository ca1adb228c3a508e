/**
 * Carpeta raíz del contenido. Por defecto `content/`; las pruebas apuntan el sitio a árboles de
 * contenido de prueba (`tests/fixtures/...`) con la variable `GUIA_CONTENIDO`.
 */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  const raiz = (env.GUIA_CONTENIDO || './content').replace(/\/+$/, '');
  return raiz.startsWith('.') || raiz.startsWith('/') ? raiz : `./${raiz}`;
}
