import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { archivos } from './archivos.ts';
import type { Registro } from './ediciones.ts';
import { formatearRuta, type Problema } from './errores.ts';
import { rutaVisible } from './yaml.ts';

/**
 * Sellos de las ediciones cerradas: `content/ediciones/<id>/sello.json` guarda la huella de cada
 * archivo, y `content/ediciones.yaml` la huella del sello. Los escribe `npm run edicion:cerrar`;
 * `npm run validate` verifica que nada sellado cambie.
 */
export const ARCHIVO_DE_SELLO = 'sello.json';

const sha256 = (datos: string | Buffer) => createHash('sha256').update(datos).digest('hex');

/** Huella de cada archivo de una carpeta (menos el propio sello), con rutas relativas ordenadas. */
export function huellasDeArchivos(dir: string): Record<string, string> {
  const huellas: Record<string, string> = {};
  for (const f of archivos(dir, [''])) {
    const rel = relative(dir, f).split('\\').join('/');
    if (rel !== ARCHIVO_DE_SELLO) huellas[rel] = sha256(readFileSync(f));
  }
  return huellas;
}

/** El sello: el JSON de las huellas, y su propia huella (la que va al registro). */
export function sellar(dir: string, edicionId: string): { json: string; huella: string } {
  const json = `${JSON.stringify({ edicion: edicionId, archivos: huellasDeArchivos(dir) }, null, 2)}\n`;
  return { json, huella: sha256(json) };
}

/** Verifica que ningún archivo sellado cambió, falte o sobre. Nombra cada archivo. */
export function verificarSellos(raiz: string, registro: Registro): Problema[] {
  const problemas: Problema[] = [];
  const archivoRegistro = rutaVisible(join(raiz, 'ediciones.yaml'));
  registro.ediciones.forEach((e, i) => {
    if (e.estado === 'borrador') return;
    const dir = join(raiz, 'ediciones', e.id);
    const ruta = join(dir, ARCHIVO_DE_SELLO);
    if (!existsSync(ruta)) {
      problemas.push({ archivo: rutaVisible(ruta), campo: '', mensaje: `falta el sello de la edición "${e.id}". Restauralo desde el historial del repositorio; nunca se edita a mano.` });
      return;
    }
    const texto = readFileSync(ruta, 'utf-8');
    if (sha256(texto) !== e.sello) {
      problemas.push({ archivo: archivoRegistro, campo: formatearRuta([i, 'sello']), mensaje: `no coincide con ${rutaVisible(ruta)}: el sello fue modificado. Restauralo desde el historial del repositorio.` });
      return;
    }
    const sellados = (JSON.parse(texto) as { archivos: Record<string, string> }).archivos;
    const actuales = huellasDeArchivos(dir);
    const aviso = 'es parte de una edición cerrada y no se puede cambiar. Deshacé el cambio (restauralo desde el historial) y hacelo en content/guia/, que es el borrador de la próxima edición.';
    for (const [archivo, huella] of Object.entries(sellados)) {
      const visible = rutaVisible(join(dir, archivo));
      if (!(archivo in actuales)) problemas.push({ archivo: visible, campo: '', mensaje: `falta este archivo, que ${aviso}` });
      else if (actuales[archivo] !== huella) problemas.push({ archivo: visible, campo: '', mensaje: `cambió, pero ${aviso}` });
    }
    for (const archivo of Object.keys(actuales)) {
      if (!(archivo in sellados)) problemas.push({ archivo: rutaVisible(join(dir, archivo)), campo: '', mensaje: `se agregó a una edición cerrada. Borralo: los cambios van en content/guia/.` });
    }
  });
  return problemas;
}
