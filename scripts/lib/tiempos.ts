import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Cuánto tardó la última corrida de `npm test`, paso por paso: la escribe scripts/test.ts al terminar
 * (también si un paso falla) y la lee `npm run bench`, que así no tiene que volver a correr las pruebas.
 * `informes/` no se sube al repositorio.
 */
export const ARCHIVO_DE_TIEMPOS = 'informes/tiempos-de-npm-test.json';

export interface TiempoDePaso {
  titulo: string;
  /** Desde el comienzo de `npm test` hasta que empezó y terminó el paso (varios pasos corren a la vez). */
  desde: number;
  hasta: number;
  /** Tiempo de procesador (usuario + sistema) del paso y sus subprocesos, si se pudo medir. */
  cpu?: number;
  ok: boolean;
}

export interface TiemposDePruebas {
  fecha: string;
  total: number;
  ok: boolean;
  nucleos: number;
  pasos: TiempoDePaso[];
}

export function guardarTiempos(tiempos: TiemposDePruebas, archivo = ARCHIVO_DE_TIEMPOS): void {
  mkdirSync(dirname(archivo), { recursive: true });
  writeFileSync(archivo, `${JSON.stringify(tiempos, null, 2)}\n`);
}

export function leerTiempos(archivo = ARCHIVO_DE_TIEMPOS): TiemposDePruebas | undefined {
  if (!existsSync(archivo)) return undefined;
  return JSON.parse(readFileSync(archivo, 'utf-8')) as TiemposDePruebas;
}

/** «8.3 s» o «5 min 59 s»: los minutos se cuentan después de redondear (nunca «5 min 60 s»). */
export function segundos(s: number): string {
  if (s < 59.95) return `${s.toFixed(1)} s`;
  const enteros = Math.round(s);
  return `${Math.floor(enteros / 60)} min ${enteros % 60} s`;
}

/** El resumen que imprime `npm test` al terminar: cada paso con su duración, su intervalo y su tiempo de procesador. */
export function resumenDeTiempos(t: TiemposDePruebas): string[] {
  const ancho = Math.max(...t.pasos.map((p) => p.titulo.length));
  return [
    `Tiempos (${t.nucleos} núcleos; los pasos con intervalos que se solapan corrieron a la vez):`,
    ...t.pasos.map(
      (p) =>
        `  ${p.ok ? ' ' : '✗'} ${p.titulo.padEnd(ancho)}  ${segundos(p.hasta - p.desde).padStart(9)}  (${p.desde.toFixed(0).padStart(3)}–${p.hasta.toFixed(0).padEnd(3)} s${p.cpu === undefined ? '' : `, procesador ${segundos(p.cpu)}`})`,
    ),
    `  Total: ${segundos(t.total)}`,
  ];
}

export { segundos as formatearSegundos };
