/**
 * `npm run contactos:importar -- <archivo.csv|archivo.xlsx> [--prueba] [--contenido <carpeta>]`
 *
 * Lee una planilla de contactos (la de `npm run contactos:planilla`, completada), valida cada fila con
 * el esquema y los mensajes de `npm run validate`, y escribe solo las filas válidas en
 * `content/municipios/<slug>.yaml`, conservando los comentarios y el orden de cada archivo. Nunca
 * reemplaza un contacto por otro verificado antes. Termina con un resumen y con código 1 si alguna
 * fila tiene errores. `--prueba` muestra los cambios sin escribir nada.
 *
 * Las pruebas llaman a `contactosImportar` en su mismo proceso (tests/unit/contactos-planilla.test.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/contenido.ts';
import { cargarDatos } from '../src/lib/datos.ts';
import { ErrorDeContenido, formatearProblema } from '../src/lib/errores.ts';
import { cargarMunicipios, olvidarMunicipios } from '../src/lib/municipios/lectura.ts';
import { rutaVisible } from '../src/lib/yaml.ts';
import { aplicarCambios, formatearErrorDeFila, importar, leerFilas, problemasDelResultado, type Cambio } from './lib/planilla-contactos.ts';
import { comoComando, esElProgramaPrincipal, falla, type Salida } from './lib/proceso.ts';

/** El comando entero, con sus argumentos (`argv`, sin `node` ni el script); devuelve el código de salida. */
export function contactosImportar(argv: string[], salida: Salida = console): Promise<number> {
  return comoComando(salida, () => correr(argv, salida));
}

async function correr(argv: string[], salida: Salida): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { prueba: { type: 'boolean', default: false }, contenido: { type: 'string' } },
  });

  const archivo = positionals[0];
  if (!archivo) falla('Falta la planilla: `npm run contactos:importar -- informes/contactos-planilla.csv` (o un .xlsx).');
  if (!existsSync(archivo!)) falla(`No existe el archivo «${archivo}».`);
  const raiz = values.contenido ?? contentRoot();

  let municipios, actores;
  try {
    municipios = cargarMunicipios(raiz);
    actores = cargarDatos(raiz).actores;
  } catch (error) {
    if (!(error instanceof ErrorDeContenido)) throw error;
    falla(`${error.message}\n\nEl contenido tiene errores: corregilos (\`npm run validate\`) antes de importar.`);
  }

  let filas;
  try {
    filas = await leerFilas(archivo!);
  } catch (error) {
    falla(`No pude leer «${archivo}»: ${(error as Error).message}`);
  }
  const resultado = importar(filas!, municipios!, actores!, rutaVisible(join(raiz, 'actores.yaml')));
  if (resultado.problemas.length > 0) falla(`${archivo}: ${resultado.problemas.join('\n')}`);
  for (const columna of resultado.ignoradas) salida.log(`Aviso: la columna «${columna}» no es de la planilla de contactos; no se lee.`);

  // Agrupa los cambios por archivo y revisa cada archivo resultante antes de escribirlo.
  const porArchivo = Map.groupBy(resultado.cambios, (c: Cambio) => c.municipio.archivo);
  const aplicados: Cambio[] = [];
  for (const [ruta, cambios] of porArchivo) {
    const nuevo = aplicarCambios(readFileSync(ruta, 'utf-8'), cambios);
    const problemas = problemasDelResultado(ruta, nuevo);
    if (problemas.length > 0) {
      for (const c of cambios) resultado.errores.push({ fila: c.fila, campo: '', mensaje: `el archivo ${ruta} no quedaría válido: ${problemas.map(formatearProblema).join('; ')}` });
      continue;
    }
    if (!values.prueba) writeFileSync(ruta, nuevo);
    aplicados.push(...cambios);
  }
  // Quien siga en este proceso (las pruebas llaman a esta función) lee los archivos nuevos.
  olvidarMunicipios();

  for (const c of aplicados.sort((a, b) => a.fila - b.fila)) {
    salida.log(`fila ${c.fila}: ${c.tipo} — ${c.municipio.nombre}, ${String(c.contacto.nombre)} (${c.municipio.archivo})`);
  }
  for (const e of resultado.errores.sort((a, b) => a.fila - b.fila)) salida.log(formatearErrorDeFila(e));

  const n = (cantidad: number, uno: string, varios: string) => `${cantidad} ${cantidad === 1 ? uno : varios}`;
  const agregados = aplicados.filter((c) => c.tipo === 'agregado').length;
  const filasConError = new Set(resultado.errores.map((e) => e.fila)).size;
  const resumen = `${n(agregados, 'agregado', 'agregados')}, ${n(aplicados.length - agregados, 'actualizado', 'actualizados')}, ${resultado.sinCambios} sin cambios, ${filasConError} con errores.`;
  salida.log(`\n${filasConError > 0 ? '✗' : '✓'} ${resumen}`);
  if (values.prueba) salida.log('Prueba: no se escribió ningún archivo. Sin --prueba, se escriben las filas válidas.');
  else if (aplicados.length > 0) salida.log('Revisá los cambios con `git diff content/municipios` y `npm run validate`, y subilos en un pull request.');
  if (filasConError > 0) {
    salida.log('Las filas con errores no se escribieron: corregilas en la planilla y volvé a importarla (las que ya entraron quedan «sin cambios»).');
    return 1;
  }
  return 0;
}

if (esElProgramaPrincipal(import.meta.url)) process.exitCode = await contactosImportar(process.argv.slice(2));
