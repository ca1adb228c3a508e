import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Adónde escribe un script lo que le dice a quien lo corre: la consola, o lo que junta una prueba
 * que lo llama en su mismo proceso (arrancar un Node aparte cuesta ~0,7 s de procesador cada vez).
 */
export interface Salida {
  log(texto: string): void;
  error(texto: string): void;
}

/** Una `Salida` que junta lo que muestra el comando, como lo verían `stdout` y `stderr` (para las pruebas). */
export function juntarSalida(): Salida & { stdout: string; stderr: string } {
  const junta = {
    stdout: '',
    stderr: '',
    log: (texto: string) => void (junta.stdout += `${texto}\n`),
    error: (texto: string) => void (junta.stderr += `${texto}\n`),
  };
  return junta;
}

/** Lo que no deja seguir a un comando (ver `comoComando`). */
export class Falla extends Error {}

/** Corta el comando con un mensaje para quien lo corre: `comoComando` lo muestra con «✗» y sale con código 1. */
export function falla(mensaje: string): never {
  throw new Falla(mensaje);
}

/**
 * Corre el cuerpo de un comando y devuelve su código de salida: el que devuelve `correr`, o 1 si cortó
 * con `falla` (el mensaje va a `salida.error`, con «✗»). Cualquier otro error sigue de largo.
 */
export async function comoComando(salida: Salida, correr: () => number | Promise<number>): Promise<number> {
  try {
    return await correr();
  } catch (error) {
    if (!(error instanceof Falla)) throw error;
    salida.error(`✗ ${error.message}`);
    return 1;
  }
}

/** `true` si el módulo de `url` (su `import.meta.url`) es el programa que se corrió, no uno importado. */
export function esElProgramaPrincipal(url: string): boolean {
  return !!process.argv[1] && resolve(process.argv[1]) === fileURLToPath(url);
}

/** Corre un comando mostrando su salida; resuelve con su código de salida. */
export function run(command: string, args: string[], env: Record<string, string | undefined> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', (error) => {
      console.error(`No se pudo ejecutar ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Un puerto TCP libre en 127.0.0.1, elegido por el sistema operativo. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('sin puerto'))));
    });
  });
}
