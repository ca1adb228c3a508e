import { test as base, expect } from '@playwright/test';

/**
 * `test` con dos controles automáticos en cada prueba:
 * - ninguna petición a otro origen (privacidad: el sitio no carga nada de afuera);
 * - ningún error en la consola del navegador ni excepción sin atrapar.
 * Si algo de eso pasa, la prueba falla y lista las peticiones o los errores.
 */
export const test = base.extend<{ controles: void }>({
  controles: [
    async ({ page, baseURL }, use) => {
      const origen = new URL(baseURL!).origin;
      const externas: string[] = [];
      const errores: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origen) externas.push(`${request.method()} ${url}`);
      });
      page.on('console', (mensaje) => {
        if (mensaje.type() === 'error') errores.push(mensaje.text());
      });
      page.on('pageerror', (error) => errores.push(error.message));
      await use();
      expect(externas, 'peticiones a otros orígenes').toEqual([]);
      expect(errores, 'errores en la consola').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
