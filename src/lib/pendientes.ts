import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { archivos } from './archivos.ts';
import { rutaVisible } from './yaml.ts';

/**
 * Las preguntas abiertas para el Programa: cada bloque `<ACompletar>…</ACompletar>` de la portada y de
 * `guia/` (el borrador en preparación). Quien lee la guía no las ve (como mucho, la línea corta de
 * `mientras`); quien edita las tiene todas en `npm run pendientes` y en la página `/pendientes/`.
 */
export interface Pendiente {
  /** Archivo, como lo ve quien edita: `content/guia/el-programa.mdx`. */
  archivo: string;
  /** Línea donde empieza el bloque. */
  linea: number;
  /** Dirección de la página: `/guia/el-programa/`. */
  pagina: string;
  /** Título de la página (su `title:`). */
  titulo: string;
  /** Lo que falta, en el texto del bloque. */
  pregunta: string;
  /** La línea que sí ven los lectores, si el bloque la tiene. */
  mientras?: string;
}

const BLOQUE = /<ACompletar(\s[^>]*)?>([\s\S]*?)<\/ACompletar>/g;
const MIENTRAS = /\bmientras=(?:"([^"]*)"|'([^']*)')/;
const TITULO = /^title:\s*(.+)$/m;

/** Los bloques de un texto MDX, con su línea. */
export function pendientesDeTexto(texto: string): Array<Pick<Pendiente, 'linea' | 'pregunta' | 'mientras'>> {
  return [...texto.matchAll(BLOQUE)].map((m) => {
    const atributos = MIENTRAS.exec(m[1] ?? '');
    const mientras = atributos ? (atributos[1] ?? atributos[2]) : undefined;
    return {
      linea: texto.slice(0, m.index).split('\n').length,
      pregunta: m[2]!.replace(/\s+/g, ' ').trim(),
      ...(mientras ? { mientras } : {}),
    };
  });
}

function direccion(raiz: string, ruta: string): string {
  const rel = relative(raiz, ruta).split('\\').join('/').replace(/\.mdx?$/, '');
  if (rel === 'index') return '/';
  return `/${rel.replace(/\/index$/, '')}/`;
}

/** Todas las preguntas abiertas de la raíz de contenido, en el orden de los archivos. */
export function leerPendientes(raiz: string): Pendiente[] {
  const rutas = [
    ...[join(raiz, 'index.mdx')].filter((f) => existsSync(f)),
    ...archivos(join(raiz, 'guia'), ['.md', '.mdx']),
  ];
  return rutas.flatMap((ruta) => {
    const texto = readFileSync(ruta, 'utf-8');
    const titulo = TITULO.exec(texto)?.[1]?.trim().replace(/^['"]|['"]$/g, '') ?? direccion(raiz, ruta);
    return pendientesDeTexto(texto).map((p) => ({ archivo: rutaVisible(ruta), pagina: direccion(raiz, ruta), titulo, ...p }));
  });
}

/** El informe en Markdown: una sección por página, una viñeta por pregunta. */
export function informeDePendientes(pendientes: Pendiente[]): string {
  const lineas = [
    '# Pendientes del Programa',
    '',
    `${pendientes.length} preguntas abiertas. Cada una es un bloque \`<ACompletar>\` en el archivo indicado: cuando el Programa la responda, escribí el dato con su fuente en la página y borrá el bloque.`,
  ];
  let anterior = '';
  for (const p of pendientes) {
    if (p.archivo !== anterior) lineas.push('', `## ${p.titulo} (${p.pagina})`, '');
    anterior = p.archivo;
    lineas.push(`- ${p.pregunta} (\`${p.archivo}:${p.linea}\`)`);
    if (p.mientras) lineas.push(`  - Lo que ven los lectores mientras tanto: «El Programa todavía no confirmó este dato: mientras tanto, ${p.mientras}»`);
  }
  return `${lineas.join('\n')}\n`;
}
