/**
 * `npm run enlaces`: revisa los enlaces internos, las anclas y los `tel:`/`mailto:` del sitio ya
 * construido (ver scripts/lib/enlaces.ts). Una línea por enlace roto (página › enlace: problema),
 * un resumen y código de salida 1 si hay alguno. Sin sitio construido, falla: no se saltea.
 *
 *   node scripts/enlaces.ts [carpeta]   (por defecto dist/)
 */
import { existsSync } from 'node:fs';
import { despliegue } from '../src/lib/sitio.ts';
import { formatearEnlaceRoto, verificarEnlaces } from './lib/enlaces.ts';

const carpeta = process.argv[2] ?? 'dist';
if (!existsSync(`${carpeta}/index.html`)) {
  console.error(
    `✗ No hay un sitio construido en ${carpeta}/, así que no se pueden revisar sus enlaces. Corré antes \`npm run build\` (o directamente \`npm test\`).`,
  );
  process.exit(1);
}
const { base, site } = despliegue;
const { problemas, paginas, enlaces } = verificarEnlaces(carpeta, { base, sitio: site });
for (const problema of problemas) console.log(formatearEnlaceRoto(problema));
const resumen = `${paginas} páginas y ${enlaces} enlaces revisados en ${carpeta}/: ${problemas.length} ${problemas.length === 1 ? 'enlace roto' : 'enlaces rotos'}.`;
if (problemas.length > 0) {
  console.error(`\n✗ ${resumen}\nCorregí cada enlace en la página indicada (o en el archivo de content/ de donde sale) y volvé a construir.`);
  process.exit(1);
}
console.log(`✓ ${resumen}`);
