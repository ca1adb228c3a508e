/**
 * Corre un comando y, al terminar, escribe en el archivo `GUIA_TIEMPO_DE_CPU` su tiempo de procesador
 * (usuario + sistema, en segundos, sumando todos sus subprocesos). Lo usa scripts/test.ts para medir
 * cada paso aunque corran varios a la vez:
 *
 *   GUIA_TIEMPO_DE_CPU=/tmp/x node --experimental-strip-types scripts/lib/con-tiempo.ts npm run build
 *
 * En Linux lo lee de /proc/self/stat (tiempo de los hijos ya terminados); en otros sistemas no escribe nada.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const [comando, ...args] = process.argv.slice(2);
if (!comando) {
  console.error('Uso: node --experimental-strip-types scripts/lib/con-tiempo.ts <comando> [argumentos…]');
  process.exit(2);
}

/** Segundos de procesador de los subprocesos ya terminados de este proceso (campos cutime y cstime). */
function cpuDeLosHijos(): number | undefined {
  try {
    const campos = readFileSync('/proc/self/stat', 'utf-8').split(') ')[1]!.split(' ');
    // Desde el campo 3 (estado): cutime y cstime son los campos 16 y 17, en centésimas de segundo (CLK_TCK=100 en Linux).
    return (Number(campos[13]) + Number(campos[14])) / 100;
  } catch {
    return undefined;
  }
}

const hijo = spawn(comando, args, { stdio: 'inherit' });
for (const senal of ['SIGINT', 'SIGTERM'] as const) process.on(senal, () => hijo.kill(senal));
hijo.on('error', (error) => {
  console.error(`No se pudo ejecutar ${comando}: ${error.message}`);
  process.exit(1);
});
hijo.on('exit', (codigo, senal) => {
  const cpu = cpuDeLosHijos();
  if (process.env.GUIA_TIEMPO_DE_CPU && cpu !== undefined) writeFileSync(process.env.GUIA_TIEMPO_DE_CPU, String(cpu));
  process.exit(codigo ?? (senal ? 1 : 0));
});
