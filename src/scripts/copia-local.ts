/**
 * La copia de la guía para usarla sin señal: el service worker que arma src/integraciones/sin-conexion.ts (qué guarda,
 * en src/lib/sin-conexion.ts). La registran el aviso de conexión de cada página
 * (src/components/EstadoConexion.astro) y el botón de «Cómo usar esta guía»
 * (src/components/GuardarSinConexion.astro). Registrar dos veces es inofensivo: es el mismo worker.
 */
import { url } from '../lib/rutas.ts';

const base = url('/');

/** En desarrollo no hay worker; en modo privado o con políticas, puede no haberlo. */
export const sePuedeGuardar = () => import.meta.env.PROD && 'serviceWorker' in navigator;

/** La persona pidió ahorrar datos (en Android, «Ahorro de datos»: Chrome lo informa así). */
export const ahorraDatos = () => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

/** El worker ya registrado en una visita anterior, si lo hay. */
const copiaRegistrada = () => navigator.serviceWorker.getRegistration(base);

/** Registra el worker: baja y guarda la copia (o busca una versión nueva, si ya estaba). */
export const guardarCopia = () => navigator.serviceWorker.register(url('/sw.js'), { scope: base });

/**
 * Lo que hace cada página al abrirse: registra el worker (la primera vez, eso baja la copia), salvo
 * que la persona ahorre datos y todavía no haya copia; entonces no hace nada y devuelve `undefined`.
 */
export async function guardarCopiaSiCorresponde(): Promise<ServiceWorkerRegistration | undefined> {
  if (!(await copiaRegistrada()) && ahorraDatos()) return undefined;
  return guardarCopia();
}
