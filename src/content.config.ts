import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { contentRoot } from '~/lib/contenido';
import { paginaExtension } from '~/schemas/pagina';

const raiz = contentRoot();

export const collections = {
  /** Páginas de la guía: la portada y la edición vigente, en `content/`. */
  docs: defineCollection({
    loader: glob({ base: raiz, pattern: ['{index,404}.{md,mdx}', 'guia/**/[^_]*.{md,mdx}'] }),
    schema: docsSchema({ extend: paginaExtension }),
  }),
  /** Textos de la interfaz de Starlight en español de la Argentina (voseo). */
  i18n: defineCollection({
    // Starlight solo busca estos textos en src/content/i18n/<idioma>.json.
    loader: i18nLoader(),
    schema: i18nSchema(),
  }),
};
