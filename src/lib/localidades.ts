import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localidad, type Localidad } from '../schemas/localidad.ts';
import { camposDeLinea } from './csv.ts';
import { type Problema } from './errores.ts';
import { leerUnaVezPorCarpeta } from './leer-una-vez.ts';
import { analizar, problemasDeZod } from './mensajes-zod.ts';
import { cargarMunicipios } from './municipios/lectura.ts';
import { rutaVisible } from './yaml.ts';

/**
 * Las localidades y barrios de cada partido (`<raíz>/municipios/datos/localidades.csv`), copiados de
 * BAHRA (ver `datos/LEEME.md`). Una fila por asentamiento; el partido va por su código INDEC. Lo usan
 * la página de cada partido, el índice de municipios, el buscador, los datos abiertos y
 * `npm run validate`. Si el archivo no existe (los contenidos de prueba), no hay localidades.
 */

export const CSV_DE_LOCALIDADES = join('municipios', 'datos', 'localidades.csv');

/** Las columnas del archivo, en orden. */
export const ENCABEZADO_DE_LOCALIDADES = ['nombre', 'partido_indec', 'tipo', 'nombre_bahra', 'cod_bahra'] as const;

/** Una localidad leída, con su línea en el archivo. */
export type LocalidadLeida = Localidad & { linea: number };

const orden = new Intl.Collator('es', { numeric: true });

/** Para comparar nombres: sin tildes, sin mayúsculas y sin espacios de más. */
export function normalizarNombre(texto: string): string {
  return texto.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Lee y valida el archivo. Con `partidos` (los códigos INDEC de content/municipios/), revisa además
 * que cada fila nombre uno de ellos; sin ellos (porque los municipios tienen errores), no.
 * Cada fila es una línea: el número de línea de cada problema es el del archivo.
 */
export function leerLocalidades(raiz: string, partidos?: ReadonlySet<string>): { localidades?: LocalidadLeida[]; problemas: Problema[] } {
  const ruta = join(raiz, CSV_DE_LOCALIDADES);
  if (!existsSync(ruta)) return { localidades: [], problemas: [] };
  const archivo = rutaVisible(ruta);
  const problemas: Problema[] = [];
  const [primera = '', ...lineas] = readFileSync(ruta, 'utf-8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const esperado = ENCABEZADO_DE_LOCALIDADES.join(',');
  if (primera.trim() !== esperado) {
    return {
      problemas: [
        {
          archivo,
          campo: '',
          linea: 1,
          mensaje: `la primera línea debe ser el encabezado "${esperado}", pero dice "${primera}". Restaurala desde el historial del repositorio.`,
        },
      ],
    };
  }

  const leidas: LocalidadLeida[] = [];
  lineas.forEach((texto, i) => {
    const linea = i + 2;
    if (texto.trim() === '') return;
    const problema = (campo: string, mensaje: string) => problemas.push({ archivo, campo, linea, mensaje });
    const campos = camposDeLinea(texto);
    if (!campos) {
      problema('', 'hay una comilla (") sin cerrar. Cada fila va en una sola línea; si un nombre lleva coma, escribilo entre comillas: "Nombre, con coma".');
      return;
    }
    const columnas = campos.length;
    if (columnas !== ENCABEZADO_DE_LOCALIDADES.length) {
      problema(
        '',
        `la fila tiene ${columnas} ${columnas === 1 ? 'columna' : 'columnas'} y debe tener ${ENCABEZADO_DE_LOCALIDADES.length} (${esperado}), separadas por comas. Si un nombre lleva coma, escribilo entre comillas.`,
      );
      return;
    }
    const fila = Object.fromEntries(ENCABEZADO_DE_LOCALIDADES.map((columna, i) => [columna, campos[i]]));
    const resultado = analizar(localidad, fila);
    if (!resultado.success) {
      problemas.push(...problemasDeZod(archivo, resultado.error).map((p) => ({ ...p, linea })));
      return;
    }
    leidas.push({ ...resultado.data, linea });
  });

  const porCodigo = new Map<string, number>();
  const porNombre = new Map<string, number>();
  for (const l of leidas) {
    const problema = (campo: string, mensaje: string) => problemas.push({ archivo, campo, linea: l.linea, mensaje });
    if (partidos && !partidos.has(l.partido_indec)) {
      problema(
        'partido_indec',
        `"${l.partido_indec}" no es el código INDEC de ningún partido de ${rutaVisible(join(raiz, 'municipios'))}. Usá el del campo «indec» del archivo .yaml del partido (por ejemplo, 06427 es La Matanza).`,
      );
    }
    const otraFila = porCodigo.get(l.cod_bahra);
    if (otraFila !== undefined) {
      problema('cod_bahra', `el código BAHRA "${l.cod_bahra}" ya está en la línea ${otraFila}. Cada fila es un asentamiento distinto: borrá la repetida.`);
    } else porCodigo.set(l.cod_bahra, l.linea);
    const clave = `${l.partido_indec}|${normalizarNombre(l.nombre)}`;
    const mismoNombre = porNombre.get(clave);
    if (mismoNombre !== undefined) {
      problema(
        'nombre',
        `"${l.nombre}" ya figura en el mismo partido (${l.partido_indec}) en la línea ${mismoNombre}. Si es la misma localidad, borrá una de las dos filas; si son dos lugares distintos, distinguilos en el nombre (por ejemplo, con una aclaración entre paréntesis).`,
      );
    } else porNombre.set(clave, l.linea);
  }

  if (problemas.length > 0) return { problemas };
  return { localidades: leidas, problemas };
}

const porPartidoDeCarpeta = new Map<string, Map<string, LocalidadDelPartido[]>>();
const localidadesPorCarpeta = leerUnaVezPorCarpeta(
  (raiz: string) => leerLocalidades(raiz, new Set(cargarMunicipios(raiz).map((m) => m.indec))),
  'localidades',
  'localidades',
);

/** Las localidades validadas de `raiz`, en el orden del archivo; ante cualquier problema lanza ErrorDeContenido. */
export const cargarLocalidades = localidadesPorCarpeta.cargar;
/** Solo para el servidor de desarrollo y las pruebas: vuelve a leer el archivo. */
export function olvidarLocalidades(): void {
  localidadesPorCarpeta.olvidar();
  porPartidoDeCarpeta.clear();
}

/** Un partido, como lo necesitan las listas de localidades. */
export interface PartidoDeLocalidad {
  indec: string;
  slug: string;
  nombre: string;
}

/** Una localidad de un partido, con los otros partidos que tienen una localidad del mismo nombre. */
export interface LocalidadDelPartido {
  nombre: string;
  tambienEn: PartidoDeLocalidad[];
}

/**
 * Las localidades de cada partido (por código INDEC), ordenadas por nombre y sin repetir, cada una con
 * los otros partidos donde BAHRA tiene una del mismo nombre (así las dos páginas lo dicen).
 */
export function localidadesPorPartido(
  localidades: ReadonlyArray<Pick<Localidad, 'nombre' | 'partido_indec'>>,
  partidos: ReadonlyArray<PartidoDeLocalidad>,
): Map<string, LocalidadDelPartido[]> {
  const partidoDe = new Map(partidos.map((p) => [p.indec, p]));
  const dondeEsta = new Map<string, Set<string>>();
  for (const l of localidades) {
    const clave = normalizarNombre(l.nombre);
    if (!dondeEsta.has(clave)) dondeEsta.set(clave, new Set());
    dondeEsta.get(clave)!.add(l.partido_indec);
  }
  const resultado = new Map<string, LocalidadDelPartido[]>();
  for (const l of localidades) {
    const lista = resultado.get(l.partido_indec) ?? [];
    resultado.set(l.partido_indec, lista);
    if (lista.some((otra) => normalizarNombre(otra.nombre) === normalizarNombre(l.nombre))) continue;
    const tambienEn = [...dondeEsta.get(normalizarNombre(l.nombre))!]
      .filter((indec) => indec !== l.partido_indec)
      .flatMap((indec) => partidoDe.get(indec) ?? [])
      .sort((a, b) => orden.compare(a.nombre, b.nombre));
    lista.push({ nombre: l.nombre, tambienEn });
  }
  for (const lista of resultado.values()) lista.sort((a, b) => orden.compare(a.nombre, b.nombre));
  return resultado;
}

/** `localidadesPorPartido` de las localidades y los municipios validados de `raiz`, calculado una vez. */
export function cargarLocalidadesPorPartido(raiz: string): Map<string, LocalidadDelPartido[]> {
  let porPartido = porPartidoDeCarpeta.get(raiz);
  if (!porPartido) {
    porPartido = localidadesPorPartido(cargarLocalidades(raiz), cargarMunicipios(raiz));
    porPartidoDeCarpeta.set(raiz, porPartido);
  }
  return porPartido;
}
