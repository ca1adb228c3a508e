/**
 * Construye los sitios de prueba (scripts/lib/sitios.ts) en dist-pruebas/<nombre>/, con el mismo
 * `astro build` que el sitio real pero apuntando a otra carpeta de contenido.
 */
import { carpetaDeSalida, prepararContenido, SITIOS_DE_PRUEBA } from './lib/sitios.ts';
import { run } from './lib/proceso.ts';

for (const sitio of SITIOS_DE_PRUEBA) {
  console.log(`Construyendo el sitio de prueba «${sitio.nombre}» desde ${sitio.contenido}/`);
  prepararContenido(sitio);
  const code = await run('npx', ['astro', 'build', '--outDir', carpetaDeSalida(sitio)], {
    GUIA_CONTENIDO: sitio.contenido,
    GUIA_HOY: sitio.hoy,
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  if (code !== 0) {
    console.error(`No se pudo construir el sitio de prueba «${sitio.nombre}».`);
    process.exit(code);
  }
}
