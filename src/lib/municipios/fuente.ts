/**
 * El campo `fuente` de un partido (content/municipios/<slug>.yaml) es una lista de partes separadas
 * por «; », cada una con el dato que respalda: «sección electoral: electorArg/PolAr_Data …;
 * departamento judicial: SCBA "…" 2019 (…)». Los «;» entre paréntesis o comillas son de la parte,
 * no la cortan. Completa, con repositorios y commits, se muestra en «Acerca de los datos»; la página
 * del partido solo muestra la parte que respalda el departamento judicial, junto al dato.
 */

/** Las partes de la fuente, en orden y sin espacios de más. */
export function partesDeLaFuente(fuente: string): string[] {
  const partes: string[] = [];
  let actual = '';
  let parentesis = 0;
  let comillas = false;
  for (const letra of fuente) {
    if (letra === '"') comillas = !comillas;
    else if (!comillas && letra === '(') parentesis++;
    else if (!comillas && letra === ')') parentesis = Math.max(0, parentesis - 1);
    if (letra === ';' && parentesis === 0 && !comillas) {
      partes.push(actual);
      actual = '';
    } else actual += letra;
  }
  partes.push(actual);
  return partes.map((p) => p.trim()).filter(Boolean);
}

/** De dónde sale el departamento judicial (sin el rótulo), o `undefined` si la fuente no lo dice. */
export function fuenteDelDepartamentoJudicial(fuente: string): string | undefined {
  const rotulo = /^departamento judicial:\s*/i;
  const parte = partesDeLaFuente(fuente).find((p) => rotulo.test(p));
  return parte?.replace(rotulo, '') || undefined;
}
