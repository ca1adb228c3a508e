/**
 * Los archivos de datos abiertos de la edición actual (`/datos/municipios.json`, `/datos/municipios.csv`,
 * `/datos/esquemas/municipios.schema.json`...), generados al construir desde el contenido validado.
 * Qué trae cada uno: src/lib/datos-abiertos.ts y la página /datos/.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentRoot } from '~/lib/contenido';
import { datosAbiertosDe, tipoDeContenido } from '~/lib/datos-abiertos';
import { hoy } from '~/lib/fechas';

let archivos: Map<string, string> | undefined;
const publicados = () => (archivos ??= datosAbiertosDe(contentRoot(), hoy()));

export const getStaticPaths = (() => [...publicados().keys()].map((archivo) => ({ params: { archivo } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(publicados().get(params.archivo!)!, { headers: { 'Content-Type': tipoDeContenido(params.archivo!) } });
