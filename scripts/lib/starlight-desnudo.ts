import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Un sitio de Starlight sin nada propio, para comparar con él en `npm run bench`: las mismas versiones
 * de astro y @astrojs/starlight (su node_modules es un enlace al nuestro, así no baja nada de la red),
 * la configuración mínima de la documentación de Starlight («Manual Setup») y `paginas` páginas
 * Markdown generadas. Se arma en node_modules/.cache/guia-bench/starlight/ y se borra antes de cada uso.
 *
 * Las páginas tienen el largo y la forma de un capítulo de la guía (título, descripción, tres
 * secciones con párrafos y una lista) y usan las palabras de la búsqueda de `npm run bench`
 * («trata laboral»), para comparar también la primera búsqueda. El menú lateral lleva un grupo de
 * 30 páginas, como el nuestro (~33 enlaces): las demás se construyen pero no están en el menú.
 */
export const CARPETA_STARLIGHT = 'node_modules/.cache/guia-bench/starlight';
export const PAGINAS_EN_EL_MENU = 30;
/** Una página generada, para medir su primera carga. */
export const PAGINA_DE_MUESTRA = '/guia/pagina-001/';

const PARRAFOS = [
  'La trata de personas con fines de explotación laboral se detecta muchas veces en una inspección de rutina. El equipo municipal anota lo imprescindible y consulta antes de actuar.',
  'El trabajo infantil aparece en talleres, en el campo y en la venta ambulante. Quien lo advierte no confronta a quien explota: avisa a la línea que corresponde y acompaña a la familia.',
  'Cada derivación se hace con el consentimiento de la persona, salvo cuando la ley obliga a denunciar. La persona sabe qué pasa con lo que cuenta y quién lo va a leer.',
  'La asistencia no depende de que la persona declare. El alojamiento, la salud y la documentación se ofrecen desde el primer contacto, en un lugar seguro y sin exponerla.',
  'Los equipos se coordinan por escrito: quién llama, a quién, con qué datos y en qué plazo. Si una línea no atiende, la guía dice cuál sigue.',
];

function pagina(i: number): string {
  const p = (k: number) => PARRAFOS[(i + k) % PARRAFOS.length]!;
  return [
    '---',
    `title: Página ${i} sobre trata laboral`,
    `description: Página de prueba número ${i}, generada para comparar la construcción con la de la guía.`,
    '---',
    '',
    p(0),
    '',
    '## Qué mirar',
    '',
    p(1),
    '',
    `- ${p(2)}`,
    `- ${p(3)}`,
    `- ${p(4)}`,
    '',
    '## Qué hacer',
    '',
    p(3),
    '',
    p(4),
    '',
    '### A quién llamar',
    '',
    `${p(0)} Ver también la [página siguiente](/guia/pagina-${String((i % 30) + 1).padStart(3, '0')}/).`,
    '',
  ].join('\n');
}

/**
 * Arma el sitio con `paginas` páginas HTML en total (contando la portada y la 404 de Starlight) y
 * devuelve su carpeta, absoluta. `raizDelProyecto`: la carpeta con el node_modules a compartir.
 */
export function prepararStarlightDesnudo(paginas: number, raizDelProyecto = process.cwd()): string {
  const carpeta = resolve(raizDelProyecto, CARPETA_STARLIGHT);
  rmSync(carpeta, { recursive: true, force: true });
  const docs = join(carpeta, 'src/content/docs');
  mkdirSync(join(docs, 'guia'), { recursive: true });
  mkdirSync(join(docs, 'otras'), { recursive: true });
  symlinkSync(resolve(raizDelProyecto, 'node_modules'), join(carpeta, 'node_modules'), 'dir');
  // Las dependencias declaradas, como en un proyecto de verdad: Astro las lee para saber qué paquetes compilar.
  const version = (paquete: string) => JSON.parse(readFileSync(resolve(raizDelProyecto, 'node_modules', paquete, 'package.json'), 'utf-8')).version as string;
  const dependencies = { '@astrojs/starlight': version('@astrojs/starlight'), astro: version('astro') };
  writeFileSync(join(carpeta, 'package.json'), `${JSON.stringify({ name: 'starlight-desnudo', private: true, type: 'module', dependencies }, null, 2)}\n`);
  writeFileSync(
    join(carpeta, 'astro.config.mjs'),
    [
      "import starlight from '@astrojs/starlight';",
      "import { defineConfig } from 'astro/config';",
      '',
      '// Las cachés dentro de esta carpeta: node_modules es el de la guía y no hay que tocar las suyas.',
      'export default defineConfig({',
      "  cacheDir: './.cache-astro',",
      "  vite: { cacheDir: './.cache-vite' },",
      "  integrations: [starlight({ title: 'Starlight', sidebar: [{ label: 'Guía', items: [{ autogenerate: { directory: 'guia' } }] }] })],",
      '});',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(carpeta, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      '',
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
  );
  writeFileSync(join(docs, 'index.md'), pagina(0).replace('title: Página 0 sobre trata laboral', 'title: Inicio'));
  // La portada y la 404 ya son dos páginas.
  for (let i = 1; i <= Math.max(0, paginas - 2); i++) {
    const dir = i <= PAGINAS_EN_EL_MENU ? 'guia' : 'otras';
    writeFileSync(join(docs, dir, `pagina-${String(i).padStart(3, '0')}.md`), pagina(i));
  }
  return carpeta;
}

/** Borra lo que deja una construcción anterior del sitio (para medir en frío). */
export function limpiarStarlightDesnudo(carpeta: string): void {
  for (const c of ['dist', '.astro', '.cache-astro', '.cache-vite']) rmSync(join(carpeta, c), { recursive: true, force: true });
}
