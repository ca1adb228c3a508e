import { normalizarBase } from './rutas.ts';

/**
 * Dónde vive el sitio y su repositorio. Se decide en un solo lugar y con este orden:
 *
 * - `SITIO_URL` y `SITIO_BASE`: la URL pública y la subcarpeta (GitHub Pages las pasa desde el
 *   flujo de despliegue; en la computadora de cada uno, el sitio vive en `/`).
 * - `GUIA_REPOSITORIO`, o en GitHub Actions `GITHUB_SERVER_URL` + `GITHUB_REPOSITORY`, o si no el
 *   campo `repository.url` de package.json: la base de los enlaces «Editar esta página».
 */
export interface Despliegue {
  site: string;
  base: string;
  repositorio: string;
  rama: string;
}

type Env = Record<string, string | undefined>;

function limpiarRepositorio(url: string): string {
  return url.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/+$/, '');
}

export function resolverDespliegue(env: Env, paquete: { repository?: string | { url?: string } }): Despliegue {
  const delPaquete = typeof paquete.repository === 'string' ? paquete.repository : paquete.repository?.url;
  const deActions =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined;
  const repositorio = env.GUIA_REPOSITORIO || deActions || delPaquete;
  if (!repositorio) {
    throw new Error(
      'Falta la dirección del repositorio: completá "repository.url" en package.json o definí GUIA_REPOSITORIO.',
    );
  }
  return {
    site: env.SITIO_URL || 'http://localhost:4321',
    base: normalizarBase(env.SITIO_BASE),
    repositorio: limpiarRepositorio(repositorio),
    rama: env.GUIA_RAMA || 'main',
  };
}

/**
 * Enlace «Editar esta página» para un archivo del repositorio (`content/municipios/pehuajo.yaml`).
 * Lo usan las páginas generadas; las páginas MDX lo reciben de Starlight con la misma base.
 */
export function urlDeEdicion(archivo: string, despliegue: Pick<Despliegue, 'repositorio' | 'rama'>): string {
  return `${despliegue.repositorio}/edit/${despliegue.rama}/${archivo.replace(/^\.\//, '')}`;
}
