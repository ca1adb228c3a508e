import { contentRoot } from './contenido.ts';
import { cargarRegistro, type Registro } from './ediciones.ts';
import type { Edicion } from '../schemas/edicion.ts';
import { formatearFecha } from './fechas.ts';

/** El registro de ediciones del contenido que se está construyendo. */
export function registroActual(): Registro {
  return cargarRegistro(contentRoot());
}

/** La edición de una página: la que figura en su id (`ediciones/<id>/…`) o, si no, la actual. */
export function edicionDeId(id: string): Edicion {
  const registro = registroActual();
  const propia = /^ediciones\/([^/]+)\//.exec(id)?.[1];
  return registro.ediciones.find((e) => e.id === propia) ?? registro.actual;
}

/** Cómo se nombra el estado de una edición en el sello impreso y en los avisos. */
export function estadoDeEdicion(e: Edicion): string {
  if (e.estado === 'borrador') return 'borrador sin aprobar';
  if (e.estado === 'vigente') return `vigente desde el ${formatearFecha(e.vigente_desde!)}`;
  return `reemplazada el ${formatearFecha(e.reemplazada_el!)}`;
}
