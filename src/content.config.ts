import { i18nLoader } from '@astrojs/starlight/loaders';
import { i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { datosYaml, municipiosYaml, paginasMdx, programaYaml } from '~/lib/cargador';
import { contentRoot } from '~/lib/contenido';
import { cargarRegistro } from '~/lib/ediciones';
import { idDeArchivo } from '~/lib/rutas-de-edicion';
import { actor } from '~/schemas/actor';
import { fuente } from '~/schemas/fuente';
import { linea } from '~/schemas/linea';
import { municipio } from '~/schemas/municipio';
import { esquemaDeLaColeccion } from '~/schemas/pagina';
import { termino } from '~/schemas/termino';

const raiz = contentRoot();
const registro = cargarRegistro(raiz);
/** Posición del elemento en su archivo: las listas respetan el orden que eligió quien edita. */
const orden = { orden: z.number().int() };

export const collections = {
  /** Páginas: portada, 404, la copia de trabajo (`content/guia/`), las ediciones cerradas y `municipios/`. */
  docs: defineCollection({
    // Validadas antes de que Astro las lea, con las reglas de `npm run validate` (ver src/lib/cargador.ts).
    // Cada página va a la dirección de su edición: /guia/ la actual, /ediciones/<id>/ las demás.
    loader: paginasMdx(raiz, ({ entry }) => idDeArchivo(registro, entry)),
    schema: esquemaDeLaColeccion,
  }),
  /** Textos de la interfaz de Starlight en español de la Argentina (voseo). */
  i18n: defineCollection({
    // Starlight solo busca estos textos en src/content/i18n/<idioma>.json.
    loader: i18nLoader(),
    schema: i18nSchema(),
  }),
  /** Archivos de datos: validados juntos, con sus referencias cruzadas (ver src/lib/datos.ts). */
  fuentes: defineCollection({ loader: datosYaml(raiz, 'fuentes'), schema: fuente.extend(orden) }),
  lineas: defineCollection({ loader: datosYaml(raiz, 'lineas'), schema: linea.extend(orden) }),
  actores: defineCollection({ loader: datosYaml(raiz, 'actores'), schema: actor.extend(orden) }),
  glosario: defineCollection({ loader: datosYaml(raiz, 'glosario'), schema: termino.extend(orden) }),
  /** El canal del Programa (`programa.yaml`), ya validado: un solo registro con id `programa`. */
  programa: defineCollection({ loader: programaYaml(raiz) }),
  /** Un archivo por partido en `content/municipios/` (ver src/lib/municipios.ts). */
  municipios: defineCollection({ loader: municipiosYaml(raiz), schema: municipio }),
};
