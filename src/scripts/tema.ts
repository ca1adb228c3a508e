/**
 * El selector de tema (src/components/starlight/ThemeSelect.astro). Lo único que guarda en el
 * dispositivo es la elección, si no es «Automático», bajo la misma clave que usa Starlight.
 */
export type Tema = 'auto' | 'light' | 'dark';

const CLAVE = 'starlight-theme';
const prefiereClaro = matchMedia('(prefers-color-scheme: light)');

export const comoTema = (valor: unknown): Tema => (valor === 'light' || valor === 'dark' ? valor : 'auto');

function leerTema(): Tema {
  try {
    return comoTema(localStorage.getItem(CLAVE));
  } catch {
    return 'auto';
  }
}

function guardarTema(tema: Tema) {
  try {
    if (tema === 'auto') localStorage.removeItem(CLAVE);
    else localStorage.setItem(CLAVE, tema);
  } catch {
    // Sin almacenamiento (modo privado estricto): el tema vale hasta cambiar de página.
  }
}

/** Aplica el tema a la página y muestra la elección en todos los selectores (encabezado y menú). */
function aplicarTema(tema: Tema) {
  document.documentElement.dataset.theme = tema === 'auto' ? (prefiereClaro.matches ? 'light' : 'dark') : tema;
  for (const select of document.querySelectorAll<HTMLSelectElement>('selector-tema select')) select.value = tema;
}

class SelectorTema extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select')!;
    select.value = leerTema();
    select.addEventListener('change', () => {
      const tema = comoTema(select.value);
      guardarTema(tema);
      aplicarTema(tema);
    });
  }
}

customElements.define('selector-tema', SelectorTema);
// Si el dispositivo cambia de claro a oscuro mientras se lee, «Automático» lo sigue.
prefiereClaro.addEventListener('change', () => leerTema() === 'auto' && aplicarTema('auto'));
// Al volver con «Atrás» la página sale de la caché tal como estaba: puede haber otro tema elegido.
addEventListener('pageshow', (e) => e.persisted && aplicarTema(leerTema()));
