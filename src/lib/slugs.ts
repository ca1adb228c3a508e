/** «Coronel de Marina Leonardo Rosales» → `coronel-de-marina-leonardo-rosales`; «Pehuajó» → `pehuajo`. */
export function slugDe(nombre: string): string {
  return nombre
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
