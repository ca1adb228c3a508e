import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { archivos } from './archivos.ts';
import type { Problema } from './errores.ts';
import { leerYaml, validar } from './yaml.ts';

/**
 * Las direcciones publicadas no se rompen nunca: hay códigos QR impresos y enlaces guardados.
 * `content/direcciones-publicadas.txt` lista cada dirección que el sitio publicó alguna vez (la
 * completa `npm run direcciones:registrar`); una prueba falla si alguna deja de existir. Una
 * página que se mueve necesita una redirección en `content/redirecciones.yaml`.
 */
export const MANIFIESTO = 'direcciones-publicadas.txt';
export const REDIRECCIONES = 'redirecciones.yaml';

export function leerManifiesto(texto: string): string[] {
  return texto
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** Las páginas de un sitio construido, como direcciones (`/guia/glosario/`). */
export function direccionesDelSitio(dist: string): string[] {
  return archivos(dist, ['index.html'])
    .filter((f) => f.endsWith('/index.html') || f === join(dist, 'index.html'))
    .map((f) => `/${relative(dist, f).replace(/index\.html$/, '')}`)
    .filter((d) => !d.startsWith('/_'))
    .sort();
}

/** Las direcciones del manifiesto que el sitio construido ya no tiene. */
export function direccionesRotas(manifiesto: string[], dist: string): string[] {
  return manifiesto.filter((d) => !existsSync(join(dist, d, 'index.html')));
}

const redireccion = z.strictObject({
  desde: z.string().regex(/^\/([a-z0-9-]+\/)+$/, { message: 'escribí la dirección vieja desde la raíz y con barra al final (ejemplo: /guia/pagina-vieja/).' }),
  hacia: z.string().regex(/^\/([a-z0-9-]+\/)*$/, { message: 'escribí la dirección nueva desde la raíz y con barra al final (ejemplo: /guia/pagina-nueva/).' }),
});

/** Redirecciones de páginas movidas; sin archivo, ninguna. */
export function leerRedirecciones(raiz: string): { redirecciones: Array<z.output<typeof redireccion>>; problemas: Problema[] } {
  const ruta = join(raiz, REDIRECCIONES);
  if (!existsSync(ruta)) return { redirecciones: [], problemas: [] };
  const leido = leerYaml(ruta);
  if (leido.datos == null) return { redirecciones: [], problemas: [] };
  const resultado = validar(leido, z.array(redireccion));
  return resultado.ok ? { redirecciones: resultado.datos, problemas: [] } : { redirecciones: [], problemas: resultado.problemas };
}

export function leerManifiestoDe(raiz: string): string[] {
  const ruta = join(raiz, MANIFIESTO);
  return existsSync(ruta) ? leerManifiesto(readFileSync(ruta, 'utf-8')) : [];
}
