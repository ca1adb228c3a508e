import type { Municipio } from '../../schemas/municipio.ts';
import type { Problema, Ruta } from '../errores.ts';
import { quisisteDecir } from '../sugerencias.ts';

/**
 * Las reglas entre archivos de municipios, después de validar cada uno con su esquema: slug igual al
 * nombre del archivo, sin slugs ni códigos INDEC repetidos, y áreas que existen en actores.yaml.
 */
export interface MunicipioValidado {
  municipio: Municipio & { archivo: string };
  lineaDe: (ruta: Ruta) => number | undefined;
  /** Nombre del archivo, como `pehuajo.yaml`. */
  nombreArchivo: string;
}

/**
 * `actores`: los ids de content/actores.yaml, que da quien llama; `undefined` si ese archivo no se
 * pudo leer (entonces las áreas no se revisan y se dice por qué).
 */
export function verificarMunicipios(
  leidos: MunicipioValidado[],
  actores: ReadonlySet<string> | undefined,
  archivoDeActores: string,
): Problema[] {
  const problemas: Problema[] = [];
  const porSlug = new Map<string, string>();
  const porIndec = new Map<string, string>();
  if (actores === undefined && leidos.some((l) => l.municipio.contactos.length > 0)) {
    problemas.push({
      archivo: archivoDeActores,
      campo: '',
      mensaje: 'no se pudieron revisar las áreas de los contactos de los municipios porque este archivo falta o tiene errores. Corregilo primero.',
    });
  }

  // Primero los archivos cuyo slug coincide con su nombre: si otro repite ese slug, el aviso va en el otro.
  const coincide = (l: MunicipioValidado) => l.municipio.slug === l.nombreArchivo.replace(/\.yaml$/, '');
  for (const { municipio: m, lineaDe, nombreArchivo } of [...leidos.filter(coincide), ...leidos.filter((l) => !coincide(l))]) {
    const esperado = nombreArchivo.replace(/\.yaml$/, '');
    const problema = (ruta: Array<string | number>, campo: string, mensaje: string) =>
      problemas.push({ archivo: m.archivo, campo, linea: lineaDe(ruta), mensaje });

    if (m.slug !== esperado) {
      problema(
        ['slug'],
        'slug',
        `debe ser igual al nombre del archivo sin ".yaml" ("${esperado}"), pero dice "${m.slug}". Cambiá uno de los dos para que coincidan.`,
      );
    }
    const otroSlug = porSlug.get(m.slug);
    if (otroSlug) problema(['slug'], 'slug', `el slug "${m.slug}" ya lo usa ${otroSlug}. Cada partido tiene su propio slug.`);
    else porSlug.set(m.slug, m.archivo);

    const otroIndec = porIndec.get(m.indec);
    if (otroIndec) {
      problema(
        ['indec'],
        'indec',
        `el código INDEC "${m.indec}" ya lo usa ${otroIndec}. Cada partido tiene su propio código; revisá cuál es el correcto.`,
      );
    } else porIndec.set(m.indec, m.archivo);

    if (actores) {
      m.contactos.forEach((c, i) => {
        if (!actores.has(c.area)) {
          problema(['contactos', i, 'area'], `contactos[${i}].area`, `"${c.area}" no existe en ${archivoDeActores}.${quisisteDecir(c.area, actores)}`);
        }
      });
    }
  }
  return problemas;
}
