/**
 * Sitios de prueba: además del sitio real (`dist/`), las pruebas de punta a punta construyen estos
 * árboles de contenido de `tests/fixtures/` (con `GUIA_CONTENIDO`) y los sirven cada uno en su puerto.
 * Las pruebas de cada uno están en `tests/e2e/<nombre>/`.
 */
export interface SitioDePrueba {
  nombre: string;
  contenido: string;
  /** Fecha fija de «hoy» para ese sitio (GUIA_HOY): los vencimientos no cambian con el tiempo. */
  hoy: string;
}

export const SITIOS_DE_PRUEBA: SitioDePrueba[] = [
  { nombre: 'con-contactos', contenido: 'tests/fixtures/con-contactos', hoy: '2026-11-27' },
  { nombre: 'ediciones', contenido: 'tests/fixtures/ediciones', hoy: '2026-11-27' },
];

export const carpetaDeSalida = (sitio: SitioDePrueba) => `dist-pruebas/${sitio.nombre}`;

/** Variable de entorno con el puerto de cada sitio de prueba. */
export const variableDePuerto = (sitio: SitioDePrueba) => `E2E_PORT_${sitio.nombre.toUpperCase().replace(/-/g, '_')}`;
