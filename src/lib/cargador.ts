import { join, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { cargarDatos, olvidarDatos, type Datos } from './datos.ts';
import { cargarMunicipios, olvidarMunicipios } from './municipios/lectura.ts';

type Lista = Exclude<keyof Datos, 'paginas'>;

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
      watcher?.add(archivo);
      watcher?.on('change', (cambiado) => {
        if (resolve(cambiado) !== archivo) return;
        olvidarDatos();
        try {
          cargar();
        } catch (error) {
          logger.error((error as Error).message);
        }
      });
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
      watcher?.add(resolve(join(raiz, 'municipios')));
      watcher?.on('change', (cambiado) => {
        if (!resolve(cambiado).startsWith(resolve(join(raiz, 'municipios'))) || !cambiado.endsWith('.yaml')) return;
        olvidarMunicipios();
        try {
          cargar();
        } catch (error) {
          logger.error((error as Error).message);
        }
      });
    },
  };
}
