import type { AstroIntegration } from 'astro';
import { ErrorDeContenido } from '../lib/errores.ts';

/**
 * En `astro dev`, una página MDX se vuelve a revisar con `validarPagina` (la misma función que
 * `npm run validate` y el cargador de las páginas) justo antes de que el compilador de MDX la
 * transforme. Si tiene errores, el navegador y la terminal muestran nuestro mensaje en castellano
 * (`archivo:línea › campo: mensaje`) en lugar del error del compilador, en inglés.
 *
 * En la construcción no hace falta: el cargador ya revisó todas las páginas antes (src/lib/cargador.ts).
 * Por eso la validación se importa recién en la primera página revisada: importarla al leer
 * astro.config.mjs costaba ~0,2 s en cada construcción (el cargador y sus dependencias, que la
 * construcción vuelve a cargar aparte, con Vite, para las colecciones).
 * Va antes de starlight() en astro.config.mjs, para que su transformación corra antes que la de MDX.
 */
export function validacionEnDesarrollo(raiz: string): AstroIntegration {
  return {
    name: 'guia:validacion',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'guia:validar-mdx',
                enforce: 'pre',
                apply: 'serve',
                transform: {
                  filter: { id: /\.mdx(\?.*)?$/ },
                  async handler(_codigo, id) {
                    const ruta = id.replace(/\?.*$/, '');
                    const [{ esPagina, validarPagina }, { datosSiEstanBien }] = await Promise.all([
                      import('../lib/validacion.ts'),
                      import('../lib/cargador.ts'),
                    ]);
                    if (!esPagina(raiz, ruta)) return null;
                    const errores = validarPagina(raiz, ruta, datosSiEstanBien(raiz)).filter((p) => p.gravedad !== 'advertencia');
                    if (errores.length > 0) throw new ErrorDeContenido(errores);
                    return null;
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
