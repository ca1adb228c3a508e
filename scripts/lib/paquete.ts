/**
 * Correr los scripts de package.json y los programas de las dependencias sin pasar por npm.
 *
 * `npm run` y `npx` arrancan npm antes del comando: ~0,3 s de espera y ~0,4 s de procesador cada vez
 * (medido en esta máquina de 2 núcleos), y `npm test` los encadenaba unas 15 veces, varias en el
 * camino más largo (validación → sitio → sitios de prueba → punta a punta). Acá se corre lo mismo que
 * correría npm: el comando sigue escrito en un solo lugar, los `scripts` de package.json, y el
 * programa es el que declara la dependencia en su campo `bin`.
 */
import { readFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';

/** La carpeta del proyecto (la de package.json). */
export const RAIZ = resolve(import.meta.dirname, '../..');

export interface Comando {
  comando: string;
  args: string[];
}

interface Paquete {
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  bin?: string | Record<string, string>;
}

const leerPaquete = (archivo: string): Paquete => JSON.parse(readFileSync(archivo, 'utf-8')) as Paquete;

/**
 * El archivo de JavaScript del programa `nombre` (lo que correría `npx nombre`): el del campo `bin` de
 * la dependencia de package.json que lo trae. `raiz`: la carpeta con package.json y node_modules.
 */
export function programa(nombre: string, raiz: string = RAIZ): string {
  const { dependencies = {}, devDependencies = {} } = leerPaquete(join(raiz, 'package.json'));
  for (const dependencia of Object.keys({ ...dependencies, ...devDependencies })) {
    const archivo = join(raiz, 'node_modules', dependencia, 'package.json');
    let bin: Paquete['bin'];
    try {
      bin = leerPaquete(archivo).bin;
    } catch {
      continue; // No instalada (por ejemplo, una opcional de otro sistema).
    }
    const ruta = typeof bin === 'string' ? (dependencia.split('/').pop() === nombre ? bin : undefined) : bin?.[nombre];
    if (ruta) return join(dirname(archivo), ruta);
  }
  throw new Error(`Ninguna dependencia de package.json trae el programa «${nombre}». Corré \`npm ci\` y volvé a probar.`);
}

/** `npx <nombre> …args`, sin npx. */
export function npx(nombre: string, args: string[] = [], raiz: string = RAIZ): Comando {
  return { comando: process.execPath, args: [programa(nombre, raiz), ...args] };
}

/**
 * `npm run <script> -- …args`, sin npm: el comando del script de package.json con `node` (el mismo
 * Node que corre esto) o el programa de la dependencia. Solo scripts simples, de un comando sin
 * comillas ni operadores de la consola, como son todos los de esta guía; otro se rechaza con un
 * mensaje (para ese, `npm run`). npm no agrega nada más: ningún script tiene `pre…` ni `post…`.
 */
export function npmRun(script: string, args: string[] = [], raiz: string = RAIZ): Comando {
  const { scripts = {} } = leerPaquete(join(raiz, 'package.json'));
  const texto = scripts[script];
  if (!texto) throw new Error(`package.json no tiene el script «${script}».`);
  for (const gancho of [`pre${script}`, `post${script}`]) {
    if (scripts[gancho]) throw new Error(`El script «${script}» tiene «${gancho}»: correlo con \`npm run ${script}\`.`);
  }
  if (/["'`$|&;<>()*?\\]/.test(texto)) throw new Error(`El script «${script}» de package.json usa la consola («${texto}»): correlo con \`npm run ${script}\`.`);
  const [primero, ...resto] = texto.trim().split(/\s+/);
  return primero === 'node' ? { comando: process.execPath, args: [...resto, ...args] } : npx(primero!, [...resto, ...args], raiz);
}

/**
 * El entorno para un comando de `npmRun` o `npx`: como hace npm, los programas de node_modules/.bin
 * primero en el PATH, por si el comando llama a otro por su nombre.
 */
export function entornoConProgramas(env: NodeJS.ProcessEnv = process.env, raiz: string = RAIZ): NodeJS.ProcessEnv {
  return { ...env, PATH: [join(raiz, 'node_modules', '.bin'), env.PATH].filter(Boolean).join(delimiter) };
}
