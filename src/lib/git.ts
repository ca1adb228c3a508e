import { spawnSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

/**
 * Fechas del último commit de cada archivo, leídas de `git log` una sola vez por proceso.
 *
 * Starlight calcula «Última actualización» solo para `src/content/docs`; nuestro contenido vive
 * en `content/`, así que la calculamos nosotros (ver DESIGN.md, «Known facts about the stack»).
 * Un archivo sin commits (nuevo, o un clon sin historia) no tiene fecha: la página no la muestra.
 */
let cache: { root: string; dates: Map<string, Date>; first: Map<string, Date> } | undefined;

function repoRoot(cwd: string): string | undefined {
  const result = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf-8' });
  if (result.status !== 0 || result.error) return undefined;
  return result.stdout.trim();
}

function loadDates(cwd: string): { root: string; dates: Map<string, Date>; first: Map<string, Date> } {
  const root = repoRoot(cwd);
  const dates = new Map<string, Date>();
  const first = new Map<string, Date>();
  if (!root) return { root: cwd, dates, first };
  const log = spawnSync('git', ['log', '--format=t:%ct', '--name-only', '--no-renames'], {
    cwd: root,
    encoding: 'utf-8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (log.status !== 0 || log.error) return { root, dates, first };
  let current: Date | undefined;
  for (const line of log.stdout.split('\n')) {
    if (line.startsWith('t:')) {
      current = new Date(Number.parseInt(line.slice(2), 10) * 1000);
    } else if (line && current) {
      // `git log` lista del commit más nuevo al más viejo: la primera fecha vista es la última,
      // y la última vista es la del primer commit.
      if (!dates.has(line)) dates.set(line, current);
      first.set(line, current);
    }
  }
  return { root, dates, first };
}

/** Fecha del último commit que tocó `file` (ruta absoluta o relativa a `cwd`), o `undefined`. */
export function lastCommitDate(file: string, cwd: string = process.cwd()): Date | undefined {
  cache ??= loadDates(cwd);
  const key = relative(cache.root, resolve(cwd, file)).split('\\').join('/');
  return cache.dates.get(key);
}

/** Fecha del primer commit que agregó `file`, o `undefined`. */
export function firstCommitDate(file: string, cwd: string = process.cwd()): Date | undefined {
  cache ??= loadDates(cwd);
  const key = relative(cache.root, resolve(cwd, file)).split('\\').join('/');
  return cache.first.get(key);
}

/** Solo para pruebas: olvida las fechas leídas. */
export function resetGitCache(): void {
  cache = undefined;
}
