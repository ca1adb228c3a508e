/**
 * `/datos/localidades.csv`: las localidades y barrios de content/municipios/datos/localidades.csv, las
 * mismas filas en el mismo orden, con el nombre del partido agregado después de su código INDEC.
 */
import type { APIRoute } from 'astro';
import { contentRoot } from '~/lib/contenido';
import { escribirCsv } from '~/lib/csv';
import { cargarLocalidades, ENCABEZADO_DE_LOCALIDADES } from '~/lib/localidades';
import { cargarMunicipios } from '~/lib/municipios/lectura';

export const GET: APIRoute = () => {
  const raiz = contentRoot();
  const nombreDe = new Map(cargarMunicipios(raiz).map((m) => [m.indec, m.nombre]));
  const [nombre, partidoIndec, ...resto] = ENCABEZADO_DE_LOCALIDADES;
  const filas = cargarLocalidades(raiz).map((l) => [l.nombre, l.partido_indec, nombreDe.get(l.partido_indec)!, l.tipo, l.nombre_bahra, l.cod_bahra]);
  const texto = escribirCsv([nombre, partidoIndec, 'partido', ...resto], filas);
  return new Response(texto, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
