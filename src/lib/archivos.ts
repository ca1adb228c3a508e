import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Archivos con una de las extensiones dadas debajo de `dir` (rutas completas, ordenadas). */
export function archivos(dir: string, extensiones: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf-8' })
    .filter((f) => extensiones.some((ext) => f.endsWith(ext)))
    .filter((f) => !f.split(/[\\/]/).some((parte) => parte.startsWith('_')))
    .map((f) => join(dir, f))
    .sort();
}

