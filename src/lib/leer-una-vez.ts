import { ErrorDeContenido, type Problema } from './errores.ts';

/**
 * Lee y valida el contenido de una carpeta una sola vez: la configuración, el middleware, las páginas
 * y los cargadores lo piden muchas veces por construcción. `leer` devuelve el valor bajo `clave`
 * (`{ datos, problemas }`) solo si no hubo problemas; si los hubo, `cargar` lanza ErrorDeContenido
 * con todos y no guarda nada (la próxima vez vuelve a leer). `olvidar` es para el servidor de
 * desarrollo y las pruebas.
 */
export function leerUnaVezPorCarpeta<R extends { problemas: Problema[] }, K extends Exclude<keyof R, 'problemas'>>(
  leer: (raiz: string) => R,
  clave: K,
) {
  type T = NonNullable<R[K]>;
  const leidos = new Map<string, T>();
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
