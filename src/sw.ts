/**
 * El service worker de la copia sin conexión (lo construye Vite desde
 * src/integraciones/sin-conexion.ts, qué guarda en src/lib/sin-conexion.ts): guarda la lista de
 * archivos, que esa integración escribe en su lugar al terminar la construcción, y los sirve sin red.
 *
 * Hace lo mismo que el worker que generaba Workbox (`generateSW`) con esas opciones, pero lo arma
 * Vite en menos de un segundo en vez de Babel y Terser en unos cuatro.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { OPCIONES_DEL_PRECACHE } from './lib/sin-conexion.ts';

// El worker corre con su propio `self` (ServiceWorkerGlobalScope); el tsconfig del sitio es el del
// navegador, así que se declara solo lo que se usa. La integración busca el texto exacto de la lista
// (`self.` y el nombre), por eso no va en otra variable.
interface Mensaje {
  data?: { type?: string } | null;
}
declare const self: {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
  skipWaiting(): Promise<void>;
  addEventListener(tipo: 'message', escucha: (evento: Mensaje) => void): void;
};

// Sin `skipWaiting` automático: la página avisa que hay una versión nueva y, cuando la persona
// elige actualizar, manda este mensaje (src/scripts/estado-conexion.ts).
self.addEventListener('message', (evento) => {
  if (evento.data && evento.data.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST, OPCIONES_DEL_PRECACHE);
cleanupOutdatedCaches();
