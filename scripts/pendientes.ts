/**
 * `npm run pendientes [-- raíz-de-contenido]`: las preguntas abiertas para el Programa (cada bloque
 * `<ACompletar>` de la portada y de `guia/`), con su página y su archivo. Las muestra en la terminal y
 * escribe `informes/pendientes.md`. La misma lista está en la página `/pendientes/` del sitio, fuera
 * del menú y del buscador.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { contentRoot } from '../src/lib/contenido.ts';
import { informeDePendientes, leerPendientes } from '../src/lib/pendientes.ts';

const raiz = process.argv[2] ?? contentRoot();
const informe = informeDePendientes(leerPendientes(raiz));
console.log(informe);
mkdirSync('informes', { recursive: true });
writeFileSync('informes/pendientes.md', informe);
console.log('Guardado en informes/pendientes.md');
