import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { npx } from '../../scripts/lib/paquete.ts';

/**
 * La construcción del sitio se detiene con un mensaje en castellano que nombra el archivo y el
 * campo cuando el contenido está mal. Cada caso construye un árbol de contenido de prueba; las dos
 * construcciones corren a la vez (cada una se detiene al validar, casi todo su tiempo es arrancar Astro).
 * Con margen de tiempo: en `npm test` corren de fondo, con menos prioridad (scripts/test.ts).
 */
function construir(contenido: string): Promise<{ status: number | null; texto: string }> {
  const salida = mkdtempSync(join(tmpdir(), 'guia-build-'));
  const { comando, args } = npx('astro', ['build', '--outDir', salida]);
  const hijo = spawn(comando, args, {
    env: { ...process.env, GUIA_CONTENIDO: contenido, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  let texto = '';
  hijo.stdout.on('data', (d) => (texto += d));
  hijo.stderr.on('data', (d) => (texto += '\n' + d));
  return new Promise((resolve) => hijo.on('close', (status) => resolve({ status, texto })));
}

describe.concurrent('construcción con contenido roto', { timeout: 300_000 }, () => {
  test('una referencia rota en un archivo de datos detiene la construcción con archivo, línea y campo', async () => {
    const { status, texto } = await construir('tests/fixtures/dato-roto');
    expect(status).not.toBe(0);
    expect(texto).toContain(
      'tests/fixtures/dato-roto/lineas.yaml:8 › [0].fuente[1]: "linea-145-infojus" no existe en tests/fixtures/dato-roto/fuentes.yaml.',
    );
  });
});

/**
 * Páginas rotas (frontmatter y cuerpo MDX): `npm run validate` y la construcción dan exactamente las
 * mismas líneas, en castellano, con archivo, línea y campo. Una sola construcción para todo el árbol.
 */
describe.concurrent('una página rota da el mismo mensaje en npm run validate y en la construcción', { timeout: 300_000 }, () => {
  const RAIZ = 'tests/fixtures/mdx-roto';
  const ESPERADO = [
    `${RAIZ}/guia/campo-de-starlight.mdx:4 › sidebar.order: se esperaba un número, pero hay el texto "primero".`,
    `${RAIZ}/guia/citas-rotas.mdx:8 › <Termino id="trta">: "trta" no existe en ${RAIZ}/glosario.yaml. ¿Quisiste decir "trata"?`,
    `${RAIZ}/guia/citas-rotas.mdx:10 › <ListaLineas ids>: "91" no existe en ${RAIZ}/lineas.yaml.`,
    // Una cita a una fuente inexistente también detiene la construcción y dice dónde está.
    `${RAIZ}/guia/citas-rotas.mdx:12 › <Fuente id="ley-2636">: "ley-2636" no existe en ${RAIZ}/fuentes.yaml. ¿Quisiste decir "ley-26364"?`,
    `${RAIZ}/guia/clave-repetida.mdx:4 › title: este campo aparece dos veces. Dejá uno solo (borrá el que sobra).`,
    `${RAIZ}/guia/importacion-rota.mdx:4 › import '~/components/Fuentes.astro': el archivo "~/components/Fuentes.astro" no existe. Revisá el nombre: los componentes de la guía están en src/components/ y se importan como '~/components/Nombre.astro'.`,
    `${RAIZ}/guia/mal-escrito.mdx:6 › <Asid>: el componente "Asid" no existe o no está importado. ¿Quisiste decir "Aside"?`,
    `${RAIZ}/guia/protocolos/derivacion.mdx:14 › protocolo.pausas[0].items[0].critico: se esperaba true o false, pero hay el texto "si".`,
    `${RAIZ}/guia/protocolos/seguimiento.mdx:13 › protocolo.pausas[0].items[0].responsable: "servicio-locl" no existe en ${RAIZ}/actores.yaml. ¿Quisiste decir "servicio-local"?`,
    `${RAIZ}/guia/protocolos/seguimiento.mdx:15 › protocolo.pausas[0].items[0].base[0].fuente: "ley-2636" no existe en ${RAIZ}/fuentes.yaml. ¿Quisiste decir "ley-26364"?`,
    `${RAIZ}/guia/protocolos/seguimiento.mdx:18 › protocolo.escalamiento[0].linea: "14" no existe en ${RAIZ}/lineas.yaml. ¿Quisiste decir "145"?`,
    `${RAIZ}/guia/sin-cerrar.mdx:6 › <Aside>: falta cerrar <Aside>. Agregá </Aside> donde termina su contenido, o escribilo <Aside /> si no tiene contenido.`,
    `${RAIZ}/guia/sin-importar.mdx:5 › <Fuente>: el componente no está importado. Agregalo después del encabezado: import Fuente from '~/components/Fuente.astro';`,
  ];

  test('npm run validate', () => {
    const r = spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/validate.ts', RAIZ], { encoding: 'utf-8' });
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual(ESPERADO);
  });

  test('astro build', async () => {
    const { status, texto } = await construir(RAIZ);
    expect(status).not.toBe(0);
    const lineas = texto.split('\n');
    for (const linea of ESPERADO) expect(lineas).toContain(linea);
    // Nada de los mensajes de Astro o del compilador de MDX, en inglés y sin línea.
    expect(texto).not.toMatch(/InvalidContentEntryDataError|MDXError|Expected a closing tag|does not match collection schema/);
  });
});
