/**
 * Genera `content/municipios/datos/localidades.csv` desde dos archivos de `datosgobar/georef-ar-etl`
 * leídos en el commit 1b6b19a (ver `content/municipios/datos/LEEME.md`): `data/bahra.csv` (BAHRA) y
 * `data/localidades.csv` (localidades censales del INDEC, con tildes). Se usó una vez; desde entonces el
 * CSV de la guía es la fuente de verdad y se corrige a mano.
 *
 *   node --experimental-strip-types scripts/localidades-desde-bahra.ts <bahra.csv> <localidades.csv> [raíz-de-contenido]
 *
 * - Toma las filas de la provincia (`cod_prov` 06), en el orden de BAHRA.
 * - El nombre: si una localidad censal del mismo partido se llama igual sin contar tildes ni mayúsculas,
 *   su nombre tal cual; si no, el de BAHRA en minúsculas con mayúscula inicial, y con tilde cada palabra
 *   que en las localidades censales de todo el país (o en los nombres de los partidos) aparece siempre
 *   con la misma tilde y nunca sin ella.
 * - Quita las filas de `EXCLUIDAS` (su motivo queda en el LEEME).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../src/lib/contenido.ts';
import { escribirCsv, leerCsv } from '../src/lib/csv.ts';
import { CSV_DE_LOCALIDADES, ENCABEZADO_DE_LOCALIDADES } from '../src/lib/localidades.ts';
import { CSV_DE_PARTIDOS } from '../src/lib/municipios/cobertura.ts';

/** cod_bahra → motivo. */
const EXCLUIDAS: Record<string, string> = {
  '06217020000':
    'Manuel J. Cobo: BAHRA la pone en Chascomús (06217), de antes del partido de Lezama (06466), que no tiene filas; no se pudo confirmar con una fuente a qué partido corresponde hoy.',
};

const [bahraCsv, censalesCsv, raiz = contentRoot()] = process.argv.slice(2);
if (!bahraCsv || !censalesCsv) {
  console.error('Uso: node --experimental-strip-types scripts/localidades-desde-bahra.ts <bahra.csv> <localidades.csv> [raíz-de-contenido]');
  process.exit(1);
}

const sinTildes = (t: string) => t.normalize('NFD').replace(/\p{Diacritic}/gu, '');
const clave = (t: string) => sinTildes(t).toLowerCase().replace(/\s+/g, ' ').trim();

const bahra = leerCsv(readFileSync(bahraCsv, 'utf-8')).filter((f) => f.cod_prov === '06');
const censales = leerCsv(readFileSync(censalesCsv, 'utf-8'));
const partidos = leerCsv(readFileSync(join(raiz, CSV_DE_PARTIDOS), 'utf-8'));

/** Nombre censal por partido y nombre sin tildes. */
const censalPorPartido = new Map<string, string>();
for (const c of censales) censalPorPartido.set(`${c.departamento_id}|${clave(c.localidad_nombre!)}`, c.localidad_nombre!);

/** Palabra sin tildes en minúsculas → formas escritas (en minúsculas) en los nombres oficiales. */
const formas = new Map<string, Set<string>>();
const nombresOficiales = [...censales.map((c) => c.localidad_nombre!), ...partidos.flatMap((p) => [p.nombre!, p.cabecera!])];
for (const nombre of nombresOficiales) {
  for (const palabra of nombre.toLowerCase().match(/[\p{L}]+/gu) ?? []) {
    const k = sinTildes(palabra);
    if (!formas.has(k)) formas.set(k, new Set());
    formas.get(k)!.add(palabra);
  }
}
/**
 * Palabras que las localidades censales no traen (o traen a veces sin tilde) y que se escriben siempre
 * con ella: nombres comunes y nombres propios de uso corriente.
 */
const ORTOGRAFIA: Record<string, string> = Object.fromEntries(
  'adrogué álvarez ángel ángeles área atlántida benavídez cariló catán cinturón domínico ecológico garín guillón jáuregui mármol marqués nogués pehuén plátanos podestá promoción río sarandí tristán triángulo trujuí'
    .split(' ')
    .map((p) => [sinTildes(p), p]),
);

/** Errores de escritura de BAHRA (por cod_bahra): el nombre corregido. */
const CORRECCIONES: Record<string, string> = {
  '06364030004': 'General Rodríguez', // BAHRA: «GENERAL RODRGUEZ»
};

const conTilde = (palabra: string): string => {
  if (ORTOGRAFIA[palabra]) return ORTOGRAFIA[palabra];
  const f = formas.get(sinTildes(palabra));
  if (!f || f.size !== 1) return palabra;
  const [unica] = f;
  return unica!;
};

/** Siempre en minúscula (salvo al principio); los artículos, solo después de «de» («Cerro de la Gloria», pero «Barrio El Mirador»). */
const MINUSCULAS = new Set(['de', 'del', 'y', 'e']);
const ARTICULOS = new Set(['la', 'las', 'los', 'el']);
const ROMANOS = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x)$/i;

/** «VILLA FLANDRIA SUR (EST. JAUREGUI)» → «Villa Flandria Sur (Est. Jáuregui)». */
function escribir(nombre: string): string {
  let anterior = '';
  return nombre.toLowerCase().replace(/[\p{L}]+/gu, (palabra, desde: number, todo: string) => {
    const esPrimera = anterior === '';
    const despuesDeDe = anterior === 'de';
    anterior = palabra;
    if (ROMANOS.test(palabra) && palabra.length > 1) return palabra.toUpperCase();
    // «(E)» y las iniciales («F.») quedan en mayúscula.
    const sola = todo[desde - 1] === '(' && todo[desde + palabra.length] === ')';
    if (sola && palabra.length === 1) return palabra.toUpperCase();
    const escrita = conTilde(palabra);
    const minuscula = MINUSCULAS.has(palabra) || (ARTICULOS.has(palabra) && despuesDeDe);
    if (!esPrimera && minuscula && todo[desde - 1] !== '(') return escrita;
    return escrita.charAt(0).toUpperCase() + escrita.slice(1);
  });
}

const filas: string[][] = [];
const cuenta = { censal: 0, excluidas: 0 };
for (const b of bahra) {
  if (EXCLUIDAS[b.cod_bahra!]) {
    cuenta.excluidas++;
    continue;
  }
  const partido = `06${b.cod_depto}`;
  const censal = censalPorPartido.get(`${partido}|${clave(b.nombre!)}`);
  const nombre = CORRECCIONES[b.cod_bahra!] ?? censal ?? escribir(b.nombre!);
  if (censal) cuenta.censal++;
  filas.push([nombre, partido, b.tipo_bahra!, b.nombre!, b.cod_bahra!]);
}

writeFileSync(join(raiz, CSV_DE_LOCALIDADES), escribirCsv(ENCABEZADO_DE_LOCALIDADES, filas));
console.log(
  `✓ ${filas.length} localidades en ${join(raiz, CSV_DE_LOCALIDADES)} (${cuenta.censal} con el nombre censal; ${cuenta.excluidas} excluidas).`,
);
