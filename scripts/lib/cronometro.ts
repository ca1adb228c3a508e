/**
 * Medir el tiempo de un comando: real y de procesador (el del comando y todos sus subprocesos, que
 * anota scripts/lib/con-tiempo.ts). Lo usan `npm test` (scripts/test.ts, cada paso) y `npm run bench`.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Medida {
  ok: boolean;
  /** Tiempo real. */
  segundos: number;
  /** Tiempo de procesador del comando y sus subprocesos (solo en Linux; ver con-tiempo.ts). */
  cpu?: number;
}

const CON_TIEMPO = join(import.meta.dirname, 'con-tiempo.ts');

/**
 * Lanza el comando a través de con-tiempo.ts, que al terminar escribe su tiempo de procesador en
 * `archivoCpu` (leelo con `leerCpu`). Las opciones son las de `spawn`.
 */
export function lanzarMedido(comando: string, args: string[], archivoCpu: string, opciones: SpawnOptions = {}): ChildProcess {
  return spawn(process.execPath, ['--experimental-strip-types', CON_TIEMPO, comando, ...args], {
    ...opciones,
    env: { ...(opciones.env ?? process.env), GUIA_TIEMPO_DE_CPU: archivoCpu },
  });
}

/** Segundos de procesador que dejó anotados `lanzarMedido`, o `undefined` si no hay (otro sistema, o el comando se cortó). */
export function leerCpu(archivoCpu: string): number | undefined {
  try {
    return Number(readFileSync(archivoCpu, 'utf-8'));
  } catch {
    return undefined;
  }
}

/** Corre un comando mostrando su salida y mide su tiempo real y de procesador. */
export function cronometrar(comando: string, args: string[], opciones: { cwd?: string; env?: Record<string, string> } = {}): Promise<Medida> {
  const carpeta = mkdtempSync(join(tmpdir(), 'guia-cronometro-'));
  const archivoCpu = join(carpeta, 'cpu');
  const inicio = performance.now();
  return new Promise((resolve) => {
    const hijo = lanzarMedido(comando, args, archivoCpu, { stdio: 'inherit', cwd: opciones.cwd, env: { ...process.env, ...opciones.env } });
    hijo.on('close', (codigo) => {
      const segundos = (performance.now() - inicio) / 1000;
      const cpu = leerCpu(archivoCpu);
      rmSync(carpeta, { recursive: true, force: true });
      resolve({ ok: codigo === 0, segundos, cpu });
    });
  });
}
