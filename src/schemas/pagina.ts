import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'zod';
import { textoPlano } from './comunes.ts';
import { protocolo } from './protocolo.ts';

/**
 * Campos propios de las páginas de la guía (frontmatter), que extienden el esquema de Starlight.
 * Los usan tanto la construcción del sitio (`src/content.config.ts`) como `npm run validate`.
 */
export const paginaExtension = z.object({
  /** Título de la página: texto plano, sin HTML. */
  title: textoPlano(),
  /** Resumen de una oración: lo usan el buscador y las vistas previas de enlaces. */
  description: textoPlano().optional(),
  /**
   * Aviso arriba de la página. Starlight inserta su texto como HTML sin escapar (así lo documenta:
   * https://starlight.astro.build/reference/frontmatter/#banner): acá solo texto plano.
   */
  banner: z.strictObject({ content: textoPlano() }).optional(),
  /**
   * Starlight deja agregar etiquetas al `<head>` desde el encabezado, incluso `<script>`
   * (withastro/starlight#42): en esta guía, no. Lo que va en el `<head>` se configura en
   * astro.config.mjs, con su revisión de seguridad.
   */
  head: z
    .array(z.unknown())
    .max(0, { message: 'las páginas no pueden agregar etiquetas al <head> (scripts, estilos, metadatos). Borrá «head:»; si hace falta, pedilo al equipo técnico.' })
    .default([]),
  /**
   * Cómo busca esta página quien no conoce su título: palabras o situaciones que el texto no usa
   * («no tiene DNI»). No se muestran; el buscador las pesa como el título.
   */
  sinonimos: z.array(textoPlano()).default([]),
  /** Solo en las páginas de protocolo: la lista de verificación (ver src/schemas/protocolo.ts). */
  protocolo: protocolo.optional(),
});

/**
 * El frontmatter completo de una página: el esquema de Starlight con los campos de esta guía. Lo usan
 * la colección de páginas (src/content.config.ts) y la validación (src/lib/validacion.ts).
 */
export const esquemaDePaginas = docsSchema({ extend: paginaExtension });

type ContextoDelEsquema = Parameters<typeof esquemaDePaginas>[0];
let esquemaDeStarlightPage: ReturnType<typeof esquemaDePaginas> | undefined;

/**
 * El esquema de la colección de páginas (src/content.config.ts): `esquemaDePaginas`, armado una sola
 * vez para `<StarlightPage>`. Starlight valida el frontmatter de cada página hecha con `<StarlightPage>`
 * (los municipios, «¿Qué hago ahora?», los índices) con el esquema de esta colección, y lo pedía
 * armar de nuevo en cada una: ~170 veces por construcción el esquema entero de Starlight más el
 * nuestro (el paso más caro de esas páginas después de dibujarlas). Su `image()` valida una imagen ya
 * importada (`z.custom`) igual para todas, así que el esquema que arma es siempre el mismo. Las
 * entradas del contenido no cambian: su `image()` busca la imagen junto a su archivo, y para ellas se
 * arma cada vez, como antes.
 */
export function esquemaDeLaColeccion(contexto: ContextoDelEsquema): ReturnType<typeof esquemaDePaginas> {
  const deStarlightPage = (contexto.image() as unknown as { _zod: { def: { type: string } } })._zod.def.type === 'custom';
  if (!deStarlightPage) return esquemaDePaginas(contexto);
  return (esquemaDeStarlightPage ??= esquemaDePaginas(contexto));
}
