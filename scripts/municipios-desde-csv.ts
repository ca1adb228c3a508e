/**
 * Genera `content/municipios/<slug>.yaml` (uno por partido) desde `content/municipios/datos/partidos.csv`.
 * Se usó una vez para crear los archivos; desde entonces los YAML son la fuente de verdad y se editan a
 * mano. No pisa un archivo que ya existe (tendría contactos cargados) salvo con `--reemplazar`.
 *
 *   node --experimental-strip-types scripts/municipios-desde-csv.ts [raíz-de-contenido] [--reemplazar]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isSeq } from 'yaml';
import { leerCsv } from '../src/lib/csv.ts';
import { CSV_DE_PARTIDOS } from '../src/lib/municipios/cobertura.ts';
import { slugDe } from '../src/lib/slugs.ts';
import { municipio } from '../src/schemas/municipio.ts';

const ENCABEZADO = `# Datos del partido y sus contactos locales. Cada partido tiene su archivo; el nombre del archivo es el slug.
# Para agregar un contacto, reemplazá "contactos: []" por una lista como esta (copiala y completala):
#
# contactos:
#   - area: servicio-local          # un id de content/actores.yaml (servicio-local, area-genero, desarrollo-social...)
#     nombre: Servicio Local de Promoción y Protección de Derechos
#     telefonos: ['(0XXXX) XX-XXXX']   # con característica; entre comillas; varios separados por comas
#     correo: servicio.local@municipio.gob.ar   # opcional; hace falta al menos un teléfono o un correo
#     direccion: Calle 123, Ciudad    # opcional
#     horario: Lunes a viernes de 8 a 14   # opcional
#     fuente: Llamada al área          # obligatorio: de dónde sale el dato (o la página oficial, con su dirección)
#     verificado: 2026-03-01          # obligatorio: fecha en que se confirmó (AAAA-MM-DD)
#     verificado_por: Equipo del Programa   # opcional
#
# Solo datos verificados: nunca inventes un teléfono. Después de 12 meses el contacto aparece "a revisar".
`;

/** Los nombres de los campos del CSV de fuentes, en castellano. */
const ETIQUETAS: Record<string, string> = {
  'nombre+indec_code': 'Nombre y código INDEC',
  seccion: 'sección electoral',
  cabecera: 'cabecera',
  departamento_judicial: 'departamento judicial',
};

/** Frases en inglés de las columnas de fuentes y notas, traducidas. */
const TRADUCCIONES: Array<[string | RegExp, string]> = [
  [/\(coddepto (\d+) via polAr equivalencias\)/g, '(coddepto $1, vía la tabla de equivalencias de polAr)'],
  ['INDEC via georef localidades-censales', 'INDEC, vía las localidades censales de georef'],
  [
    'Wikipedia (en "Lezama, Buenos Aires"; es mirror): Lezama (ex Manuel J. Cobo) is cabecera; Ley 14.087 news: asiento en Lezama; INDEC 2010 census locality in municipio Lezama is named "Manuel J. Cobo" (dept 06217)',
    'Wikipedia (en inglés, "Lezama, Buenos Aires", y una copia en castellano): Lezama (ex Manuel J. Cobo) es la cabecera; noticias sobre la Ley 14.087: asiento en Lezama; en el Censo 2010 del INDEC la localidad del municipio Lezama se llama "Manuel J. Cobo" (departamento 06217)',
  ],
  ['; Lezama also per Ley 14.087 press reports', '; para Lezama, también notas de prensa sobre la Ley 14.087'],
  [' + datosgobar', ' y datosgobar'],
];

function traducir(texto: string): string {
  return TRADUCCIONES.reduce((t, [de, a]) => t.replace(de as string, a), texto);
}

/** `nombre+indec_code: x | seccion: y` → `Nombre y código INDEC: x; sección electoral: y`. */
function fuenteDe(source: string): string {
  return source
    .split(' | ')
    .map((parte) => {
      const [clave, ...resto] = parte.split(': ');
      return `${ETIQUETAS[clave!] ?? clave}: ${traducir(resto.join(': '))}`;
    })
    .join('; ');
}

const COMPONENTE =
  'El INDEC registra como cabecera una parte de la aglomeración urbana que lleva el nombre del partido; la localidad que se nombra en el lugar puede ser otra (no está verificado).';
const CONJUNTA =
  'La cabecera figura con el nombre de una localidad censal conjunta del INDEC; esta fuente no indica una sola localidad cabecera.';

/** Variantes y notas del CSV que no son una lista simple de nombres, revisadas una por una. */
const ESPECIALES: Record<string, { variantes?: string[]; nota?: string }> = {
  'Adolfo Gonzales Chaves': { variantes: ['Adolfo Gonzáles Chaves'] },
  Arrecifes: {
    variantes: ['Bartolomé Mitre'],
    nota: 'Bartolomé Mitre es el nombre anterior del partido; todavía lo usan los archivos electorales (DINE/polAr).',
  },
  Chascomús: {
    variantes: [],
    nota: 'Desde la creación de Lezama, la capa de departamentos del IGN y el Censo 2022 usan el código INDEC 06218 para Chascomús; acá se mantiene 06217, como en georef y el Censo 2010.',
  },
  'Coronel de Marina Leonardo Rosales': { variantes: ['Coronel Rosales', 'CORONEL DE MARINA L. ROSALES'] },
  'General Las Heras': {
    variantes: [],
    nota: 'En el archivo de municipios del IGN el nombre aparece con un espacio doble: "GENERAL LAS  HERAS".',
  },
  Lezama: {
    variantes: [],
    nota: 'Es el partido más nuevo: lo creó la Ley 14.087 (22 de diciembre de 2009) con tierras de Chascomús. La cabecera, Lezama, es el antiguo pueblo Manuel J. Cobo; en la cartografía del Censo 2010 del INDEC la localidad figura como "Manuel J. Cobo", dentro del departamento 06217 (Chascomús).',
  },
};

const FUENTES_DE_CABECERA: Record<string, string> = {
  'it/de Wikipedia mirrors: capoluogo/Hauptstadt Adrogué': 'copias de Wikipedia en italiano y en alemán',
  'everything.explained.today / wikizero: seat Belén de Escobar': 'copias de Wikipedia en everything.explained.today y wikizero',
  'Wikipedia mirrors: administrative centre San Justo': 'copias de Wikipedia',
  'es.wikipedia mirror: "Cabecera: Caseros"': 'una copia de Wikipedia en castellano',
};

/** «Adrogué (it/de Wikipedia mirrors: ...)» → nota en castellano. */
function notaDe(notas: string): string | undefined {
  if (!notas) return undefined;
  if (notas.startsWith('INDEC "componente de localidad compuesta"')) return COMPONENTE;
  if (notas.startsWith('INDEC joint census locality name')) return CONJUNTA;
  const citada = /^commonly cited seat: ([^(]+?) \((.+)\)$/.exec(notas);
  if (citada) {
    const fuente = FUENTES_DE_CABECERA[citada[2]!];
    if (!fuente) throw new Error(`Fuente de cabecera sin traducir: ${citada[2]}`);
    return `Cabecera citada habitualmente: ${citada[1]} (fuente: ${fuente}; no es el dato del INDEC).`;
  }
  throw new Error(`Nota sin traducir: ${notas}`);
}

/** `General Pueyrredon (unaccented); Mar del Plata (cabecera)` → `[General Pueyrredon, Mar del Plata]`. */
function variantesDe(texto: string): string[] {
  return texto
    .split(';')
    .map((v) => v.replace(/\([^)]*\)/g, '').trim())
    .filter(Boolean);
}

function archivoDe(fila: Record<string, string>): { slug: string; texto: string } {
  const especial = ESPECIALES[fila.nombre!];
  const notaGeneral = notaDe(fila.notas!);
  const nota = [especial?.nota, notaGeneral].filter(Boolean).join(' ') || undefined;
  const datos = {
    slug: slugDe(fila.nombre!),
    nombre: fila.nombre!,
    cabecera: fila.cabecera!,
    seccion: Number(fila.seccion_electoral),
    indec: fila.indec_code!,
    variantes: especial?.variantes ?? variantesDe(fila.variantes_nombre!),
    ...(fila.departamento_judicial ? { departamento_judicial: fila.departamento_judicial } : {}),
    ...(nota ? { nota } : {}),
    fuente: fuenteDe(fila.source!),
    contactos: [],
  };
  // Nada se escribe sin pasar por el mismo esquema que la construcción.
  const valido = municipio.safeParse(datos);
  if (!valido.success) throw new Error(`${fila.nombre}: ${valido.error.message}`);
  const doc = new Document(datos);
  // Las variantes, en una línea: más fáciles de leer y de editar en el navegador.
  const variantes = doc.get('variantes', true);
  if (isSeq(variantes)) variantes.flow = true;
  const yaml = doc.toString({ lineWidth: 0, singleQuote: true, flowCollectionPadding: false });
  return { slug: datos.slug, texto: `${ENCABEZADO}\n${yaml}` };
}

const args = process.argv.slice(2);
const reemplazar = args.includes('--reemplazar');
const raiz = args.find((a) => !a.startsWith('--')) ?? 'content';
const dir = join(raiz, 'municipios');
const filas = leerCsv(readFileSync(join(raiz, CSV_DE_PARTIDOS), 'utf-8'));
mkdirSync(dir, { recursive: true });

let creados = 0;
let reemplazados = 0;
const salteados: string[] = [];
for (const fila of filas) {
  const { slug, texto } = archivoDe(fila);
  const ruta = join(dir, `${slug}.yaml`);
  if (existsSync(ruta)) {
    if (!reemplazar) {
      salteados.push(ruta);
      continue;
    }
    reemplazados++;
  } else creados++;
  writeFileSync(ruta, texto);
}

console.log(`${filas.length} partidos en ${join(raiz, CSV_DE_PARTIDOS)}.`);
console.log(`Creados: ${creados}. Reemplazados: ${reemplazados}. Sin tocar (ya existían): ${salteados.length}.`);
if (salteados.length > 0 && !reemplazar) {
  console.log('Los archivos que ya existen no se tocaron, para no perder contactos cargados a mano.');
  console.log('Para regenerarlos igual (se pierden sus cambios), corré de nuevo con --reemplazar.');
}
