/**
 * `npm run direcciones:registrar`: agrega a content/direcciones-publicadas.txt las direcciones del
 * sitio construido en dist/ que todavía no estaban. Nunca quita ninguna: una dirección publicada
 * tiene que seguir existiendo (si la página se mueve, agregá una redirección en
 * content/redirecciones.yaml). Corré antes `npm run build`.
 */
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../src/lib/contenido.ts';
import { direccionesDelSitio, leerManifiestoDe, MANIFIESTO } from '../src/lib/direcciones.ts';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No hay un sitio construido en ${dist}/. Corré antes \`npm run build\`.`);
  process.exit(1);
}
const raiz = contentRoot();
const ruta = join(raiz, MANIFIESTO);
const conocidas = new Set(leerManifiestoDe(raiz));
// Páginas de servicio que no son contenido: no se registran.
const nuevas = direccionesDelSitio(dist).filter((d) => !conocidas.has(d) && d !== '/404/' && !d.startsWith('/pagefind/'));
if (!existsSync(ruta)) {
  writeFileSync(
    ruta,
    '# Direcciones que el sitio publicó alguna vez. No borres ninguna: si una página se mueve,\n# agregá una redirección en content/redirecciones.yaml. Se completa con `npm run direcciones:registrar`.\n',
  );
}
if (nuevas.length) appendFileSync(ruta, `${nuevas.join('\n')}\n`);
console.log(`✓ ${nuevas.length} direcciones nuevas registradas en ${ruta} (en total, ${conocidas.size + nuevas.length}).`);
