import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Archivos (no carpetas) con una de las extensiones dadas debajo de `dir`, sin los que empiezan
 * con `_` ni los que están dentro de carpetas que empiezan con `_`. Rutas completas, ordenadas.
 * `['']` devuelve todos.
 */
export function archivos(dir: string, extensiones: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && extensiones.some((ext) => d.name.endsWith(ext)))
    .map((d) => join(d.parentPath, d.name))
    .filter((f) => !relative(dir, f).split(/[\\/]/).some((parte) => parte.startsWith('_')))
    .sort();
}
