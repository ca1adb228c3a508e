import { spawn } from 'node:child_process';
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

/** Corre un comando mostrando su salida y mide su tiempo real y de procesador. */
export function cronometrar(comando: string, args: string[], opciones: { cwd?: string; env?: Record<string, string> } = {}): Promise<Medida> {
  const carpeta = mkdtempSync(join(tmpdir(), 'guia-cronometro-'));
  const archivoCpu = join(carpeta, 'cpu');
  const con = join(import.meta.dirname, 'con-tiempo.ts');
  const inicio = performance.now();
  return new Promise((resolve) => {
    const hijo = spawn(process.execPath, ['--experimental-strip-types', con, comando, ...args], {
      stdio: 'inherit',
      cwd: opciones.cwd,
      env: { ...process.env, ...opciones.env, GUIA_TIEMPO_DE_CPU: archivoCpu },
    });
    hijo.on('close', (codigo) => {
      const segundos = (performance.now() - inicio) / 1000;
      let cpu: number | undefined;
      try {
        cpu = Number(readFileSync(archivoCpu, 'utf-8'));
      } catch {
        cpu = undefined;
      }
      rmSync(carpeta, { recursive: true, force: true });
      resolve({ ok: codigo === 0, segundos, cpu });
    });
  });
}
