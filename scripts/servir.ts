/**
 * Sirve un sitio ya construido como lo haría un hosting estático (índices de carpeta, 404.html con
 * estado 404). Lo usan las pruebas de punta a punta: `astro preview` admite un solo servidor por
 * proyecto y chocaría con un `npm start` abierto.
 *
 *   node scripts/servir.ts [--puerto 4329] [--carpeta dist] [--base /]
 */
import { parseArgs } from 'node:util';
import { servirSitio } from './lib/servidor.ts';

const { values } = parseArgs({
  options: {
    puerto: { type: 'string', default: '4329' },
    carpeta: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
  },
});
await servirSitio(values.carpeta, Number(values.puerto), values.base);
console.log(`Sitio de ${values.carpeta}/ en http://127.0.0.1:${values.puerto}${values.base}`);
