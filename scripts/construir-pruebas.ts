/**
 * Construye los sitios de prueba (scripts/lib/sitios.ts) en dist-pruebas/<nombre>/, con el mismo
 * `astro build` que el sitio real pero apuntando a otra carpeta de contenido. Con nombres, solo esos:
 *
 *   node --experimental-strip-types scripts/construir-pruebas.ts [nombre...]
 */
import { carpetaDeSalida, prepararContenido, SITIOS_DE_PRUEBA } from './lib/sitios.ts';
import { npx } from './lib/paquete.ts';
import { run } from './lib/proceso.ts';

const pedidos = process.argv.slice(2);
const desconocidos = pedidos.filter((n) => !SITIOS_DE_PRUEBA.some((s) => s.nombre === n));
if (desconocidos.length) {
  console.error(`No hay sitios de prueba llamados ${desconocidos.join(', ')}. Los que hay: ${SITIOS_DE_PRUEBA.map((s) => s.nombre).join(', ')}.`);
  process.exit(1);
}

for (const sitio of SITIOS_DE_PRUEBA.filter((s) => pedidos.length === 0 || pedidos.includes(s.nombre))) {
  console.log(`Construyendo el sitio de prueba «${sitio.nombre}» desde ${sitio.contenido}/`);
  prepararContenido(sitio);
  const { comando, args } = npx('astro', ['build', '--outDir', carpetaDeSalida(sitio)]);
  const code = await run(comando, args, {
    GUIA_CONTENIDO: sitio.contenido,
    GUIA_HOY: sitio.hoy,
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  if (code !== 0) {
    console.error(`No se pudo construir el sitio de prueba «${sitio.nombre}».`);
    process.exit(code);
  }
}
