/**
 * Genera los íconos PNG de la guía instalada en el teléfono desde `public/favicon.svg`:
 * `public/iconos/icono-192.png` y `icono-512.png` (manifiesto, Android) y `icono-180.png`
 * (pantalla de inicio de iPhone y iPad). Se corre a mano cuando cambia el favicon:
 *
 *   npm run iconos
 *
 * Usa el mismo Chromium que las pruebas. Los PNG quedan en el repositorio: la construcción no
 * necesita un navegador.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { exigirChromium } from './lib/chromium.ts';

export const TAMANOS = [180, 192, 512] as const;

const navegador = exigirChromium();

const svg = readFileSync('public/favicon.svg', 'utf-8');
mkdirSync('public/iconos', { recursive: true });
const browser = await chromium.launch({ executablePath: navegador.executablePath });
try {
  for (const lado of TAMANOS) {
    const pagina = await browser.newPage({ viewport: { width: lado, height: lado } });
    // El SVG ocupa todo el cuadro; sin márgenes del documento.
    await pagina.setContent(`<style>*{margin:0}svg{display:block;width:${lado}px;height:${lado}px}</style>${svg}`);
    await pagina.screenshot({ path: `public/iconos/icono-${lado}.png`, omitBackground: true });
    await pagina.close();
    console.log(`public/iconos/icono-${lado}.png`);
  }
} finally {
  await browser.close();
}
