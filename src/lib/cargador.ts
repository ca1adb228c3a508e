import { join, resolve } from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { cargarDatos, olvidarDatos, type Datos } from './datos.ts';
import { ErrorDeContenido, formatearProblema, type Problema } from './errores.ts';
import { cargarMunicipios, olvidarMunicipios } from './municipios/lectura.ts';
import { esPagina, PATRONES_DE_PAGINAS, validarPagina, validarPaginas } from './validacion.ts';

type Lista = Exclude<keyof Datos, 'paginas' | 'programa'>;

/**
 * Cargador de colecciones de Astro para los archivos de datos de `content/`.
 * Valida todos los archivos juntos (esquemas y referencias cruzadas) con las mismas reglas que
 * `npm run validate`; ante cualquier problema, la construcción se detiene con los mensajes en
 * castellano (archivo:línea › campo: qué está mal). Nada se publica a medias.
 */
export function datosYaml(raiz: string, lista: Lista): Loader {
  return {
    name: `guia-datos-${lista}`,
    load: async ({ store, watcher, logger }) => {
      const cargar = () => {
        const elementos = cargarDatos(raiz)[lista] as Array<{ id: string }>;
        store.clear();
        // `orden` conserva el orden del archivo: el que eligió quien edita.
        elementos.forEach((data, orden) => store.set({ id: data.id, data: { ...data, orden } }));
      };
      cargar();
      const archivo = resolve(join(raiz, `${lista}.yaml`));
      recargarAlCambiar({ watcher, logger }, archivo, (cambiado) => resolve(cambiado) === archivo, olvidarDatos, cargar);
    },
  };
}


/**
 * Cargador de la colección de municipios: un archivo por partido en `<raíz>/municipios/`,
 * validados con `cargarMunicipios` (las mismas reglas que `npm run validate`).
 */
export function municipiosYaml(raiz: string): Loader {
  return {
    name: 'guia-municipios',
    load: async ({ store, watcher, logger }) => {
      const cargar = () => {
        const municipios = cargarMunicipios(raiz);
        store.clear();
        for (const { archivo, ...data } of municipios) store.set({ id: data.slug, data, filePath: archivo });
      };
      cargar();
      const carpeta = resolve(join(raiz, 'municipios'));
      recargarAlCambiar({ watcher, logger }, carpeta, (cambiado) => resolve(cambiado).startsWith(carpeta) && cambiado.endsWith('.yaml'), olvidarMunicipios, cargar);
    },
  };
}

/** Los datos para revisar las referencias de las páginas; si tienen errores, los informa su propio cargador. */
export function datosSiEstanBien(raiz: string): Datos | undefined {
  try {
    return cargarDatos(raiz);
  } catch (error) {
    if (error instanceof ErrorDeContenido) return undefined;
    throw error;
  }
}

/** Las advertencias se muestran; los errores detienen la construcción, todos juntos. */
function informar(problemas: Problema[], logger: LoaderContext['logger']): void {
  for (const aviso of problemas.filter((p) => p.gravedad === 'advertencia')) logger.warn(formatearProblema(aviso));
  const errores = problemas.filter((p) => p.gravedad !== 'advertencia');
  if (errores.length > 0) throw new ErrorDeContenido(errores);
}

/**
 * Cargador de las páginas (`.md` y `.mdx`): el `glob` de Astro, pero cada página se valida antes,
 * con `validarPagina`, la misma función que usa `npm run validate`: frontmatter, lista de
 * verificación y sus referencias, y cuerpo MDX (compilación, componentes, importaciones, ids
 * citados). Así los errores salen en castellano, con archivo, línea y campo, y nunca llegan al
 * análisis de Astro, que los da en inglés y sin línea: Astro analiza cada entrada con su propio mapa
 * de errores de zod (withastro/astro#12634), que le gana al nuestro.
 *
 * Al empezar se revisan todas las páginas juntas. En `astro dev`, una página que cambia se vuelve a
 * revisar antes de que Astro la lea: si tiene errores, se muestran y la página queda como estaba.
 */
export function paginasMdx(raiz: string, generateId: NonNullable<Parameters<typeof glob>[0]['generateId']>): Loader {
  const base = glob({ base: raiz, pattern: PATRONES_DE_PAGINAS, generateId });
  return {
    name: 'guia-paginas',
    load: async (contexto) => {
      const { logger, watcher } = contexto;
      informar(validarPaginas(raiz, datosSiEstanBien(raiz)), logger);
      const revisada =
        (avisar: (ruta: string) => unknown) =>
        (ruta: string, ...resto: unknown[]) => {
          if (esPagina(raiz, ruta)) {
            try {
              informar(validarPagina(raiz, ruta, datosSiEstanBien(raiz)), logger);
            } catch (error) {
              if (!(error instanceof ErrorDeContenido)) throw error;
              logger.error(error.message);
              return;
            }
          }
          return (avisar as (...args: unknown[]) => unknown)(ruta, ...resto);
        };
      // El `glob` de Astro escucha los cambios con `watcher.on`: se le da un vigilante que revisa antes.
      const vigilante =
        watcher &&
        new Proxy(watcher, {
          get(objetivo, clave) {
            if (clave === 'on') {
              return (evento: string, avisar: (ruta: string) => unknown) =>
                objetivo.on(evento as 'change', evento === 'change' || evento === 'add' ? revisada(avisar) : avisar);
            }
            const valor = Reflect.get(objetivo, clave, objetivo);
            return typeof valor === 'function' ? valor.bind(objetivo) : valor;
          },
        });
      await base.load({ ...contexto, watcher: vigilante });
    },
  };
}

/**
 * Cargador de `programa.yaml`, el canal del Programa: un solo registro (id `programa`), validado con
 * los demás datos (`cargarDatos`). Si el archivo falta o está vacío, el registro dice «sin-confirmar».
 */
export function programaYaml(raiz: string): Loader {
  return {
    name: 'guia-programa',
    load: async ({ store, watcher, logger }) => {
      const cargar = () => {
        store.clear();
        store.set({ id: 'programa', data: { ...cargarDatos(raiz).programa } });
      };
      cargar();
      const archivo = resolve(join(raiz, 'programa.yaml'));
      recargarAlCambiar({ watcher, logger }, archivo, (cambiado) => resolve(cambiado) === archivo, olvidarDatos, cargar);
    },
  };
}

/**
 * En `astro dev`: cuando cambia un archivo que `coincide`, olvida lo leído y vuelve a cargar. Si el
 * archivo quedó mal, el error (en castellano, con archivo y línea) se muestra y el sitio sigue con lo
 * último que estaba bien.
 */
function recargarAlCambiar(
  { watcher, logger }: Pick<Parameters<Loader['load']>[0], 'watcher' | 'logger'>,
  vigilado: string,
  coincide: (cambiado: string) => boolean,
  olvidar: () => void,
  cargar: () => void,
): void {
  watcher?.add(vigilado);
  watcher?.on('change', (cambiado) => {
    if (!coincide(cambiado)) return;
    olvidar();
    try {
      cargar();
    } catch (error) {
      logger.error((error as Error).message);
    }
  });
}
