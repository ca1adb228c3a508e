import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'node-html-parser';
import { archivos } from '../lib/archivos.ts';
import { archivoDeCabeceras, leerPolitica, unirPoliticas } from '../lib/seguridad.ts';

/**
 * Al terminar la construcción escribe `_headers` (Netlify, Cloudflare Pages) en la carpeta de salida
 * con la misma CSP que llevan las páginas en su `<meta http-equiv>`, leída de las páginas construidas:
 * así nunca se aparta de ella. GitHub Pages ignora ese archivo; allí rige la CSP del `<meta>`.
 */
export function cabeceras(base: string): AstroIntegration {
  return {
    name: 'guia:cabeceras',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const carpeta = fileURLToPath(dir);
        const politicas = archivos(carpeta, ['.html']).flatMap((archivo) => {
          const meta = parse(readFileSync(archivo, 'utf-8')).querySelector('meta[http-equiv="content-security-policy"]');
          const contenido = meta?.getAttribute('content');
          return contenido ? [leerPolitica(contenido)] : [];
        });
        if (politicas.length === 0) throw new Error('Ninguna página construida tiene la política de seguridad (CSP): revisá `security.csp` en astro.config.mjs.');
        writeFileSync(join(carpeta, '_headers'), archivoDeCabeceras(unirPoliticas(politicas), base));
        logger.info(`_headers escrito con la CSP de ${politicas.length} páginas.`);
      },
    },
  };
}
