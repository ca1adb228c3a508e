/**
 * `npm run contactos:informe [-- raíz-de-contenido] [-- --md]`: qué contactos tiene cada partido, por
 * área, cuáles están a revisar (verificados hace más de 12 meses) y cuáles faltan. Muestra una tabla
 * por sección electoral con totales al final y escribe `informes/contactos.csv` (una fila por partido,
 * una columna por área); con `--md`, también `informes/contactos.md`. La carpeta `informes/` no se sube
 * al repositorio.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../src/lib/contenido.ts';
import { cargarDatos } from '../src/lib/datos.ts';
import { ErrorDeContenido } from '../src/lib/errores.ts';
import { coberturaDeContactos, type Cobertura, type EstadoDeArea } from '../src/lib/municipios/informe.ts';
import { cargarMunicipios } from '../src/lib/municipios/lectura.ts';
import { SECCIONES, type NumeroDeSeccion } from '../src/schemas/municipio.ts';
import { areasMunicipales } from './lib/planilla-contactos.ts';

const MARCAS: Record<EstadoDeArea, string> = { verificado: '✓', 'a-revisar': '!', falta: '·' };
const ESTADOS = { verificado: 'verificado', 'a-revisar': 'a revisar', 'sin-datos': 'sin datos' } as const;
const TEXTO_DE_AREA: Record<EstadoDeArea, string> = { verificado: 'verificado', 'a-revisar': 'a revisar', falta: 'falta' };

const plural = (n: number, uno: string, varios: string) => `${n} ${n === 1 ? uno : varios}`;

/** La tabla para la terminal: una marca por área (✓ verificado, ! a revisar, · falta), agrupada por sección. */
export function tablaDeTexto(cobertura: Cobertura, nombresDeAreas: Record<string, string>): string {
  const { areas, partidos, totales } = cobertura;
  const ancho = Math.max(7, ...partidos.map((p) => p.nombre.length));
  const lineas: string[] = ['Áreas (columnas):'];
  areas.forEach((a, i) => lineas.push(`  ${String(i + 1).padStart(2)}. ${nombresDeAreas[a] ?? a} (${a})`));
  lineas.push(`Marcas: ${MARCAS.verificado} verificado en los últimos 12 meses; ${MARCAS['a-revisar']} a revisar; ${MARCAS.falta} falta.`, '');
  const encabezado = `${'Partido'.padEnd(ancho)}  ${areas.map((_, i) => String(i + 1).padStart(2)).join(' ')}  Estado`;

  for (const [numero, nombre] of Object.entries(SECCIONES)) {
    const deLaSeccion = partidos.filter((p) => String(p.seccion) === numero);
    if (deLaSeccion.length === 0) continue;
    lineas.push(`${nombre} (${plural(deLaSeccion.length, 'partido', 'partidos')})`, encabezado);
    for (const p of deLaSeccion) {
      const marcas = areas.map((a) => MARCAS[p.porArea[a]!].padStart(2)).join(' ');
      const detalle =
        p.contactos === 0
          ? ''
          : ` (${plural(p.contactos, 'contacto', 'contactos')}: ${p.verificados} ${p.verificados === 1 ? 'verificado' : 'verificados'}, ${p.aRevisar} a revisar; última verificación ${p.ultimaVerificacion})`;
      lineas.push(`${p.nombre.padEnd(ancho)}  ${marcas}  ${ESTADOS[p.estado]}${detalle}`);
    }
    lineas.push('');
  }

  lineas.push(
    'Totales',
    `  Partidos: ${totales.partidos}. Con algún contacto verificado: ${totales.verificados}. Solo con contactos a revisar: ${totales.aRevisar}. Sin contactos: ${totales.sinDatos}.`,
    `  Contactos: ${totales.contactos}. Verificados: ${totales.contactosVerificados}. A revisar: ${totales.contactosARevisar}.`,
    '  Partidos por área (verificado / a revisar / falta):',
  );
  const anchoDeArea = Math.max(...areas.map((a) => (nombresDeAreas[a] ?? a).length));
  for (const a of areas) {
    const { verificado, aRevisar } = totales.porArea[a]!;
    lineas.push(`    ${(nombresDeAreas[a] ?? a).padEnd(anchoDeArea)}  ${verificado} / ${aRevisar} / ${totales.partidos - verificado - aRevisar}`);
  }
  return lineas.join('\n');
}

function celdaCsv(valor: string | number): string {
  const texto = String(valor);
  return /[",\n]/.test(texto) ? `"${texto.replace(/"/g, '""')}"` : texto;
}

/** Una fila por partido; una columna por área con «verificado», «a revisar» o «falta». */
export function tablaCsv(cobertura: Cobertura): string {
  const encabezado = ['seccion', 'partido', 'slug', 'indec', 'estado', 'contactos', 'verificados', 'a_revisar', 'ultima_verificacion', ...cobertura.areas];
  const filas = cobertura.partidos.map((p) => [
    SECCIONES[p.seccion as NumeroDeSeccion],
    p.nombre,
    p.slug,
    p.indec,
    ESTADOS[p.estado],
    p.contactos,
    p.verificados,
    p.aRevisar,
    p.ultimaVerificacion ?? '',
    ...cobertura.areas.map((a) => TEXTO_DE_AREA[p.porArea[a]!]),
  ]);
  return [encabezado, ...filas].map((fila) => fila.map(celdaCsv).join(',')).join('\n') + '\n';
}

/** La misma información en Markdown, una tabla por sección. */
export function tablaMarkdown(cobertura: Cobertura, nombresDeAreas: Record<string, string>, hoy: string): string {
  const { areas, partidos, totales } = cobertura;
  const lineas = [
    `# Contactos de los municipios (${hoy})`,
    '',
    `${totales.partidos} partidos: ${totales.verificados} con algún contacto verificado en los últimos 12 meses, ${totales.aRevisar} solo con contactos a revisar y ${totales.sinDatos} sin contactos. ${plural(totales.contactos, 'contacto', 'contactos')} en total (${totales.contactosVerificados} verificados, ${totales.contactosARevisar} a revisar).`,
    '',
    `Marcas: ${MARCAS.verificado} verificado en los últimos 12 meses; ${MARCAS['a-revisar']} a revisar; ${MARCAS.falta} falta.`,
  ];
  for (const [numero, nombre] of Object.entries(SECCIONES)) {
    const deLaSeccion = partidos.filter((p) => String(p.seccion) === numero);
    if (deLaSeccion.length === 0) continue;
    lineas.push('', `## ${nombre}`, '', `| Partido | ${areas.map((a) => nombresDeAreas[a] ?? a).join(' | ')} | Estado |`, `|---|${areas.map(() => ':-:|').join('')}---|`);
    for (const p of deLaSeccion) lineas.push(`| ${p.nombre} | ${areas.map((a) => MARCAS[p.porArea[a]!]).join(' | ')} | ${ESTADOS[p.estado]} |`);
  }
  return lineas.join('\n') + '\n';
}

function main(): void {
  const args = process.argv.slice(2);
  const raiz = args.find((a) => !a.startsWith('--')) ?? contentRoot();
  const hoy = new Date().toISOString().slice(0, 10);
  let cobertura: Cobertura;
  let nombres: Record<string, string>;
  try {
    const actores = cargarDatos(raiz).actores;
    nombres = Object.fromEntries(actores.map((a) => [a.id, a.nombre]));
    const municipales = areasMunicipales(actores).map((a) => a.id);
    cobertura = coberturaDeContactos(cargarMunicipios(raiz), municipales, hoy);
  } catch (error) {
    if (!(error instanceof ErrorDeContenido)) throw error;
    console.error(`${error.message}\n\n✗ El contenido tiene errores: corregilos (\`npm run validate\`) y volvé a pedir el informe.`);
    process.exit(1);
  }

  console.log(tablaDeTexto(cobertura, nombres));
  mkdirSync('informes', { recursive: true });
  const csv = join('informes', 'contactos.csv');
  writeFileSync(csv, tablaCsv(cobertura));
  console.log(`\nEscribí ${csv}.`);
  if (args.includes('--md')) {
    const md = join('informes', 'contactos.md');
    writeFileSync(md, tablaMarkdown(cobertura, nombres, hoy));
    console.log(`Escribí ${md}.`);
  }
}

if (import.meta.main) main();
