import { hoy as hoyAlConstruir } from './fechas.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { actor } from '../schemas/actor.ts';
import { municipio, type Municipio } from '../schemas/municipio.ts';
import { ErrorDeContenido, leerUnaVezPorCarpeta, quisisteDecir, type Problema } from './errores.ts';
import { leerYaml, rutaVisible, validar } from './yaml.ts';

/**
 * El directorio de municipios: un archivo por partido en `<raíz>/municipios/<slug>.yaml`, validados
 * uno por uno con su esquema y después juntos (slug igual al nombre del archivo, sin slugs ni códigos
 * INDEC repetidos, áreas que existen en actores.yaml). Lo usan la construcción, `npm run validate` y
 * `npm run contactos:informe`. Los archivos que no terminan en `.yaml` (como `datos/`) se ignoran.
 */

/** Un municipio leído, con la ruta de su archivo desde la raíz del repositorio. */
export type MunicipioLeido = Municipio & { archivo: string };

/** Cantidad de partidos de la provincia de Buenos Aires. */
export const TOTAL_PARTIDOS = 135;

/** La lista de partidos de la que salieron los archivos (ver `datos/LEEME.md`). */
export const CSV_DE_PARTIDOS = join('municipios', 'datos', 'partidos.csv');

const orden = new Intl.Collator('es', { numeric: true });

/** «Coronel de Marina Leonardo Rosales» → `coronel-de-marina-leonardo-rosales`; «Pehuajó» → `pehuajo`. */
export function slugDe(nombre: string): string {
  return nombre
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Lee un CSV con encabezado (campos entre comillas dobles, `""` dentro de ellos). */
export function leerCsv(texto: string): Array<Record<string, string>> {
  const filas: string[][] = [];
  let fila: string[] = [];
  let campo = '';
  let comillas = false;
  for (let i = 0; i < texto.length; i++) {
    const c = texto[i]!;
    if (comillas) {
      if (c === '"' && texto[i + 1] === '"') {
        campo += '"';
        i++;
      } else if (c === '"') comillas = false;
      else campo += c;
    } else if (c === '"') comillas = true;
    else if (c === ',') {
      fila.push(campo);
      campo = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && texto[i + 1] === '\n') i++;
      fila.push(campo);
      filas.push(fila);
      fila = [];
      campo = '';
    } else campo += c;
  }
  if (campo || fila.length > 0) {
    fila.push(campo);
    filas.push(fila);
  }
  const [encabezado, ...resto] = filas.filter((f) => f.some((c) => c !== ''));
  if (!encabezado) return [];
  return resto.map((f) => Object.fromEntries(encabezado.map((nombre, i) => [nombre, f[i] ?? ''])));
}

/** Los ids de content/actores.yaml, leídos con el mismo esquema que usa datos.ts; `undefined` si tiene errores. */
function idsDeActores(raiz: string): Set<string> | undefined {
  const ruta = join(raiz, 'actores.yaml');
  if (!existsSync(ruta)) return undefined;
  try {
    const resultado = validar(leerYaml(ruta), z.array(actor));
    return resultado.ok ? new Set(resultado.datos.map((a) => a.id)) : undefined;
  } catch (error) {
    if (error instanceof ErrorDeContenido) return undefined;
    throw error;
  }
}

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

export function leerMunicipios(raiz: string): { municipios?: MunicipioLeido[]; problemas: Problema[] } {
  const dir = join(raiz, 'municipios');
  const problemas: Problema[] = [];
  const leidos: Array<{ municipio: MunicipioLeido; lineaDe: (ruta: Array<string | number>) => number | undefined; nombreArchivo: string }> = [];

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

  const porSlug = new Map<string, string>();
  const porIndec = new Map<string, string>();
  const actores = leidos.some((l) => l.municipio.contactos.length > 0) ? idsDeActores(raiz) : new Set<string>();
  if (actores === undefined) {
    problemas.push({
      archivo: rutaVisible(join(raiz, 'actores.yaml')),
      campo: '',
      mensaje: 'no se pudieron revisar las áreas de los contactos de los municipios porque este archivo falta o tiene errores. Corregilo primero.',
    });
  }
  const dondeActores = rutaVisible(join(raiz, 'actores.yaml'));

  // Primero los archivos cuyo slug coincide con su nombre: si otro repite ese slug, el aviso va en el otro.
  const coincide = (l: (typeof leidos)[number]) => l.municipio.slug === l.nombreArchivo.replace(/\.yaml$/, '');
  for (const { municipio: m, lineaDe, nombreArchivo } of [...leidos.filter(coincide), ...leidos.filter((l) => !coincide(l))]) {
    const esperado = nombreArchivo.replace(/\.yaml$/, '');
    const problema = (ruta: Array<string | number>, campo: string, mensaje: string) =>
      problemas.push({ archivo: m.archivo, campo, linea: lineaDe(ruta), mensaje });

    if (m.slug !== esperado) {
      problema(
        ['slug'],
        'slug',
        `debe ser igual al nombre del archivo sin ".yaml" ("${esperado}"), pero dice "${m.slug}". Cambiá uno de los dos para que coincidan.`,
      );
    }
    const otroSlug = porSlug.get(m.slug);
    if (otroSlug) problema(['slug'], 'slug', `el slug "${m.slug}" ya lo usa ${otroSlug}. Cada partido tiene su propio slug.`);
    else porSlug.set(m.slug, m.archivo);

    const otroIndec = porIndec.get(m.indec);
    if (otroIndec) {
      problema(
        ['indec'],
        'indec',
        `el código INDEC "${m.indec}" ya lo usa ${otroIndec}. Cada partido tiene su propio código; revisá cuál es el correcto.`,
      );
    } else porIndec.set(m.indec, m.archivo);

    if (actores) {
      m.contactos.forEach((c, i) => {
        if (!actores.has(c.area)) {
          problema(
            ['contactos', i, 'area'],
            `contactos[${i}].area`,
            `"${c.area}" no existe en ${dondeActores}.${quisisteDecir(c.area, actores)}`,
          );
        }
      });
    }
  }

  if (problemas.length > 0) return { problemas };
  return { problemas, municipios: leidos.map((l) => l.municipio).sort((a, b) => orden.compare(a.nombre, b.nombre)) };
}

/**
 * Advierte (sin hacer fallar la validación) si faltan partidos. Solo revisa un árbol de contenido
 * que tiene la lista de partidos (`municipios/datos/partidos.csv`): el contenido real, no las pruebas.
 */
export function validarCobertura(raiz: string, municipios: Array<Pick<Municipio, 'indec'>>): Problema[] {
  const csv = join(raiz, CSV_DE_PARTIDOS);
  if (!existsSync(csv)) return [];
  const presentes = new Set(municipios.map((m) => m.indec));
  const partidos = leerCsv(readFileSync(csv, 'utf-8'));
  const faltan = partidos.filter((p) => !presentes.has(p.indec_code!));
  if (faltan.length === 0 && municipios.length >= TOTAL_PARTIDOS) return [];
  const dir = rutaVisible(join(raiz, 'municipios'));
  const avisos: Problema[] = faltan.map((p) => ({
    archivo: `${dir}/${slugDe(p.nombre!)}.yaml`,
    campo: '',
    gravedad: 'advertencia',
    mensaje: `falta el archivo del partido ${p.nombre} (código INDEC ${p.indec_code}). Restauralo desde el historial del repositorio.`,
  }));
  if (municipios.length < TOTAL_PARTIDOS) {
    avisos.push({
      archivo: dir,
      campo: '',
      gravedad: 'advertencia',
      mensaje: `hay ${municipios.length} partidos y la provincia tiene ${TOTAL_PARTIDOS}.`,
    });
  }
  return avisos;
}

const municipiosPorCarpeta = leerUnaVezPorCarpeta(leerMunicipios, 'municipios');

/** Los municipios validados de `raiz`, ordenados por nombre; ante cualquier problema lanza ErrorDeContenido. */
export const cargarMunicipios = municipiosPorCarpeta.cargar;
/** Solo para el servidor de desarrollo y las pruebas: vuelve a leer los archivos. */
export const olvidarMunicipios = municipiosPorCarpeta.olvidar;

/** Hoy, como `AAAA-MM-DD` (UTC). */

/** La fecha `AAAA-MM-DD` desde la que un contacto sigue vigente: hoy menos 12 meses, el mismo día. */
export function limiteDeVigencia(hoy: string): string {
  // Las fechas AAAA-MM-DD se comparan como texto; restar un año al texto da el mismo día
  // (un 29 de febrero da «AAAA-02-29», que igual ordena bien entre el 28 de febrero y el 1 de marzo).
  return `${Number(hoy.slice(0, 4)) - 1}${hoy.slice(4)}`;
}

/**
 * `verificado` si se verificó en los últimos 12 meses (el mismo día del año anterior todavía cuenta),
 * `a-revisar` si pasó más tiempo. Las fechas son `AAAA-MM-DD`; `hoy` se pasa para poder probarlo.
 */
export function estadoContacto(verificado: string, hoy: string = hoyAlConstruir()): 'verificado' | 'a-revisar' {
  return verificado >= limiteDeVigencia(hoy) ? 'verificado' : 'a-revisar';
}

/** `sin-datos` sin contactos; `verificado` si alguno está verificado; si no, `a-revisar`. */
export function estadoMunicipio(
  m: Pick<Municipio, 'contactos'>,
  hoy: string = hoyAlConstruir(),
): 'verificado' | 'a-revisar' | 'sin-datos' {
  if (m.contactos.length === 0) return 'sin-datos';
  return m.contactos.some((c) => estadoContacto(c.verificado, hoy) === 'verificado') ? 'verificado' : 'a-revisar';
}

export type EstadoDeArea = 'verificado' | 'a-revisar' | 'falta';

export interface CoberturaDePartido {
  slug: string;
  nombre: string;
  seccion: number;
  indec: string;
  estado: ReturnType<typeof estadoMunicipio>;
  contactos: number;
  verificados: number;
  aRevisar: number;
  /** Fecha de la verificación más reciente, si hay contactos. */
  ultimaVerificacion?: string;
  /** Por cada área de `areas`: el mejor estado entre sus contactos, o `falta`. */
  porArea: Record<string, EstadoDeArea>;
}

export interface Cobertura {
  /** Áreas informadas, en orden: las pedidas y después cualquier otra que aparezca en los contactos. */
  areas: string[];
  partidos: CoberturaDePartido[];
  totales: {
    partidos: number;
    verificados: number;
    aRevisar: number;
    sinDatos: number;
    contactos: number;
    contactosVerificados: number;
    contactosARevisar: number;
    /** Por área: cuántos partidos tienen al menos un contacto verificado / solo a revisar. */
    porArea: Record<string, { verificado: number; aRevisar: number }>;
  };
}

/**
 * La cobertura de contactos de cada partido, ordenada por sección y nombre. `areas` son las áreas que
 * se esperan en cada municipio (por ejemplo, los actores de nivel municipal).
 */
export function coberturaDeContactos(municipios: Municipio[], areas: string[], hoy: string = hoyAlConstruir()): Cobertura {
  const todas = [...areas];
  for (const m of municipios) for (const c of m.contactos) if (!todas.includes(c.area)) todas.push(c.area);

  const partidos = [...municipios]
    .sort((a, b) => a.seccion - b.seccion || orden.compare(a.nombre, b.nombre))
    .map((m): CoberturaDePartido => {
      const estados = m.contactos.map((c) => ({ area: c.area, estado: estadoContacto(c.verificado, hoy) }));
      const porArea = Object.fromEntries(
        todas.map((area) => {
          const delArea = estados.filter((e) => e.area === area);
          const estado: EstadoDeArea =
            delArea.length === 0 ? 'falta' : delArea.some((e) => e.estado === 'verificado') ? 'verificado' : 'a-revisar';
          return [area, estado];
        }),
      );
      const fechas = m.contactos.map((c) => c.verificado).sort();
      return {
        slug: m.slug,
        nombre: m.nombre,
        seccion: m.seccion,
        indec: m.indec,
        estado: estadoMunicipio(m, hoy),
        contactos: m.contactos.length,
        verificados: estados.filter((e) => e.estado === 'verificado').length,
        aRevisar: estados.filter((e) => e.estado === 'a-revisar').length,
        ...(fechas.length > 0 ? { ultimaVerificacion: fechas.at(-1)! } : {}),
        porArea,
      };
    });

  const contar = (f: (p: CoberturaDePartido) => boolean) => partidos.filter(f).length;
  return {
    areas: todas,
    partidos,
    totales: {
      partidos: partidos.length,
      verificados: contar((p) => p.estado === 'verificado'),
      aRevisar: contar((p) => p.estado === 'a-revisar'),
      sinDatos: contar((p) => p.estado === 'sin-datos'),
      contactos: partidos.reduce((n, p) => n + p.contactos, 0),
      contactosVerificados: partidos.reduce((n, p) => n + p.verificados, 0),
      contactosARevisar: partidos.reduce((n, p) => n + p.aRevisar, 0),
      porArea: Object.fromEntries(
        todas.map((area) => [
          area,
          {
            verificado: contar((p) => p.porArea[area] === 'verificado'),
            aRevisar: contar((p) => p.porArea[area] === 'a-revisar'),
          },
        ]),
      ),
    },
  };
}
