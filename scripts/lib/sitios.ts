import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
  /**
   * Un contenido que es otro de prueba con un cambio: `scripts/construir-pruebas.ts` copia `de` en
   * `contenido` y aplica `cambiar` antes de construir (así no hay dos copias casi iguales en tests/fixtures/).
   */
  derivado?: { de: string; cambiar: (raiz: string) => void };
}

/** En el borrador del sitio «ediciones», un paso nuevo antes de «Anotá solo lo imprescindible, sin nombres.». */
export const PASO_INSERTADO = 'Preguntá a la persona si está de acuerdo con la derivación.';

export const SITIOS_DE_PRUEBA: SitioDePrueba[] = [
  // Partidos con contactos y el canal del Programa completo (en content/ está vacío: ese caso se revisa en el sitio real).
  { nombre: 'con-contactos', contenido: 'tests/fixtures/con-contactos', hoy: '2026-11-27' },
  { nombre: 'ediciones', contenido: 'tests/fixtures/ediciones', hoy: '2026-11-27' },
  {
    // El sitio «ediciones» reconstruido después de insertar un paso: las marcas guardadas siguen en el mismo texto.
    nombre: 'paso-insertado',
    contenido: 'dist-pruebas/contenido/paso-insertado',
    hoy: '2026-11-27',
    derivado: {
      de: 'tests/fixtures/ediciones',
      cambiar: (raiz) => {
        const archivo = join(raiz, 'guia/protocolos/derivacion.mdx');
        const texto = readFileSync(archivo, 'utf-8');
        const antes = '        - accion: Anotá solo lo imprescindible, sin nombres.';
        if (!texto.includes(antes)) throw new Error(`${archivo}: no está el paso antes del cual se inserta otro.`);
        writeFileSync(archivo, texto.replace(antes, `        - accion: ${PASO_INSERTADO}\n          responsable: servicio-local\n${antes}`));
      },
    },
  },
];

/** Arma el contenido de un sitio derivado (ver `SitioDePrueba.derivado`); los demás no cambian. */
export function prepararContenido(sitio: SitioDePrueba): void {
  if (!sitio.derivado) return;
  rmSync(sitio.contenido, { recursive: true, force: true });
  cpSync(sitio.derivado.de, sitio.contenido, { recursive: true });
  sitio.derivado.cambiar(sitio.contenido);
}

/** Dirección en la que las pruebas de punta a punta sirven un sitio de prueba (ver playwright.config.ts). */
export function direccionDeSitio(nombre: string, env: Record<string, string | undefined> = process.env): string {
  const i = SITIOS_DE_PRUEBA.findIndex((s) => s.nombre === nombre);
  if (i < 0) throw new Error(`No hay un sitio de prueba «${nombre}».`);
  return `http://127.0.0.1:${Number(env[variableDePuerto(SITIOS_DE_PRUEBA[i]!)] || 4330 + i)}`;
}

export const carpetaDeSalida = (sitio: SitioDePrueba) => `dist-pruebas/${sitio.nombre}`;

/** Variable de entorno con el puerto de cada sitio de prueba. */
export const variableDePuerto = (sitio: SitioDePrueba) => `E2E_PORT_${sitio.nombre.toUpperCase().replace(/-/g, '_')}`;
