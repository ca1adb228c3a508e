import type { Page } from '@playwright/test';
import { formatearFecha } from '../../src/lib/fechas.ts';
import { expect, test } from './fixtures.ts';

/**
 * Los datos abiertos del sitio real (`/datos/*.json`) no dicen nada que sus páginas no muestren.
 * Para cada archivo, una tabla dice cómo muestra la página cada campo; un campo publicado que no está
 * en la tabla hace fallar la prueba (primero se muestra en la página, o no se publica).
 * Los municipios se revisan en tests/e2e/con-contactos/datos.test.ts, sobre un sitio con contactos.
 */

type Regla =
  /** El texto está tal cual en la página. */
  | 'texto'
  /** Cada texto de la lista está en la página. */
  | 'lista'
  /** Una fecha AAAA-MM-DD, escrita como «1 de marzo de 2026». */
  | 'fecha'
  /** El id del elemento está en el ancla de su `pagina` (`#linea-145`), y esa ancla existe en la página. */
  | 'ancla'
  /** Una clave que la página usa en el `id` de un elemento (la casilla de cada paso: `paso-<protocolo>-<clave>`). */
  | 'en-un-id'
  /** Ids de fuentes: la página enlaza cada una en la página Fuentes. */
  | 'fuentes'
  /** Una clave o una referencia: la página muestra lo que nombra (el nombre del actor, el título del grupo...), no el id. */
  | 'clave'
  /** Un sí/no que la página dice con una frase cuando es verdadero. */
  | { siEsVerdadero: string };

const REGLAS: Record<string, Record<string, Regla>> = {
  lineas: {
    id: 'ancla', nombre: 'texto', marcar: 'texto', para: 'texto', quien: 'texto', horario: 'texto',
    gratuita: { siEsVerdadero: 'gratuita' }, anonima: { siEsVerdadero: 'se puede llamar sin dar el nombre' },
    fuente: 'fuentes', 'verificacion.fecha': 'fecha', 'verificacion.metodo': 'texto', aviso: 'texto', pagina: 'clave',
  },
  actores: { id: 'ancla', nombre: 'texto', nivel: 'clave', rol: 'texto', cuando: 'texto', fuente: 'fuentes', pagina: 'clave' },
  fuentes: {
    id: 'ancla', titulo: 'texto', cita: 'texto', tipo: 'clave', emisor: 'texto', fecha: 'fecha', url: 'texto', confianza: 'texto', nota: 'texto', pagina: 'clave',
  },
  glosario: { id: 'ancla', termino: 'texto', definicion: 'texto', sinonimos: 'lista', fuente: 'fuentes', relacionadas: 'clave', pagina: 'clave' },
  protocolos: {
    id: 'clave', titulo: 'texto', pagina: 'clave', tipo: 'clave', objetivo: 'texto', cuando: 'texto', conduce: 'clave',
    'pausas.nombre': 'texto', 'pausas.items.clave': 'en-un-id', 'pausas.items.accion': 'texto', 'pausas.items.responsable': 'clave',
    'pausas.items.plazo': 'texto', 'pausas.items.critico': 'clave', 'pausas.items.nota': 'texto',
    'pausas.items.base.fuente': 'clave', 'pausas.items.base.donde': 'texto',
    'escalamiento.situacion': 'texto', 'escalamiento.linea': 'clave', relacionados: 'clave',
  },
  // El registro se muestra en /ediciones/ y, con sus sellos y fechas de vigencia, en /datos/.
  ediciones: {
    id: 'ancla', titulo: 'texto', estado: 'clave', aprobada: 'fecha', vigente_desde: 'fecha', reemplazada_el: 'fecha', sello: 'texto',
    'notas.fecha': 'fecha', 'notas.tipo': 'clave', 'notas.texto': 'texto', 'notas.paginas': 'clave', pagina: 'clave',
  },
};

/** El texto visible de la página (sin lo oculto, como los textos que solo lee el buscador) y sus anclas y enlaces. */
async function leerPagina(page: Page, direccion: string) {
  await page.goto(direccion);
  return page.locator('main').evaluate((main) => {
    const copia = main.cloneNode(true) as HTMLElement;
    for (const oculto of copia.querySelectorAll('[hidden]')) oculto.remove();
    return {
      texto: (copia.textContent ?? '').replace(/\s+/g, ' '),
      anclas: [...main.querySelectorAll('[id]')].map((e) => e.id),
      enlaces: [...main.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
    };
  });
}

type Pagina = Awaited<ReturnType<typeof leerPagina>>;

/** Revisa un valor publicado (y lo que tenga adentro) contra lo que muestra la página. */
function revisar(archivo: string, ruta: string, valor: unknown, pagina: Pagina & { ancla: string }, lugar: string): void {
  if (Array.isArray(valor) && valor.every((v) => typeof v === 'object' && v !== null)) {
    valor.forEach((v, i) => revisar(archivo, ruta, v, pagina, `${lugar}[${i}]`));
    return;
  }
  if (typeof valor === 'object' && valor !== null && !Array.isArray(valor)) {
    for (const [campo, v] of Object.entries(valor)) revisar(archivo, ruta ? `${ruta}.${campo}` : campo, v, pagina, `${lugar}.${campo}`);
    return;
  }
  const regla = REGLAS[archivo]![ruta];
  expect(regla, `${archivo}.json: «${ruta}» se publica pero la prueba no sabe cómo lo muestra la página`).toBeDefined();
  if (regla === 'texto') expect(pagina.texto, lugar).toContain(String(valor));
  else if (regla === 'lista') for (const v of valor as string[]) expect(pagina.texto, lugar).toContain(v);
  else if (regla === 'fecha') expect(pagina.texto, lugar).toContain(formatearFecha(String(valor)));
  else if (regla === 'ancla') {
    expect(pagina.ancla.endsWith(String(valor)), `${lugar}: el ancla «${pagina.ancla}» no es la del id`).toBe(true);
    expect(pagina.anclas, lugar).toContain(pagina.ancla);
  }
  else if (regla === 'en-un-id') expect(pagina.anclas.filter((id) => id.endsWith(`-${String(valor)}`)), lugar).toHaveLength(1);
  else if (regla === 'fuentes') for (const id of valor as string[]) expect(pagina.enlaces, lugar).toContain(`/guia/fuentes/#${id}`);
  else if (typeof regla === 'object' && valor === true) expect(pagina.texto, lugar).toContain(regla.siEsVerdadero);
}

for (const archivo of Object.keys(REGLAS)) {
  test(`${archivo}.json no dice nada que sus páginas no muestren`, async ({ page }) => {
    const respuesta = await page.request.get(`/datos/${archivo}.json`);
    expect(respuesta.status()).toBe(200);
    const lista = (await respuesta.json())[archivo] as Array<{ pagina: string }>;
    expect(lista.length).toBeGreaterThan(0);
    const leidas = new Map<string, Pagina>();
    const leer = async (direccion: string) => {
      if (!leidas.has(direccion)) leidas.set(direccion, await leerPagina(page, direccion));
      return leidas.get(direccion)!;
    };
    for (const [i, elemento] of lista.entries()) {
      const [direccion, ancla = ''] = elemento.pagina.split('#') as [string, string?];
      let pagina = await leer(direccion);
      if (archivo === 'ediciones') {
        const datos = await leer('/datos/');
        pagina = { texto: `${pagina.texto} ${datos.texto}`, anclas: pagina.anclas, enlaces: pagina.enlaces };
      }
      revisar(archivo, '', elemento, { ...pagina, ancla }, `${archivo}[${i}]`);
    }
  });
}
