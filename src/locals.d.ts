/**
 * Datos de cada página que calcula el middleware de rutas (`src/route-data.ts`), como Starlight
 * hace con `starlightRoute`.
 */
declare namespace App {
  interface Locals {
    /** La edición de la página, su estado y la misma página en las demás ediciones. */
    edicionDePagina: import('./lib/edicion-de-pagina').EdicionDePagina;
  }
}
