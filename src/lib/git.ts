import { spawnSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

/**
 * Fechas del último commit de cada archivo, leídas de `git log` una sola vez por proceso.
 *
 * Starlight calcula «Última actualización» solo para `src/content/docs`; nuestro contenido vive
 * en `content/`, así que la calculamos nosotros (ver DESIGN.md, «Known facts about the stack»).
 * Un archivo sin commits (nuevo, o un clon sin historia) no tiene fecha: la página no la muestra.
 */
let cache: { root: string; dates: Map<string, Date> } | undefined;

function repoRoot(cwd: string): string | undefined {
  const result = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf-8' });
  if (result.status !== 0 || result.error) return undefined;
  return result.stdout.trim();
}

function loadDates(cwd: string): { root: string; dates: Map<string, Date> } {
  const root = repoRoot(cwd);
  const dates = new Map<string, Date>();
  if (!root) return { root: cwd, dates };
  const log = spawnSync('git', ['log', '--format=t:%ct', '--name-only', '--no-renames'], {
    cwd: root,
    encoding: 'utf-8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (log.status !== 0 || log.error) return { root, dates };
  let current: Date | undefined;
  for (const line of log.stdout.split('\n')) {
    if (line.startsWith('t:')) {
      current = new Date(Number.parseInt(line.slice(2), 10) * 1000);
    } else if (line && current && !dates.has(line)) {
      // `git log` lista del commit más nuevo al más viejo: la primera fecha vista es la última.
      dates.set(line, current);
    }
  }
  return { root, dates };
}

/** Fecha del último commit que tocó `file` (ruta absoluta o relativa a `cwd`), o `undefined`. */
export function lastCommitDate(file: string, cwd: string = process.cwd()): Date | undefined {
  cache ??= loadDates(cwd);
  const key = relative(cache.root, resolve(cwd, file)).split('\\').join('/');
  return cache.dates.get(key);
}

/** Solo para pruebas: olvida las fechas leídas. */
export function resetGitCache(): void {
  cache = undefined;
}
