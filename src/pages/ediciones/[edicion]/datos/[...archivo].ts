/**
 * La copia de datos abiertos de cada edición cerrada, tal como quedó sellada al cerrarla
 * (`content/ediciones/<id>/datos/`, ver src/lib/datos-abiertos.ts): se publica byte por byte.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentRoot } from '~/lib/contenido';
import { CARPETA_DE_DATOS, copiasDeEdiciones, tipoDeContenido } from '~/lib/datos-abiertos';

export const getStaticPaths = (() =>
  copiasDeEdiciones(contentRoot()).flatMap(({ edicion, archivos }) =>
    archivos.map((archivo) => ({ params: { edicion: edicion.id, archivo } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(contentRoot(), 'ediciones', params.edicion!, CARPETA_DE_DATOS, params.archivo!)), {
    headers: { 'Content-Type': tipoDeContenido(params.archivo!) },
  });
