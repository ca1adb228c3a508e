/**
 * Sirve un sitio ya construido como lo haría un hosting estático (índices de carpeta, 404.html con
 * estado 404). Lo usan las pruebas de punta a punta: `astro preview` admite un solo servidor por
 * proyecto y chocaría con un `npm start` abierto.
 *
 *   node scripts/servir.ts [--puerto 4329] [--carpeta dist] [--base /]
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({
  options: {
    puerto: { type: 'string', default: '4329' },
    carpeta: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
  },
});
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const archivos = sirv(values.carpeta, { dev: true, etag: true });
const pagina404 = readFileSync(join(values.carpeta, '404.html'));

createServer((req, res) => {
  const noEncontrado = () => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(pagina404);
  };
  if (!req.url?.startsWith(base)) return noEncontrado();
  req.url = `/${req.url.slice(base.length)}`;
  archivos(req, res, noEncontrado);
}).listen(Number(values.puerto), '127.0.0.1', () => {
  console.log(`Sitio de ${values.carpeta}/ en http://127.0.0.1:${values.puerto}${base}`);
});
