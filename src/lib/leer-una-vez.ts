import { ErrorDeContenido, type Problema } from './errores.ts';

/**
 * Lee y valida el contenido de una carpeta una sola vez: la configuración, el middleware, las páginas
 * y los cargadores lo piden muchas veces por construcción. `leer` devuelve el valor bajo `clave`
 * (`{ datos, problemas }`) solo si no hubo problemas; si los hubo, `cargar` lanza ErrorDeContenido
 * con todos y no guarda nada (la próxima vez vuelve a leer). `olvidar` es para el servidor de
 * desarrollo y las pruebas. `compartido`: un nombre único para que todas las copias del módulo en el
 * proceso compartan lo leído (y lo olviden juntas).
 */
export function leerUnaVezPorCarpeta<R extends { problemas: Problema[] }, K extends Exclude<keyof R, 'problemas'>>(
  leer: (raiz: string) => R,
  clave: K,
  compartido?: string,
) {
  type T = NonNullable<R[K]>;
  // Con `compartido`, lo leído se guarda en el proceso y no en el módulo: la construcción carga cada
  // módulo varias veces (la configuración, la sincronización del contenido y el paquete que genera las
  // páginas tienen cada uno su copia) y sin esto cada copia volvía a leer y validar `content/`.
  const almacen = globalThis as unknown as Record<symbol, Map<string, unknown> | undefined>;
  const leidos = (compartido ? (almacen[Symbol.for(`guia:leido-una-vez:${compartido}`)] ??= new Map<string, unknown>()) : new Map<string, unknown>()) as Map<string, T>;
  return {
    cargar(raiz: string): T {
      const guardado = leidos.get(raiz);
      if (guardado !== undefined) return guardado;
      const leido = leer(raiz);
      const valor = leido[clave];
      if (valor === undefined || valor === null) throw new ErrorDeContenido(leido.problemas);
      leidos.set(raiz, valor);
      return valor;
    },
    olvidar(): void {
      leidos.clear();
    },
  };
}
