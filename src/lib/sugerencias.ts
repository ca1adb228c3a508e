/** Distancia de edición, para sugerir «¿Quisiste decir…?» ante un error de tipeo. */
export function distancia(a: string, b: string): number {
  const fila = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = fila[0]!;
    fila[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const arriba = fila[j]!;
      fila[j] = Math.min(arriba + 1, fila[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = arriba;
    }
  }
  return fila[b.length]!;
}

/** La opción más parecida a `valor`, si el parecido es razonable. */
export function sugerencia(valor: string, opciones: Iterable<string>): string | undefined {
  let mejor: { opcion: string; d: number } | undefined;
  for (const opcion of opciones) {
    const d = distancia(valor.toLowerCase(), opcion.toLowerCase());
    if (!mejor || d < mejor.d) mejor = { opcion, d };
  }
  if (!mejor) return undefined;
  return mejor.d <= Math.max(2, Math.floor(mejor.opcion.length / 3)) ? mejor.opcion : undefined;
}

export function quisisteDecir(valor: string, opciones: Iterable<string>): string {
  const parecida = sugerencia(valor, opciones);
  return parecida ? ` ¿Quisiste decir "${parecida}"?` : '';
}
