/**
 * `npm run edicion:cerrar -- --aprobada AAAA-MM-DD --vigente-desde AAAA-MM-DD --siguiente <id>`
 *
 * Cierra la edición en preparación (el borrador, cuyo texto es content/guia/) cuando el Programa la
 * aprueba:
 *   1. revisa que todo el contenido sea válido (no se sella nada roto);
 *   2. copia content/guia/ (con sus listas de verificación) y content/que-hago-ahora.yaml en
 *      content/ediciones/<id>/, le agrega la copia de sus datos abiertos (datos/, ver
 *      src/lib/datos-abiertos.ts) y la sella;
 *   3. en content/ediciones.yaml la marca vigente, con sus fechas y su sello, y marca reemplazada
 *      la que regía hasta entonces;
 *   4. abre el borrador de la edición siguiente (`--siguiente`), que sigue en content/guia/.
 * Opciones: `--titulo` (nuevo título de la edición que se cierra), `--titulo-siguiente`,
 * `--contenido <carpeta>` (por defecto, la de GUIA_CONTENIDO o content/).
 *
 * Las pruebas llaman a `edicionCerrar` en su mismo proceso; tests/unit/ediciones.test.ts corre el
 * comando de la consola.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { contentRoot } from '../src/lib/contenido.ts';
import { escribirCopiaDeEdicion } from '../src/lib/datos-abiertos.ts';
import { cargarRegistro, olvidarRegistro } from '../src/lib/ediciones.ts';
import { hoy } from '../src/lib/fechas.ts';
import { ARCHIVO_DE_SELLO, sellar } from '../src/lib/sellos.ts';
import { formatearProblema } from '../src/lib/errores.ts';
import { ARCHIVO_DEL_ARBOL } from '../src/lib/que-hago-ahora.ts';
import { validarContenido } from '../src/lib/validacion.ts';
import { rutaVisible } from '../src/lib/yaml.ts';
import { identificador } from '../src/schemas/comunes.ts';
import { comoComando, esElProgramaPrincipal, falla, type Salida } from './lib/proceso.ts';

/** El comando entero, con sus argumentos (`argv`, sin `node` ni el script); devuelve el código de salida. */
export function edicionCerrar(argv: string[], salida: Salida = console): Promise<number> {
  return comoComando(salida, () => correr(argv, salida));
}

function correr(argv: string[], salida: Salida): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      aprobada: { type: 'string' },
      'vigente-desde': { type: 'string' },
      siguiente: { type: 'string' },
      titulo: { type: 'string' },
      'titulo-siguiente': { type: 'string' },
      contenido: { type: 'string' },
    },
  });

  const FECHA = /^\d{4}-\d{2}-\d{2}$/;
  const { aprobada, 'vigente-desde': vigenteDesde, siguiente } = values;
  if (!aprobada || !FECHA.test(aprobada)) falla('Falta --aprobada AAAA-MM-DD: la fecha en que el Programa aprobó la edición.');
  if (!vigenteDesde || !FECHA.test(vigenteDesde)) falla('Falta --vigente-desde AAAA-MM-DD: desde cuándo rige.');
  if (vigenteDesde! < aprobada!) falla('--vigente-desde no puede ser anterior a --aprobada.');
  if (!siguiente || !identificador().safeParse(siguiente).success)
    falla('Falta --siguiente <id>: el id del borrador que se abre (minúsculas, números y guiones, por ejemplo segunda).');

  const raiz = values.contenido ?? contentRoot();
  const { problemas } = validarContenido(raiz);
  const errores = problemas.filter((p) => p.gravedad !== 'advertencia');
  if (errores.length) {
    for (const p of errores) salida.error(formatearProblema(p));
    falla(`El contenido tiene ${errores.length} errores: corregilos antes de cerrar la edición.`);
  }
  const registro = cargarRegistro(raiz);
  const cerrada = registro.borrador;
  if (registro.ediciones.some((e) => e.id === siguiente)) falla(`Ya existe una edición "${siguiente}": elegí otro id para --siguiente.`);
  const destino = join(raiz, 'ediciones', cerrada.id);
  if (existsSync(destino)) falla(`Ya existe ${rutaVisible(destino)}: la edición "${cerrada.id}" parece cerrada.`);

  // 2. Copia sellada (con el árbol de «¿Qué hago ahora?», que es parte de la edición).
  cpSync(join(raiz, 'guia'), destino, { recursive: true });
  if (existsSync(join(raiz, ARCHIVO_DEL_ARBOL))) cpSync(join(raiz, ARCHIVO_DEL_ARBOL), join(destino, ARCHIVO_DEL_ARBOL));
  escribirCopiaDeEdicion(raiz, cerrada.id, destino, hoy());
  const sello = sellar(destino, cerrada.id);
  writeFileSync(join(destino, ARCHIVO_DE_SELLO), sello.json);

  // 3 y 4. Registro: se edita el YAML conservando sus comentarios.
  const archivoRegistro = join(raiz, 'ediciones.yaml');
  if (!existsSync(archivoRegistro)) falla(`Falta ${rutaVisible(archivoRegistro)}: creá el registro con el borrador antes de cerrar.`);
  const doc = parseDocument(readFileSync(archivoRegistro, 'utf-8'));
  const lista = doc.contents as YAMLSeq<YAMLMap>;
  for (const item of lista.items) {
    if (item.get('estado') === 'vigente') {
      item.set('estado', 'reemplazada');
      item.set('reemplazada_el', vigenteDesde);
    }
  }
  const ultima = lista.items.at(-1)!;
  ultima.set('estado', 'vigente');
  if (values.titulo) ultima.set('titulo', values.titulo);
  ultima.set('aprobada', aprobada);
  ultima.set('vigente_desde', vigenteDesde);
  ultima.set('sello', sello.huella);
  lista.items.push(
    doc.createNode({
      id: siguiente,
      titulo: values['titulo-siguiente'] ?? `Edición ${siguiente} (borrador)`,
      estado: 'borrador',
      notas: [],
    }) as YAMLMap,
  );
  writeFileSync(archivoRegistro, doc.toString({ lineWidth: 0 }));
  // Quien siga en este proceso (las pruebas llaman a esta función) lee el registro nuevo.
  olvidarRegistro();

  salida.log(`✓ Edición "${cerrada.id}" cerrada y sellada en ${rutaVisible(destino)}/ (sello ${sello.huella.slice(0, 12)}…).`);
  salida.log(`✓ Rige desde el ${vigenteDesde}. Se abrió el borrador "${siguiente}": su texto sigue en ${rutaVisible(join(raiz, 'guia'))}/.`);
  salida.log('Revisá el cambio con `npm test` y confirmalo en un pull request.');
  return 0;
}

if (esElProgramaPrincipal(import.meta.url)) process.exitCode = await edicionCerrar(process.argv.slice(2));
