/**
 * Las localidades de cada partido, para el filtro del índice de municipios (src/pages/municipios/index.astro):
 * `{ "<código INDEC>": ["Abasto", "City Bell", …] }`. Va en un archivo aparte y no dentro del índice
 * porque son ~6 KB gzip que solo hacen falta si alguien escribe en el filtro: así el índice entra en
 * su presupuesto de primera carga (tests/e2e/presupuesto.test.ts). La copia sin conexión lo guarda
 * (src/lib/sin-conexion.ts).
 */
import type { APIRoute } from 'astro';
import { contentRoot } from '~/lib/contenido';
import { cargarLocalidadesPorPartido } from '~/lib/localidades';

export const GET: APIRoute = () => {
  const porPartido = Object.fromEntries(
    [...cargarLocalidadesPorPartido(contentRoot())].map(([indec, localidades]) => [indec, localidades.map((l) => l.nombre)]),
  );
  return new Response(JSON.stringify(porPartido), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
