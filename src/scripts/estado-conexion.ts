/**
 * El aviso de conexión y de versión nueva de cada página (src/components/EstadoConexion.astro).
 * Viaja en el script único de todas las páginas (src/scripts/pagina.ts).
 */
import { guardarCopiaSiCorresponde, sePuedeGuardar } from './copia-local.ts';

class EstadoConexion extends HTMLElement {
  connectedCallback() {
    const sinConexion = this.querySelector<HTMLElement>('[data-sin-conexion]')!;
    const mostrarConexion = () => (sinConexion.hidden = navigator.onLine);
    window.addEventListener('online', mostrarConexion);
    window.addEventListener('offline', mostrarConexion);
    mostrarConexion();
    // Si el navegador no deja registrar el worker (modo privado, políticas), la guía funciona igual con red.
    if (sePuedeGuardar()) this.registrar().catch(() => {});
  }

  async registrar() {
    const registro = await guardarCopiaSiCorresponde();
    if (!registro) return;
    const aviso = this.querySelector<HTMLElement>('[data-version-nueva]')!;
    let actualizando = false;
    const avisar = (worker: ServiceWorker) => {
      aviso.hidden = false;
      this.querySelector('[data-actualizar]')!.addEventListener('click', () => {
        actualizando = true;
        worker.postMessage({ type: 'SKIP_WAITING' });
      });
    };
    // Solo hay «versión nueva» si ya había una guardada que atiende esta página.
    if (registro.waiting && navigator.serviceWorker.controller) avisar(registro.waiting);
    registro.addEventListener('updatefound', () => {
      const nuevo = registro.installing;
      nuevo?.addEventListener('statechange', () => {
        if (nuevo.state === 'installed' && navigator.serviceWorker.controller) avisar(nuevo);
      });
    });
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (actualizando) location.reload();
    });
  }
}
customElements.define('estado-conexion', EstadoConexion);
