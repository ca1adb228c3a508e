import paquete from '../../package.json' with { type: 'json' };
import { resolverDespliegue, urlDeEdicion } from './despliegue.ts';

/** El despliegue en uso al construir (mismo cálculo que astro.config.mjs). */
export const despliegue = resolverDespliegue(process.env, paquete);

export const editarArchivo = (archivo: string) => urlDeEdicion(archivo, despliegue);
