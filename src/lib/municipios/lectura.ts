import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { municipio, type Municipio } from '../../schemas/municipio.ts';
import { cargarDatos } from '../datos.ts';
import { ErrorDeContenido, type Problema } from '../errores.ts';
import { leerUnaVezPorCarpeta } from '../leer-una-vez.ts';
import { leerYaml, rutaVisible, validar } from '../yaml.ts';
import { verificarMunicipios, type MunicipioValidado } from './verificaciones.ts';

/**
 * El directorio de municipios: un archivo por partido en `<raíz>/municipios/<slug>.yaml`, validados
 * uno por uno con su esquema y después juntos (src/lib/municipios/verificaciones.ts). Lo usan la
 * construcción, `npm run validate` y `npm run contactos:informe`. Los archivos que no terminan en
 * `.yaml` (como `datos/`) se ignoran.
 */

/** Un municipio leído, con la ruta de su archivo desde la raíz del repositorio. */
export type MunicipioLeido = Municipio & { archivo: string };

const orden = new Intl.Collator('es', { numeric: true });

/**
 * Nombres de los archivos de `<raíz>/municipios/` que se revisan: los `.yaml` (y los `.yml`, para
 * avisar que se renombren). Los que empiezan con `_` se ignoran, como en el resto del contenido.
 */
export function archivosDeMunicipios(raiz: string): string[] {
  const dir = join(raiz, 'municipios');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => !f.startsWith('_') && /\.ya?ml$/.test(f))
    .sort();
}

/**
 * Lee y valida los municipios de `raiz`. `actores`: los ids de content/actores.yaml, que ya leyó
 * quien llama (`undefined` si ese archivo tiene errores: las áreas no se pueden revisar).
 */
export function leerMunicipios(raiz: string, actores: Iterable<string> | undefined): { municipios?: MunicipioLeido[]; problemas: Problema[] } {
  const dir = join(raiz, 'municipios');
  const problemas: Problema[] = [];
  const leidos: MunicipioValidado[] = [];

  for (const nombreArchivo of archivosDeMunicipios(raiz)) {
    const ruta = join(dir, nombreArchivo);
    if (nombreArchivo.endsWith('.yml')) {
      problemas.push({
        archivo: rutaVisible(ruta),
        campo: '',
        mensaje: `los archivos de municipios terminan en ".yaml". Renombralo a "${nombreArchivo.replace(/\.yml$/, '.yaml')}".`,
      });
      continue;
    }
    try {
      const leido = leerYaml(ruta);
      if (leido.datos === null || leido.datos === undefined) {
        problemas.push({
          archivo: leido.archivo,
          campo: '',
          mensaje: 'el archivo está vacío. Copiá la estructura de otro municipio (slug, nombre, cabecera, seccion, indec, fuente, contactos).',
        });
        continue;
      }
      const resultado = validar(leido, municipio);
      if (!resultado.ok) problemas.push(...resultado.problemas);
      else leidos.push({ municipio: { ...resultado.datos, archivo: leido.archivo }, lineaDe: leido.lineaDe, nombreArchivo });
    } catch (error) {
      if (error instanceof ErrorDeContenido) problemas.push(...error.problemas);
      else throw error;
    }
  }

  problemas.push(...verificarMunicipios(leidos, actores && new Set(actores), rutaVisible(join(raiz, 'actores.yaml'))));
  if (problemas.length > 0) return { problemas };
  return { problemas, municipios: leidos.map((l) => l.municipio).sort((a, b) => orden.compare(a.nombre, b.nombre)) };
}

/** Lee los municipios con los actores de los archivos de datos ya validados (src/lib/datos.ts). */
const municipiosPorCarpeta = leerUnaVezPorCarpeta(
  (raiz: string) => leerMunicipios(raiz, cargarDatos(raiz).actores.map((a) => a.id)),
  'municipios',
  'municipios',
);

/**
 * Los municipios validados de `raiz`, ordenados por nombre; ante cualquier problema (de los
 * municipios o de los archivos de datos) lanza ErrorDeContenido.
 */
export const cargarMunicipios = municipiosPorCarpeta.cargar;
/** Solo para el servidor de desarrollo y las pruebas: vuelve a leer los archivos. */
export const olvidarMunicipios = municipiosPorCarpeta.olvidar;
