/**
 * `npm run html`: valida el HTML de los sitios ya construidos con el validador del W3C (Nu HTML
 * Checker, `vnu.jar` del paquete `vnu-jar`; necesita Java 11 o posterior). Revisa cada página de
 * `dist/` y de cada sitio de prueba de `dist-pruebas/` (scripts/lib/sitios.ts), o las carpetas
 * que se le pasen:
 *
 *   node --experimental-strip-types scripts/html.ts [carpeta...]
 *
 * Una entrada por página con sus errores (línea, columna, mensaje del validador y el fragmento de
 * HTML), un resumen y código de salida 1 si hay alguno. Sin sitio construido, falla: no se saltea.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { archivos } from '../src/lib/archivos.ts';
import { informeDeHtml, leerSalidaDeVnu } from './lib/html.ts';
import { exigirJava } from './lib/java.ts';
import { carpetaDeSalida, SITIOS_DE_PRUEBA } from './lib/sitios.ts';

const carpetas = process.argv.length > 2 ? process.argv.slice(2) : ['dist', ...SITIOS_DE_PRUEBA.map(carpetaDeSalida)];
for (const carpeta of carpetas) {
  if (!existsSync(`${carpeta}/index.html`)) {
    console.error(
      `✗ No hay un sitio construido en ${carpeta}/, así que no se puede validar su HTML. Corré antes \`npm run build\` y \`node --experimental-strip-types scripts/construir-pruebas.ts\` (o directamente \`npm test\`).`,
    );
    process.exit(1);
  }
}

const java = exigirJava();
// El paquete exporta la ruta de vnu.jar. No usamos su programa `vnu`: si no encuentra Java, lo
// descarga de otro sitio; acá Java lo pone quien corre las pruebas (ver exigirJava).
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
const paginas = carpetas.reduce((n, c) => n + archivos(c, ['.html']).length, 0);
console.log(`Validando el HTML de ${paginas} páginas (${carpetas.join(', ')}) con el validador del W3C…`);

// Una sola corrida de Java para todas las páginas. Solo con el compilador rápido de la JVM (C1): el
// validador corre unos segundos y el optimizador (C2) gastaba más procesador compilando que lo que
// ahorraba (medido: ~8 s de procesador en vez de ~20 s, las mismas páginas y los mismos errores).
// Con C1 cada llamada ocupa más pila y el validador recorre el esquema de HTML con mucha recursión:
// -Xss16m (pide al menos 512k con el compilador de siempre).
const JVM = ['-XX:TieredStopAtLevel=1', '-Xss16m'];
const r = spawnSync(java.path, [...JVM, '-jar', vnuJar, '--errors-only', '--skip-non-html', '--format', 'gnu', ...carpetas], {
  encoding: 'utf-8',
  maxBuffer: 64 * 1024 * 1024,
});
const salida = `${r.stdout ?? ''}${r.stderr ?? ''}`;
const errores = leerSalidaDeVnu(salida);
if (r.error || (r.status !== 0 && errores.length === 0)) {
  console.error(salida.trim());
  console.error(`✗ El validador de HTML no pudo correr (${r.error?.message ?? `código ${r.status}`}). El mensaje de arriba dice por qué.`);
  process.exit(1);
}

for (const linea of informeDeHtml(errores, carpetas, (archivo) => readFileSync(archivo, 'utf-8'))) console.log(linea);
const conErrores = new Set(errores.map((e) => e.archivo)).size;
const resumen = `${paginas} páginas revisadas: ${errores.length} ${errores.length === 1 ? 'error' : 'errores'} de HTML en ${conErrores} ${conErrores === 1 ? 'página' : 'páginas'}.`;
if (errores.length > 0) {
  console.error(
    `\n✗ ${resumen}\nCorregí el componente o la página de src/ que produce ese HTML (o el archivo de content/ de donde sale) y volvé a construir (los mensajes del validador están en inglés).`,
  );
  process.exit(1);
}
console.log(`✓ ${resumen}`);
