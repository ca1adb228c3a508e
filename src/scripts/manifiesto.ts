/**
 * El manifiesto de la app (instalar la guía en el teléfono) se enlaza cuando la página ya terminó de
 * cargar y el navegador está libre, no en el HTML: Chrome lo baja apenas lo ve, y antes de que la
 * página esté lista sería un pedido más (~0,7 KB) en la primera visita (tests/e2e/presupuesto.test.ts).
 * Instalar sigue funcionando igual: el navegador lo lee cuando aparece. Lo escribe
 * src/integraciones/sin-conexion.ts (qué dice: src/lib/sin-conexion.ts).
 */
import { url } from '../lib/rutas.ts';
import { ARCHIVO_DEL_MANIFIESTO } from '../lib/sin-conexion.ts';

function enlazarManifiesto() {
  if (document.querySelector('link[rel="manifest"]')) return;
  document.head.append(Object.assign(document.createElement('link'), { rel: 'manifest', href: url(`/${ARCHIVO_DEL_MANIFIESTO}`) }));
}

// Con un plazo: en un teléfono (o un navegador sin ventana) ocupado, el momento libre puede no llegar
// nunca, y sin el manifiesto la guía no se puede instalar. A los 2 s se enlaza igual.
const cuandoEsteLibre = () =>
  'requestIdleCallback' in window ? requestIdleCallback(enlazarManifiesto, { timeout: 2000 }) : setTimeout(enlazarManifiesto, 1000);
if (document.readyState === 'complete') cuandoEsteLibre();
else addEventListener('load', cuandoEsteLibre, { once: true });
