// @ts-check
import { readFileSync } from 'node:fs';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { contentRoot } from './src/lib/contenido.ts';
import { leerRedirecciones } from './src/lib/direcciones.ts';
import { cargarRegistro } from './src/lib/ediciones.ts';
import { enlaceEnSuEdicion } from './src/lib/rutas-de-edicion.ts';
import { ErrorDeContenido } from './src/lib/errores.ts';
import { resolverDespliegue } from './src/lib/despliegue.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { enlacesConBase } from './src/lib/enlaces-base.ts';
import { conBase } from './src/lib/rutas.ts';
import { configuracionCsp } from './src/lib/seguridad.ts';
import { cabeceras } from './src/integraciones/cabeceras.ts';
import { indiceDeBusqueda } from './src/integraciones/indice-de-busqueda.ts';
import { unSoloScript } from './src/integraciones/un-solo-script.ts';
import { ordenDeCapas } from './src/integraciones/orden-de-capas.ts';
import { validacionEnDesarrollo } from './src/integraciones/validacion.ts';
import { configuracionDelMenu, entradasDelMenu } from './src/lib/menu.ts';
import { copiaSinConexion } from './src/lib/sin-conexion.ts';
import { sinConexion } from './src/integraciones/sin-conexion.ts';

const paquete = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf-8'));
const { site, base, repositorio, rama } = resolverDespliegue(process.env, paquete);
const contenido = contentRoot();
const registro = cargarRegistro(contenido);
// Las páginas movidas (content/redirecciones.yaml) las escribe src/pages/[...redireccion].astro;
// acá se informan los errores del archivo antes de construir.
const { problemas: problemasDeRedirecciones } = leerRedirecciones(contenido);
if (problemasDeRedirecciones.length) throw new ErrorDeContenido(problemasDeRedirecciones);

export default defineConfig({
  site,
  base,
  // Los sitios de prueba (otra carpeta de contenido) con su propia caché: `npm test` construye el sitio y
  // los de prueba a la vez, y dos construcciones no pueden escribir el mismo node_modules/.astro/.
  ...(contenido === './content' ? {} : { cacheDir: `./node_modules/.astro/${contenido.replace(/^\.\//, '').replace(/[^\w-]+/g, '_')}` }),
  trailingSlash: 'always',
  // Sin precarga de enlaces (Starlight la activa): en un teléfono no se dispara (es al pasar el
  // puntero), la copia sin conexión ya guarda las páginas y su script era 1 KB más en cada página.
  prefetch: false,
  // Política de seguridad de contenido sin ningún otro origen (ver src/lib/seguridad.ts).
  security: { csp: configuracionCsp() },
  // El CSS en archivos aparte y no dentro de cada página: cada `<style>` en línea necesitaría su hash
  // en la CSP, el navegador (y la copia sin conexión) guarda el CSS una vez para todas, y el HTML de
  // un capítulo entra en su presupuesto (tests/e2e/presupuesto.test.ts).
  build: { inlineStylesheets: 'never' },
  vite: {
    // Con una sola hoja, la declaración del orden de las capas de Starlight va primero (ver el plugin).
    plugins: [ordenDeCapas()],
    build: {
      // Todo el CSS de pantalla en una sola hoja para todas las páginas (~12 KB gzip): una descarga
      // que queda en la caché, en vez de 8 a 10 hojas chicas por página, cada una con su pedido.
      cssCodeSplit: false,
      // Lo mismo con los scripts: Astro mete dentro de cada página los menores de 4 KB, repetidos en
      // todas y cada uno con su hash en la CSP. En archivos aparte se bajan una vez y quedan en caché.
      // Los vacíos (los de Starlight que pasan al script de todas las páginas, ver
      // src/integraciones/un-solo-script.ts) van «en línea»: así Astro no escribe nada.
      assetsInlineLimit: (archivo, contenido) => (archivo.endsWith('.js') ? contenido.toString().trim() === '' : undefined),
      // El script de todas las páginas (el de `injectScript('page')`: la precarga de enlaces de Astro
      // y src/scripts/pagina.ts) lleva adentro todo lo que importa, también lo que comparte con el
      // script de una plantilla (la búsqueda, la copia sin conexión): si no, eso iría en archivos
      // aparte de 0,3 a 2 KB, cada uno un pedido más en cada página.
      rolldownOptions: {
        // Un aviso de Astro con Rolldown que no dice nada de la guía (withastro/astro#18087, abierto):
        // uno por cada página MDX en cada construcción, ~30 recuadros que tapaban los avisos de verdad.
        // Se descarta solo ese aviso, por su código y su directiva; cualquier otro sigue saliendo.
        onwarn(aviso, avisar) {
          if (aviso.code === 'MODULE_LEVEL_DIRECTIVE' && aviso.message.includes('"use astro:head-inject"')) return;
          avisar(aviso);
        },
        output: {
          codeSplitting: {
            groups: [{ name: 'page', test: /^astro:scripts\/page\.js$/ }],
          },
        },
      },
    },
  },
  markdown: {
    // La guía no tiene bloques de código: sin resaltado, la construcción no carga Shiki (y no avisa
    // que sus estilos en línea chocan con la CSP).
    syntaxHighlight: false,
    processor: satteri({
      hastPlugins: [enlacesConBase(base, (archivo, href) => enlaceEnSuEdicion(contenido, registro, archivo, href))],
    }),
  },
  integrations: [
    // Antes de starlight(): revisa cada página MDX en `astro dev` antes que el compilador de MDX.
    validacionEnDesarrollo(contenido),
    // Un solo archivo de JavaScript con lo que comparten todas las páginas (src/scripts/pagina.ts).
    unSoloScript(),
    starlight({
      title: 'Guía de Implementación Local',
      description:
        'Cómo acompañar en cada municipio de la provincia de Buenos Aires a personas sobrevivientes de trata, trabajo forzoso y trabajo infantil: principios, roles, circuitos, protocolos y a quién llamar.',
      locales: { root: { label: 'Español', lang: 'es-AR' } },
      editLink: { baseUrl: `${repositorio}/edit/${rama}/` },
      lastUpdated: true,
      credits: false,
      // La guía no tiene bloques de código: sin Expressive Code, la construcción no lo prepara ni
      // recorre cada página buscándolos.
      expressiveCode: false,
      // Sin esto, los avisos (:::note) y las anclas de los títulos no se procesan fuera de src/content/docs.
      markdown: { processedDirs: [contenido] },
      routeMiddleware: './src/route-data.ts',
      // Manifiesto de la app (instalable, sin conexión): lo escribe src/integraciones/sin-conexion.ts
      // y lo enlaza src/scripts/manifiesto.ts cuando la página terminó de cargar.
      // El ícono de iPhone y iPad al agregar la guía a la pantalla de inicio (`npm run iconos`).
      head: [
        { tag: 'link', attrs: { rel: 'apple-touch-icon', href: conBase('/iconos/icono-180.png', base) } },
      ],
      customCss: ['./src/styles/tema.css', './src/styles/impresion.css'],
      components: {
        Banner: './src/components/starlight/Banner.astro',
        MarkdownContent: './src/components/starlight/MarkdownContent.astro',
        SocialIcons: './src/components/starlight/SocialIcons.astro',
        LastUpdated: './src/components/starlight/LastUpdated.astro',
        // La interfaz del buscador se baja al abrirlo, no en cada página.
        Search: './src/components/starlight/Search.astro',
        // El menú lateral sin la memoria de grupos abiertos y desplazamiento (ver el componente).
        Sidebar: './src/components/starlight/Sidebar.astro',
        // Selector de tema sin íconos (ver los componentes).
        ThemeProvider: './src/components/starlight/ThemeProvider.astro',
        ThemeSelect: './src/components/starlight/ThemeSelect.astro',
        // Un solo idioma: sin selector ni su script.
        LanguageSelect: './src/components/starlight/LanguageSelect.astro',
        // Sin íconos SVG en línea al pie de cada página (ver los componentes).
        EditLink: './src/components/starlight/EditLink.astro',
        Pagination: './src/components/starlight/Pagination.astro',
      },
      // El menú lateral y cómo lo ajusta cada página: src/lib/menu.ts (con src/route-data.ts).
      sidebar: configuracionDelMenu(entradasDelMenu(contenido, registro)),
    }),
    indiceDeBusqueda(), // El índice del buscador en trozos chicos (antes de la copia sin conexión): ver el módulo.
    // Después de Starlight, para leer las páginas ya construidas.
    cabeceras(base),
    // Uso sin conexión (service worker de Workbox). Va después de starlight(): si no, el índice del
    // buscador todavía no existe cuando se arma la lista de archivos a guardar.
    sinConexion(copiaSinConexion(base)),
  ],
});
