/**
 * `npm run flujos [-- archivo.yml ...]`: revisa los flujos de GitHub Actions (`.github/workflows/`)
 * con actionlint (ver scripts/lib/flujos.ts). Sale con código 1 si alguno tiene problemas.
 */
import { flujosDe, formatearProblemaDeFlujo, revisarFlujos } from './lib/flujos.ts';

const rutas = process.argv.length > 2 ? process.argv.slice(2) : flujosDe('.github/workflows');
if (!rutas.length) {
  console.error('No hay flujos para revisar en .github/workflows/.');
  process.exit(1);
}
const problemas = await revisarFlujos(rutas);
if (problemas.length) {
  console.error(`✗ ${problemas.length} problema(s) en los flujos de GitHub Actions (actionlint):\n`);
  for (const p of problemas) console.error(formatearProblemaDeFlujo(p));
  console.error('\nCorregí cada línea indicada. Las entradas de cada acción (`with:`) están en su action.yml; la sintaxis, en la documentación de GitHub Actions.');
  process.exit(1);
}
console.log(`✓ ${rutas.length} flujo(s) de GitHub Actions sin problemas (actionlint).`);
