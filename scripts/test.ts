/**
 * `npm test`: todas las verificaciones, en orden, deteniéndose en la primera que falla.
 * Primero confirma que haya un Chromium y un Java (para el validador de HTML), para no descubrir
 * su falta después de construir el sitio.
 */
import { exigirChromium } from './lib/chromium.ts';
import { exigirJava } from './lib/java.ts';
import { run } from './lib/proceso.ts';

exigirChromium();
exigirJava();

const pasos: Array<[titulo: string, comando: string, args: string[], env?: Record<string, string>]> = [
  ['Validación del contenido', 'npm', ['run', '--silent', 'validate']],
  ['Flujos de GitHub Actions (actionlint)', 'npm', ['run', '--silent', 'flujos']],
  ['Verificación de tipos', 'npm', ['run', '--silent', 'check']],
  ['Pruebas unitarias', 'npm', ['run', '--silent', 'test:unit']],
  // Como en la publicación: el sitio enlaza los PDF, que se generan a continuación.
  ['Construcción del sitio', 'npm', ['run', '--silent', 'build'], { GUIA_CON_PDF: '1' }],
  ['PDF de las listas de verificación', 'npm', ['run', '--silent', 'pdf']],
  // Después de los PDF: las páginas los enlazan.
  ['Enlaces del sitio construido', 'npm', ['run', '--silent', 'enlaces']],
  ['Construcción de los sitios de prueba', 'node', ['--experimental-strip-types', 'scripts/construir-pruebas.ts']],
  // Cada página del sitio y de los sitios de prueba, con el validador del W3C.
  ['HTML válido (validador del W3C)', 'npm', ['run', '--silent', 'html']],
  ['Pruebas de punta a punta (Chromium)', 'npm', ['run', '--silent', 'test:e2e']],
];

for (const [i, [titulo, comando, args, env]] of pasos.entries()) {
  console.log(`\n▶ ${i + 1}/${pasos.length} ${titulo}`);
  const code = await run(comando, args, env);
  if (code !== 0) {
    console.error(`\n✗ Falló el paso «${titulo}» (código ${code}). Los mensajes de arriba dicen qué corregir.`);
    process.exit(code);
  }
}
console.log('\n✓ Todas las verificaciones pasaron.');
