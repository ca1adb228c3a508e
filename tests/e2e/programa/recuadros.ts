import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { carpetaDeSalida, SITIOS_DE_PRUEBA } from '../../../scripts/lib/sitios.ts';

/**
 * Lo que construyó scripts/construir-pruebas.ts para los sitios de prueba del canal del Programa
 * (`programa.yaml` vacío en «programa», completo en «programa-lleno»): el HTML de una página y el
 * texto de cada recuadro del canal en la página del capítulo, la del protocolo y la hoja impresa.
 */
export function sitioConstruido(nombre: 'programa' | 'programa-lleno') {
  const salida = carpetaDeSalida(SITIOS_DE_PRUEBA.find((s) => s.nombre === nombre)!);
  const html = (pagina: string) => readFileSync(join(salida, pagina, 'index.html'), 'utf-8');
  const recuadros = (pagina: string) =>
    parse(html(pagina))
      .querySelectorAll('[data-canal]')
      .map((n) => ({ estado: n.getAttribute('data-canal'), texto: n.structuredText.replace(/\s+/g, ' ').trim(), enlaces: n.querySelectorAll('a').map((a) => a.getAttribute('href')) }));
  return {
    html,
    capitulo: recuadros('guia/capitulo'),
    protocolo: recuadros('guia/protocolos/derivacion'),
    hoja: recuadros('imprimir/protocolos'),
  };
}
