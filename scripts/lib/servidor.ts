import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { sinBase } from '../../src/lib/rutas.ts';

/**
 * Sirve un sitio ya construido como un hosting estático: índices de carpeta y 404.html con estado
 * 404, bajo la subcarpeta `base`, y con las cabeceras de su archivo `_headers` (el formato de
 * Netlify y Cloudflare Pages que escribe la construcción), así las pruebas ven la CSP también como
 * cabecera. Devuelve el servidor ya escuchando en 127.0.0.1.
 */
export function servirSitio(carpeta: string, puerto: number, base = '/'): Promise<Server> {
  const archivos = sirv(carpeta, { dev: true, etag: true });
  const pagina404 = readFileSync(join(carpeta, '404.html'));
  const reglas = existsSync(join(carpeta, '_headers')) ? leerCabeceras(readFileSync(join(carpeta, '_headers'), 'utf-8')) : [];
  const servidor = createServer((req, res) => {
    for (const { patron, cabeceras } of reglas) {
      if (patron.test(req.url ?? '')) for (const [nombre, valor] of cabeceras) res.setHeader(nombre, valor);
    }
    const noEncontrado = () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(pagina404);
    };
    const ruta = sinBase(req.url ?? '', base);
    if (ruta === undefined) return noEncontrado();
    req.url = ruta;
    archivos(req, res, noEncontrado);
  });
  return new Promise((resolve) => servidor.listen(puerto, '127.0.0.1', () => resolve(servidor)));
}

/** Reglas de un archivo `_headers`: una ruta (con `*` como comodín) y debajo, con sangría, `Nombre: valor`. */
export function leerCabeceras(texto: string): Array<{ patron: RegExp; cabeceras: Array<[string, string]> }> {
  const reglas: Array<{ patron: RegExp; cabeceras: Array<[string, string]> }> = [];
  for (const linea of texto.split(/\r?\n/)) {
    if (!linea.trim() || linea.trim().startsWith('#')) continue;
    if (!/^\s/.test(linea)) {
      const patron = linea.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      reglas.push({ patron: new RegExp(`^${patron}$`), cabeceras: [] });
      continue;
    }
    const i = linea.indexOf(':');
    if (i > 0) reglas.at(-1)?.cabeceras.push([linea.slice(0, i).trim(), linea.slice(i + 1).trim()]);
  }
  return reglas;
}
