/**
 * El botón y el diálogo del buscador del encabezado (src/components/starlight/Search.astro).
 * Viaja en el script único de todas las páginas (src/scripts/pagina.ts).
 */
import { cargarBuscador, esApple } from './cargar-buscador.ts';

class BusquedaSitio extends HTMLElement {
  connectedCallback() {
    const abrir = this.querySelector<HTMLButtonElement>('button[data-abrir]')!;
    const cerrar = this.querySelector<HTMLButtonElement>('button[data-cerrar]')!;
    const dialogo = this.querySelector('dialog')!;
    const marco = this.querySelector('.marco')!;
    const destino = this.querySelector<HTMLElement>('[data-buscador]');

    if (esApple()) {
      this.querySelector('[data-tecla]')!.textContent = '⌘';
      abrir.setAttribute('aria-keyshortcuts', 'Meta+K');
    }

    // Un clic en un enlace de los resultados o afuera del marco cierra el diálogo.
    const alHacerClic = (e: MouseEvent) => {
      const objetivo = e.target as Node;
      if ((objetivo as HTMLAnchorElement).href !== undefined || (document.body.contains(objetivo) && !marco.contains(objetivo))) {
        dialogo.close();
      }
    };

    /** Baja la interfaz (una sola vez) y la monta en el diálogo. */
    const preparar = () => (destino ? cargarBuscador(destino) : Promise.resolve(undefined));

    const abrirDialogo = async (e?: Event) => {
      e?.stopPropagation();
      if (dialogo.open) return;
      dialogo.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      window.addEventListener('click', alHacerClic);
      await preparar();
      if (dialogo.open) this.querySelector('input')?.focus();
    };

    abrir.addEventListener('click', abrirDialogo);
    // Adelantar la descarga: quien apunta o llega con el teclado al botón probablemente va a buscar.
    for (const evento of ['pointerenter', 'focus', 'touchstart'] as const) {
      abrir.addEventListener(evento, () => void preparar(), { once: true, passive: true });
    }
    cerrar.addEventListener('click', () => dialogo.close());
    dialogo.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', alHacerClic);
    });
    window.addEventListener('keydown', (e) => {
      if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        if (dialogo.open) dialogo.close();
        else void abrirDialogo();
      }
    });
  }
}
customElements.define('busqueda-sitio', BusquedaSitio);
