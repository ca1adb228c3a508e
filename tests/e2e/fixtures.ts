import { test as base, expect, type Page } from '@playwright/test';

/**
 * `test` con dos controles automáticos en cada prueba, en cada pestaña que abra:
 * - ninguna petición a otro origen (privacidad: el sitio no carga nada de afuera);
 * - ningún error en la consola del navegador, ninguna excepción sin atrapar y ninguna respuesta de error.
 * Si algo de eso pasa, la prueba falla y lista las peticiones o los errores.
 */
export const test = base.extend<{ controles: void; consolaPermitida: RegExp[] }>({
  /** Mensajes de consola esperados en una prueba (por ejemplo, el 404 de una página inexistente). */
  consolaPermitida: [[], { option: true }],
  controles: [
    // Sobre el contexto y no sobre `page`: una prueba que no abre ninguna página (lee dist/ o usa `request`)
    // no paga una pestaña nueva, y los controles valen para cada pestaña que la prueba abra.
    async ({ context, baseURL, consolaPermitida }, use) => {
      const origen = new URL(baseURL!).origin;
      const externas: string[] = [];
      const errores: string[] = [];
      const vigilar = (page: Page) => {
        page.on('request', (request) => {
          const url = request.url();
          if (url.startsWith('data:') || url.startsWith('blob:')) return;
          if (new URL(url).origin !== origen) externas.push(`${request.method()} ${url}`);
        });
        page.on('response', (respuesta) => {
          const esperado = consolaPermitida.some((re) => re.test(`status of ${respuesta.status()}`));
          if (respuesta.status() >= 400 && !esperado) errores.push(`${respuesta.status()} ${respuesta.url()}`);
        });
        page.on('console', (mensaje) => {
          // Las respuestas fallidas ya se informan arriba, con su dirección.
          if (mensaje.text().startsWith('Failed to load resource')) return;
          if (mensaje.type() === 'error' && !consolaPermitida.some((re) => re.test(mensaje.text()))) errores.push(mensaje.text());
        });
        page.on('pageerror', (error) => errores.push(error.message));
      };
      context.pages().forEach(vigilar);
      context.on('page', vigilar);
      await use();
      expect(externas, 'peticiones a otros orígenes').toEqual([]);
      expect(errores, 'errores en la consola').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
