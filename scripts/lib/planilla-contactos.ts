/**
 * La planilla de contactos municipales, ida y vuelta: `npm run contactos:planilla` la escribe y
 * `npm run contactos:importar` la lee y escribe las filas válidas en `content/municipios/<slug>.yaml`.
 *
 * - Una fila por partido y área: los contactos que hay, y una fila en blanco por cada área municipal
 *   que no tiene ninguno.
 * - CSV en UTF-8 con BOM y separado por `;` (ver CONTRIBUTING.md, «Cargar contactos con una planilla»):
 *   así lo abren bien Excel y LibreOffice en una computadora configurada en español de la Argentina.
 *   Al leer se aceptan también `,`, sin BOM, en Windows-1252 (lo que guarda Excel con «CSV (delimitado
 *   por comas)») y `.xlsx`.
 * - Cada fila se valida con el esquema de los contactos (src/schemas/municipio.ts) y los mensajes de
 *   `npm run validate`; el YAML se escribe con el Document API de `yaml`, que conserva comentarios y orden.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { readSheet } from 'read-excel-file/node';
import { isMap, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq, type Document } from 'yaml';
import type { Problema } from '../../src/lib/errores.ts';
import { analizar, problemasDeZod } from '../../src/lib/mensajes-zod.ts';
import type { MunicipioLeido } from '../../src/lib/municipios/lectura.ts';
import { estadoContacto } from '../../src/lib/municipios/vigencia.ts';
import { slugDe } from '../../src/lib/slugs.ts';
import { quisisteDecir } from '../../src/lib/sugerencias.ts';
import { formatearFecha } from '../../src/lib/fechas.ts';
import { parsearYaml, validar } from '../../src/lib/yaml.ts';
import type { Actor } from '../../src/schemas/actor.ts';
import { contacto, municipio, SECCIONES, type Contacto, type NumeroDeSeccion } from '../../src/schemas/municipio.ts';

/** Campos de un contacto que trae la planilla, en el orden del esquema (y del YAML que se escribe). */
const CAMPOS = ['area', 'nombre', 'telefonos', 'correo', 'direccion', 'horario', 'fuente', 'verificado', 'verificado_por'] as const;
type Campo = (typeof CAMPOS)[number];

/** Las columnas de la planilla: título en castellano y el campo que lleva. */
export const COLUMNAS: ReadonlyArray<{ titulo: string; campo: Campo | 'partido' | 'seccion' | 'que_falta' }> = [
  { titulo: 'Partido', campo: 'partido' },
  { titulo: 'Sección', campo: 'seccion' },
  { titulo: 'Área', campo: 'area' },
  { titulo: 'Nombre de la oficina', campo: 'nombre' },
  { titulo: 'Teléfonos (separados por /)', campo: 'telefonos' },
  { titulo: 'Correo', campo: 'correo' },
  { titulo: 'Dirección', campo: 'direccion' },
  { titulo: 'Horario', campo: 'horario' },
  { titulo: 'Fuente', campo: 'fuente' },
  { titulo: 'Verificado (AAAA-MM-DD)', campo: 'verificado' },
  { titulo: 'Verificado por', campo: 'verificado_por' },
  { titulo: 'Qué falta', campo: 'que_falta' },
];

/** Separador de varios teléfonos en una celda. */
const SEPARADOR_DE_TELEFONOS = ' / ';

/** Las áreas que se esperan en cada municipio: los actores de nivel municipal (como `contactos:informe`). */
export const areasMunicipales = (actores: Actor[]) => actores.filter((a) => a.nivel === 'municipal');

// ——— Planilla ———

function queFalta(c: MunicipioLeido['contactos'][number] | undefined, hoy: string): string {
  if (!c) return 'Falta el contacto: conseguilo, con de dónde sale el dato (Fuente) y la fecha en que lo confirmaste.';
  const falta = [
    ...(c.telefonos.length === 0 ? ['Falta el teléfono.'] : []),
    estadoContacto(c.verificado, hoy) === 'a-revisar'
      ? `A revisar: se verificó el ${formatearFecha(c.verificado)}, hace más de 12 meses. Confirmalo y poné la fecha nueva.`
      : '',
  ].filter(Boolean);
  return falta.length > 0 ? falta.join(' ') : `Nada: verificado el ${formatearFecha(c.verificado)}.`;
}

/** El texto de la planilla (CSV con BOM, `;` y fin de línea de Windows). */
export function planilla(municipios: MunicipioLeido[], actores: Actor[], hoy: string): string {
  const nombres = new Map(actores.map((a) => [a.id, a.nombre]));
  const filas: string[][] = [];
  for (const m of municipios) {
    const areas = [...areasMunicipales(actores).map((a) => a.id)];
    for (const c of m.contactos) if (!areas.includes(c.area)) areas.push(c.area);
    for (const area of areas) {
      const delArea = m.contactos.filter((c) => c.area === area);
      for (const c of delArea.length > 0 ? delArea : [undefined]) {
        filas.push([
          m.nombre,
          SECCIONES[m.seccion as NumeroDeSeccion],
          nombres.get(area) ?? area,
          c?.nombre ?? '',
          c?.telefonos.map((t) => t.visible).join(SEPARADOR_DE_TELEFONOS) ?? '',
          c?.correo ?? '',
          c?.direccion ?? '',
          c?.horario ?? '',
          c?.fuente ?? '',
          c?.verificado ?? '',
          c?.verificado_por ?? '',
          queFalta(c, hoy),
        ]);
      }
    }
  }
  return stringify(filas, { header: true, columns: COLUMNAS.map((c) => c.titulo), delimiter: ';', bom: true, record_delimiter: 'windows' });
}

// ——— Lectura ———

/** Un encabezado sin tildes, mayúsculas ni lo que va entre paréntesis: «Teléfonos (separados por /)» → `telefonos`. */
const normalizar = (texto: string) => slugDe(texto.replace(/\(.*?\)/g, ''));

/** Otros nombres de columna que se aceptan (los del YAML, en singular...). */
const ALIAS: Record<string, (typeof COLUMNAS)[number]['campo']> = {
  ...Object.fromEntries(COLUMNAS.map((c) => [normalizar(c.titulo), c.campo])),
  ...Object.fromEntries(CAMPOS.map((c) => [normalizar(c), c])),
  'verificado-por': 'verificado_por',
  telefono: 'telefonos',
  nombre: 'nombre',
  oficina: 'nombre',
  municipio: 'partido',
  'que-falta': 'que_falta',
};

/** Una celda leída: texto, número o fecha (las de `.xlsx`). */
type Celda = string | number | boolean | Date | null | undefined;

/** El texto de un CSV: UTF-8 (con o sin BOM) o, si no es UTF-8 válido, Windows-1252 (el «CSV» de Excel). */
export function decodificarCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Filas de una planilla `.csv` o `.xlsx`, con la primera como encabezado. */
export async function leerFilas(ruta: string): Promise<Celda[][]> {
  if (/\.xlsx$/i.test(ruta)) return (await readSheet(readFileSync(ruta))) as Celda[][];
  if (!/\.csv$/i.test(ruta)) throw new Error(`«${ruta}» no es una planilla .csv ni .xlsx. Guardala en uno de esos dos formatos.`);
  const texto = decodificarCsv(readFileSync(ruta));
  const encabezado = texto.split(/\r?\n/, 1)[0] ?? '';
  const delimitador = (encabezado.match(/;/g)?.length ?? 0) >= (encabezado.match(/,/g)?.length ?? 0) ? ';' : ',';
  return parse(texto, { delimiter: delimitador, bom: true, relax_column_count: true, skip_empty_lines: false });
}

/** Texto de una celda: las fechas de Excel como AAAA-MM-DD. */
function texto(celda: Celda): string {
  if (celda === null || celda === undefined) return '';
  if (celda instanceof Date) return celda.toISOString().slice(0, 10);
  return String(celda).trim();
}

/** `1/3/2026` o `01-03-2026` (como escribe las fechas Excel en castellano) → `2026-03-01`; lo demás queda igual. */
export function fechaIso(valor: string): string {
  const dma = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(valor);
  return dma ? `${dma[3]}-${dma[2]!.padStart(2, '0')}-${dma[1]!.padStart(2, '0')}` : valor;
}

// ——— Importación ———

export interface ErrorDeFila {
  fila: number;
  campo: string;
  mensaje: string;
}

export const formatearErrorDeFila = (e: ErrorDeFila) => (e.campo ? `fila ${e.fila} › ${e.campo}: ${e.mensaje}` : `fila ${e.fila}: ${e.mensaje}`);

export interface Cambio {
  fila: number;
  tipo: 'agregado' | 'actualizado';
  municipio: MunicipioLeido;
  /** El contacto como se escribe en el YAML. */
  contacto: Record<string, unknown>;
  /** Posición del contacto que se reemplaza, en `contactos`. */
  indice?: number;
}

export interface Importacion {
  cambios: Cambio[];
  sinCambios: number;
  errores: ErrorDeFila[];
  /** Problemas de la planilla entera (columnas que faltan). */
  problemas: string[];
  /** Columnas que no se reconocen: no se leen. */
  ignoradas: string[];
}

const COLUMNAS_OBLIGATORIAS = ['partido', 'area', 'nombre', 'telefonos', 'fuente', 'verificado'] as const;

/** Busca el partido por nombre, slug, variante o cabecera (sin importar tildes ni mayúsculas). */
function buscadorDePartidos(municipios: MunicipioLeido[]) {
  const porClave = new Map<string, MunicipioLeido>();
  // En orden de prioridad: un nombre de partido gana sobre la cabecera de otro.
  for (const claves of [(m: MunicipioLeido) => [m.slug, m.nombre], (m: MunicipioLeido) => m.variantes, (m: MunicipioLeido) => [m.cabecera]])
    for (const m of municipios) for (const c of claves(m)) if (!porClave.has(slugDe(c))) porClave.set(slugDe(c), m);
  return { buscar: (valor: string) => porClave.get(slugDe(valor)), nombres: municipios.map((m) => m.nombre) };
}

/** Valida las filas de la planilla contra el contenido y decide qué cambia. No escribe nada. */
export function importar(filas: Celda[][], municipios: MunicipioLeido[], actores: Actor[], archivoDeActores = 'content/actores.yaml'): Importacion {
  const [encabezado = [], ...datos] = filas;
  const columnas = encabezado.map((c) => ALIAS[normalizar(texto(c))]);
  const resultado: Importacion = { cambios: [], sinCambios: 0, errores: [], problemas: [], ignoradas: encabezado.filter((c, i) => texto(c) && !columnas[i]).map(texto) };
  const faltan = COLUMNAS_OBLIGATORIAS.filter((c) => !columnas.includes(c));
  if (faltan.length > 0) {
    const titulos = faltan.map((c) => `«${COLUMNAS.find((k) => k.campo === c)!.titulo}»`).join(', ');
    resultado.problemas.push(`a la planilla le ${faltan.length === 1 ? 'falta la columna' : 'faltan las columnas'} ${titulos}. Usá los encabezados de la planilla que escribe \`npm run contactos:planilla\` (la primera fila).`);
    return resultado;
  }
  const partidos = buscadorDePartidos(municipios);
  const areaPorClave = new Map<string, Actor>();
  for (const a of actores) areaPorClave.set(a.id, a).set(slugDe(a.nombre), a);
  const vistas = new Map<string, number>();

  datos.forEach((celdas, i) => {
    const fila = i + 2; // la fila 1 es el encabezado, como en la planilla
    const valor = (campo: string) => texto(celdas[columnas.indexOf(campo as never)]);
    const error = (campo: string, mensaje: string) => resultado.errores.push({ fila, campo, mensaje });
    const delContacto = CAMPOS.filter((c) => c !== 'area').map(valor);
    if (!valor('partido') && !valor('area') && delContacto.every((v) => !v)) return; // fila vacía
    if (delContacto.every((v) => !v)) {
      resultado.sinCambios++; // una fila de la planilla que quedó sin completar
      return;
    }

    const m = partidos.buscar(valor('partido'));
    if (!m) error('partido', valor('partido') ? `"${valor('partido')}" no es un partido de la provincia.${quisisteDecir(valor('partido'), partidos.nombres)} Escribí el nombre del partido como en la planilla.` : 'falta el partido. Escribí su nombre como en la planilla.');
    const actor = areaPorClave.get(valor('area')) ?? areaPorClave.get(slugDe(valor('area')));
    if (!actor)
      error('area', `"${valor('area')}" no existe en ${archivoDeActores}.${quisisteDecir(valor('area'), actores.map((a) => a.nombre))} Escribí el área como en la planilla.`);

    const telefonos = valor('telefonos').split(/\s*[/\n]\s*/).filter(Boolean);
    const nuevo: Record<string, unknown> = { area: actor?.id ?? valor('area') };
    for (const campo of CAMPOS.slice(1)) {
      const v = campo === 'verificado' ? fechaIso(valor(campo)) : valor(campo);
      if (campo === 'telefonos') nuevo.telefonos = telefonos;
      else if (v) nuevo[campo] = v;
    }
    const antes = resultado.errores.length;
    if (telefonos.length === 0) error('telefonos', 'falta el teléfono. Escribilo con característica, por ejemplo (0221) 400-0000; si son varios, separalos con «/».');
    const validado = analizar(contacto, nuevo);
    if (!validado.success) for (const p of problemasDeZod('', validado.error)) if (p.campo !== 'area' || actor) error(p.campo, p.mensaje);
    if (!m || !actor || resultado.errores.length > antes) return;

    const clave = `${m.slug}|${actor.id}|${slugDe(String(nuevo.nombre))}`;
    const repetida = vistas.get(clave);
    if (repetida !== undefined) return error('nombre', `repite la fila ${repetida} (el mismo partido, área y nombre de oficina). Dejá una sola.`);
    vistas.set(clave, fila);

    const indice = m.contactos.findIndex((c) => c.area === actor.id && slugDe(c.nombre) === slugDe(String(nuevo.nombre)));
    const actual = m.contactos[indice];
    if (!actual) return void resultado.cambios.push({ fila, tipo: 'agregado', municipio: m, contacto: nuevo });
    if (String(nuevo.verificado) < actual.verificado)
      return error('verificado', `es anterior a la verificación que ya tiene este contacto en ${m.archivo} (${actual.verificado}). No se reemplaza un dato por otro verificado antes; si el dato nuevo es correcto, poné la fecha en que lo confirmaste.`);
    if (iguales(validado.data!, actual)) return void resultado.sinCambios++;
    resultado.cambios.push({ fila, tipo: 'actualizado', municipio: m, contacto: nuevo, indice });
  });
  return resultado;
}

/** Dos contactos ya validados (la fila y el del archivo) dicen lo mismo: se comparan después del esquema. */
function iguales(nuevo: Contacto, actual: Contacto): boolean {
  return CAMPOS.every((c) => JSON.stringify(nuevo[c]) === JSON.stringify(actual[c]));
}

// ——— Escritura ———

/** Un contacto como nodo YAML: los teléfonos en una línea (`['(0221) 400-0000']`), como en los archivos. */
function nodoDeContacto(doc: Document, datos: Record<string, unknown>): YAMLMap {
  const nodo = doc.createNode(Object.fromEntries(CAMPOS.filter((c) => datos[c] !== undefined).map((c) => [c, datos[c]]))) as YAMLMap;
  const telefonos = nodo.get('telefonos', true);
  if (isSeq(telefonos)) {
    telefonos.flow = true;
    for (const t of telefonos.items) if (isScalar(t)) t.type = 'QUOTE_SINGLE';
  }
  return nodo;
}

/**
 * El nuevo texto del archivo de un partido con sus cambios aplicados: conserva comentarios, orden y
 * estilo de lo demás. Un contacto actualizado conserva los comentarios de los campos que no cambian.
 */
export function aplicarCambios(textoYaml: string, cambios: Cambio[]): string {
  const doc = parseDocument(textoYaml);
  const lista = () => {
    const actual = doc.get('contactos', true);
    if (isSeq(actual) && actual.items.length > 0) return actual;
    // `contactos: []` (o nada) pasa a ser una lista en bloque, como la del ejemplo de cada archivo.
    const nueva = new YAMLSeq();
    doc.set('contactos', nueva);
    return nueva;
  };
  for (const cambio of cambios) {
    const nuevo = nodoDeContacto(doc, cambio.contacto);
    const existente = cambio.indice === undefined ? undefined : lista().items[cambio.indice];
    if (!isMap(existente)) {
      lista().items.push(nuevo);
      continue;
    }
    for (const campo of CAMPOS) {
      const par = nuevo.items.find((p) => String(p.key) === campo);
      const actual = existente.items.findIndex((p) => String(p.key) === campo);
      if (!par) {
        if (actual >= 0) existente.items.splice(actual, 1);
      } else if (actual < 0) {
        // Un campo nuevo va en su lugar (el orden del esquema), no al final.
        const siguiente = existente.items.findIndex((p) => CAMPOS.indexOf(String(p.key) as Campo) > CAMPOS.indexOf(campo));
        existente.items.splice(siguiente < 0 ? existente.items.length : siguiente, 0, par);
      } else if (JSON.stringify(existente.toJSON()[campo]) !== JSON.stringify(cambio.contacto[campo])) {
        existente.items[actual]!.value = par.value; // conserva el comentario de la clave
      }
    }
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** Revisa el archivo resultante con el esquema del partido, como `npm run validate`. */
export function problemasDelResultado(archivo: string, textoYaml: string): Problema[] {
  const resultado = validar(parsearYaml(textoYaml, archivo), municipio);
  return resultado.ok ? [] : resultado.problemas;
}
