import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/**
 * Los esquemas (src/schemas) describen el contenido y nada más: no dependen de las utilidades de
 * src/lib, que sí dependen de ellos. Así no hay importaciones circulares ni efectos al importarlos.
 */
test('ningún esquema importa de src/lib', () => {
  const dir = 'src/schemas';
  const importaciones = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) =>
      [...readFileSync(join(dir, f), 'utf-8').matchAll(/^\s*import\s[^;]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)].map(
        (m) => `${f}: ${m[1] ?? m[2]}`,
      ),
    );
  expect(importaciones.length).toBeGreaterThan(0);
  expect(importaciones.filter((i) => /(^|: )(\.\.\/lib\/|~\/lib\/)/.test(i))).toEqual([]);
});
