import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { archivos } from '../lib/archivos.ts';
import { archivoDeCabeceras, escribirPolitica, leerPolitica, politicaJusta, unirPoliticas } from '../lib/seguridad.ts';

/**
 * Al terminar la construcción:
 * - deja en la CSP del `<meta http-equiv>` de cada página solo los hashes de lo que esa página tiene
 *   en línea (`politicaJusta`, src/lib/seguridad.ts);
 * - escribe `_headers` (Netlify, Cloudflare Pages) en la carpeta de salida con la unión de esas CSP,
 *   leídas de las páginas construidas: así nunca se aparta de ellas. GitHub Pages ignora ese archivo;
 *   allí rige la CSP del `<meta>`.
 * Va antes de la copia sin conexión (src/integraciones/sin-conexion.ts), que guarda las páginas ya así.
 */
export function cabeceras(base: string): AstroIntegration {
  return {
    name: 'guia:cabeceras',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const inicio = performance.now();
        const carpeta = fileURLToPath(dir);
        let hashesQuitados = 0;
        const politicas = archivos(carpeta, ['.html']).flatMap((archivo) => {
          const html = readFileSync(archivo, 'utf-8');
          const contenido = politicaDeLaPagina(html);
          if (!contenido) return [];
          const politica = leerPolitica(contenido);
          const justa = politicaJusta(politica, html);
          const antes = [...politica.values()].flat().length;
          const despues = [...justa.values()].flat().length;
          if (despues < antes) {
            hashesQuitados += antes - despues;
            // La política no lleva comillas dobles ni `&` (solo palabras clave, 'self' y hashes en base64).
            writeFileSync(archivo, html.replace(META_CSP, (meta) => meta.replace(CONTENIDO, () => `content="${escribirPolitica(justa)}"`)));
          }
          return [justa];
        });
        if (politicas.length === 0) throw new Error('Ninguna página construida tiene la política de seguridad (CSP): revisá `security.csp` en astro.config.mjs.');
        writeFileSync(join(carpeta, '_headers'), archivoDeCabeceras(unirPoliticas(politicas), base));
        logger.info(
          `CSP de ${politicas.length} páginas ajustada a lo que cada una tiene en línea (${hashesQuitados} hashes de más quitados) y _headers escrito, en ${Math.round(performance.now() - inicio)} ms.`,
        );
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
