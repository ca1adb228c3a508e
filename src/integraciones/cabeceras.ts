import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
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
        const inicio = performance.now();
        const carpeta = fileURLToPath(dir);
        const politicas = archivos(carpeta, ['.html']).flatMap((archivo) => {
          const contenido = politicaDeLaPagina(readFileSync(archivo, 'utf-8'));
          return contenido ? [leerPolitica(contenido)] : [];
        });
        if (politicas.length === 0) throw new Error('Ninguna página construida tiene la política de seguridad (CSP): revisá `security.csp` en astro.config.mjs.');
        writeFileSync(join(carpeta, '_headers'), archivoDeCabeceras(unirPoliticas(politicas), base));
        logger.info(`_headers escrito con la CSP de ${politicas.length} páginas en ${Math.round(performance.now() - inicio)} ms.`);
      },
    },
  };
}

const META_CSP = /<meta\b[^>]*\bhttp-equiv=["']?content-security-policy["']?[^>]*>/i;
const CONTENIDO = /\bcontent=(?:"([^"]*)"|'([^']*)')/i;
const ENTIDADES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&lt;': '<', '&gt;': '>' };

/**
 * El `content` del `<meta http-equiv="content-security-policy">` de una página, o `undefined`.
 * Con una expresión regular y no con un analizador de HTML: se lee en cada página construida y
 * analizar el documento entero llevaba casi un segundo por construcción. tests/e2e/seguridad.test.ts
 * compara `_headers` con la política que lee un analizador de HTML en cada página.
 */
export function politicaDeLaPagina(html: string): string | undefined {
  const meta = META_CSP.exec(html)?.[0];
  const m = meta && CONTENIDO.exec(meta);
  if (!m) return undefined;
  return (m[1] ?? m[2]!).replace(/&(amp|quot|#39|#x27|lt|gt);/g, (e) => ENTIDADES[e]!);
}
