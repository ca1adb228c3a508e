/**
 * `npm run contactos:planilla [-- raíz-de-contenido]`: escribe `informes/contactos-planilla.csv`, una
 * fila por partido y área con los datos actuales, blancos donde faltan y una columna «Qué falta».
 * Se completa en Excel o LibreOffice y se vuelve a cargar con `npm run contactos:importar`.
 * Formato (UTF-8 con BOM, separado por «;»): ver scripts/lib/planilla-contactos.ts y CONTRIBUTING.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../src/lib/contenido.ts';
import { cargarDatos } from '../src/lib/datos.ts';
import { ErrorDeContenido } from '../src/lib/errores.ts';
import { hoy } from '../src/lib/fechas.ts';
import { cargarMunicipios } from '../src/lib/municipios/lectura.ts';
import { planilla } from './lib/planilla-contactos.ts';

const raiz = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? contentRoot();
try {
  const texto = planilla(cargarMunicipios(raiz), cargarDatos(raiz).actores, hoy());
  mkdirSync('informes', { recursive: true });
  const destino = join('informes', 'contactos-planilla.csv');
  writeFileSync(destino, texto);
  const filas = texto.split('\r\n').length - 2;
  console.log(`✓ Escribí ${destino}: ${filas} filas (una por partido y área).`);
  console.log('Completala en Excel o LibreOffice, guardala como CSV o .xlsx y cargala con `npm run contactos:importar -- <archivo>`.');
} catch (error) {
  if (!(error instanceof ErrorDeContenido)) throw error;
  console.error(`${error.message}\n\n✗ El contenido tiene errores: corregilos (\`npm run validate\`) y volvé a pedir la planilla.`);
  process.exit(1);
}
