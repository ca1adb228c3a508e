/**
 * La interfaz de Pagefind y sus estilos. Se baja aparte, solo cuando alguien va a buscar
 * (ver src/scripts/cargar-buscador.ts).
 */
// @ts-expect-error: @pagefind/default-ui no publica tipos.
import { PagefindUI } from '@pagefind/default-ui';
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
// Con `?url` Astro no agrega esta hoja a cada página (lo haría con un import común, aunque sea de un
// módulo que se baja después): la pedimos acá, al montar la interfaz.
import hojaDeEstilos from '../styles/buscador.css?url&no-inline';
import { url } from '../lib/rutas.ts';
import { traduccionesDelBuscador } from '../lib/traducciones-buscador.ts';
import type { InterfazBuscador, OpcionesBuscador } from './cargar-buscador.ts';

/** Agrega la hoja de estilos una sola vez y espera a que cargue, para no mostrar la interfaz sin estilo. */
function cargarEstilos(): Promise<void> {
  if (document.querySelector(`link[href="${hojaDeEstilos}"]`)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const enlace = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: hojaDeEstilos });
    enlace.addEventListener('load', () => resolve());
    enlace.addEventListener('error', () => reject(new Error(`No se pudo cargar ${hojaDeEstilos}`)));
    document.head.append(enlace);
  });
}

export async function montarBuscador(destino: HTMLElement, { alBuscar }: OpcionesBuscador = {}): Promise<InterfazBuscador> {
  await cargarEstilos();
  destino.replaceChildren();
  return new PagefindUI({
    ...pagefindUserConfig,
    element: destino,
    baseUrl: url('/'),
    bundlePath: url('/pagefind/'),
    // Sin el worker de Pagefind: son 12 KB más en la primera búsqueda (tests/e2e/presupuesto.test.ts)
    // y con un índice de este tamaño buscar en el hilo principal no se nota.
    noWorker: true,
    showImages: false,
    showSubResults: true,
    translations: traduccionesDelBuscador(),
    processTerm: (termino: string) => {
      alBuscar?.(termino);
      return termino;
    },
  }) as InterfazBuscador;
}
