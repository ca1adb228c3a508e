import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { npmRun, npx, programa } from '../../scripts/lib/paquete.ts';

/** Un proyecto de juguete: package.json con sus scripts y dependencias, y node_modules con sus `bin`. */
function proyecto(scripts: Record<string, string>): string {
  const raiz = mkdtempSync(join(tmpdir(), 'guia-paquete-'));
  writeFileSync(join(raiz, 'package.json'), JSON.stringify({ scripts, dependencies: { uno: '1', '@ambito/dos': '1' }, devDependencies: { tres: '1' } }));
  const dependencia = (nombre: string, bin: unknown) => {
    mkdirSync(join(raiz, 'node_modules', nombre), { recursive: true });
    writeFileSync(join(raiz, 'node_modules', nombre, 'package.json'), JSON.stringify({ name: nombre, bin }));
  };
  dependencia('uno', 'cli.js'); // `bin` como texto: el programa lleva el nombre del paquete
  dependencia('@ambito/dos', { dos: './bin/dos.mjs', otro: 'otro.js' });
  // «tres» está en package.json pero no instalada: se saltea.
  return raiz;
}

describe('los scripts de package.json sin npm', () => {
  test('el programa de una dependencia sale de su campo `bin`, como lo resuelve npx', () => {
    const raiz = proyecto({});
    expect(programa('uno', raiz)).toBe(join(raiz, 'node_modules/uno/cli.js'));
    expect(programa('dos', raiz)).toBe(join(raiz, 'node_modules/@ambito/dos/bin/dos.mjs'));
    expect(programa('otro', raiz)).toBe(join(raiz, 'node_modules/@ambito/dos/otro.js'));
    expect(() => programa('cuatro', raiz)).toThrow('Ninguna dependencia de package.json trae el programa «cuatro». Corré `npm ci`');
    expect(npx('dos', ['--a'], raiz)).toEqual({ comando: process.execPath, args: [join(raiz, 'node_modules/@ambito/dos/bin/dos.mjs'), '--a'] });
  });

  test('un script es `node …` con este Node, o un programa de las dependencias; los argumentos van al final', () => {
    const raiz = proyecto({ revisar: 'node --experimental-strip-types scripts/revisar.ts', construir: 'dos build' });
    expect(npmRun('revisar', ['x'], raiz)).toEqual({ comando: process.execPath, args: ['--experimental-strip-types', 'scripts/revisar.ts', 'x'] });
    expect(npmRun('construir', [], raiz)).toEqual({ comando: process.execPath, args: [join(raiz, 'node_modules/@ambito/dos/bin/dos.mjs'), 'build'] });
  });

  test('lo que npm haría distinto se rechaza y dice que se use npm run', () => {
    const raiz = proyecto({ a: 'node a.js && node b.js', b: 'node b.js', preb: 'node antes.js', c: "node -e 'x'" });
    expect(() => npmRun('a', [], raiz)).toThrow('El script «a» de package.json usa la consola («node a.js && node b.js»): correlo con `npm run a`.');
    expect(() => npmRun('b', [], raiz)).toThrow('El script «b» tiene «preb»: correlo con `npm run b`.');
    expect(() => npmRun('c', [], raiz)).toThrow('usa la consola');
    expect(() => npmRun('d', [], raiz)).toThrow('package.json no tiene el script «d».');
  });

  test('cada script que corre `npm test` existe en este proyecto y da el mismo resultado que con npm', () => {
    // Los programas reales de este proyecto: los archivos existen.
    for (const nombre of ['astro', 'vitest', 'playwright']) expect(existsSync(programa(nombre)), nombre).toBe(true);
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf-8')) as { scripts: Record<string, string> };
    for (const script of ['validate', 'flujos', 'build', 'pdf', 'enlaces', 'test:unit', 'html', 'test:e2e']) {
      expect(scripts[script], script).toBeDefined();
      expect(() => npmRun(script), script).not.toThrow();
    }
    // Lo mismo que `npm run enlaces` sin sitio construido (el script más liviano): la misma salida y el mismo código.
    const vacia = mkdtempSync(join(tmpdir(), 'guia-paquete-vacia-'));
    const { comando, args } = npmRun('enlaces', [vacia]);
    const directo = spawnSync(comando, args, { encoding: 'utf-8' });
    const conNpm = spawnSync('npm', ['run', '--silent', 'enlaces', '--', vacia], { encoding: 'utf-8' });
    expect(directo.status).toBe(1);
    expect(directo.stderr).toContain(vacia);
    expect([directo.status, directo.stdout, directo.stderr]).toEqual([conNpm.status, conNpm.stdout, conNpm.stderr]);
  });
});
