import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * Sirve un sitio ya construido como un hosting estático: índices de carpeta y 404.html con estado
 * 404, bajo la subcarpeta `base`. Devuelve el servidor ya escuchando en 127.0.0.1.
 */
export function servirSitio(carpeta: string, puerto: number, base = '/'): Promise<Server> {
  const prefijo = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const archivos = sirv(carpeta, { dev: true, etag: true });
  const pagina404 = readFileSync(join(carpeta, '404.html'));
  const servidor = createServer((req, res) => {
    const noEncontrado = () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(pagina404);
    };
    if (!req.url?.startsWith(prefijo)) return noEncontrado();
    req.url = `/${req.url.slice(prefijo.length)}`;
    archivos(req, res, noEncontrado);
  });
  return new Promise((resolve) => servidor.listen(puerto, '127.0.0.1', () => resolve(servidor)));
}
