/**
 * Lo único del buscador que viaja con cada página: sabe bajar la interfaz de Pagefind
 * (src/scripts/buscador.ts, con su CSS) la primera vez que hace falta y montarla en un elemento.
 * Lo usan el diálogo del encabezado (src/components/starlight/Search.astro) y la página /buscar/.
 */
export interface OpcionesBuscador {
  /** Se llama con cada búsqueda que escribe la persona (la página /buscar/ la pone en la dirección). */
  alBuscar?: (termino: string) => void;
}

/** Lo que necesitamos de la interfaz de Pagefind. */
export interface InterfazBuscador {
  triggerSearch(termino: string): void;
}

const montados = new WeakMap<HTMLElement, Promise<InterfazBuscador>>();

export function cargarBuscador(destino: HTMLElement, opciones: OpcionesBuscador = {}): Promise<InterfazBuscador> {
  let montado = montados.get(destino);
  if (!montado) {
    montado = import('./buscador.ts').then(({ montarBuscador }) => montarBuscador(destino, opciones));
    // Si la descarga falla (sin conexión y sin copia guardada), se puede reintentar más tarde.
    montado.catch(() => {
      montados.delete(destino);
      destino.querySelector('[role="status"]')?.replaceChildren('No se pudo cargar el buscador. Revisá la conexión y volvé a intentar.');
    });
    montados.set(destino, montado);
  }
  return montado;
}

/** Se usa a propósito `navigator.platform`: el agente de usuario cambia al abrir las herramientas de desarrollo. */
export const esApple = () => /(Mac|iPhone|iPod|iPad)/i.test(navigator.platform);
