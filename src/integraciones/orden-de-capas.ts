import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Con todo el CSS en una sola hoja (`cssCodeSplit: false` en astro.config.mjs), el orden de las capas
 * de Starlight (`@layer starlight.base, …, starlight.components, starlight.utils;`) lo fijaría la
 * primera regla que aparece en la hoja, que puede ser la de un componente (`starlight.components`):
 * entonces `starlight.content` le gana a `starlight.components` y, por ejemplo, los enlaces dentro de
 * un aviso (:::caution) toman el color del texto común sobre el fondo del aviso, sin contraste
 * (lo detectan las pruebas de accesibilidad). Este plugin pone al principio de la hoja la declaración
 * de capas de Starlight, leída de su propio archivo (sigue a cada versión).
 */
export function ordenDeCapas(): Plugin {
  // El paquete no publica layers.css: está junto a sus componentes (dist/components → dist/style).
  const capas = readFileSync(fileURLToPath(new URL('../style/layers.css', import.meta.resolve('@astrojs/starlight/components/Page.astro'))), 'utf-8');
  const declaracion = capas.match(/@layer\s+[\w.,\s-]+;/)?.[0];
  if (!declaracion) throw new Error('No se encontró la declaración de capas en @astrojs/starlight/style/layers.css.');
  return {
    name: 'guia:orden-de-capas',
    enforce: 'post',
    generateBundle(_opciones, paquete) {
      for (const archivo of Object.values(paquete)) {
        if (archivo.type === 'asset' && (archivo.name === 'style.css' || archivo.names?.includes('style.css')) && typeof archivo.source === 'string') {
          archivo.source = `${declaracion.replace(/\s+/g, ' ')}\n${archivo.source}`;
        }
      }
    },
  };
}
