import type { Municipio } from '../../schemas/municipio.ts';
import { hoy as hoyAlConstruir } from '../fechas.ts';
import { estadoContacto, estadoMunicipio } from './vigencia.ts';

/** El informe de cobertura de contactos por partido y por área (`npm run contactos:informe`). */

const orden = new Intl.Collator('es', { numeric: true });

export type EstadoDeArea = 'verificado' | 'a-revisar' | 'falta';

export interface CoberturaDePartido {
  slug: string;
  nombre: string;
  seccion: number;
  indec: string;
  estado: ReturnType<typeof estadoMunicipio>;
  contactos: number;
  verificados: number;
  aRevisar: number;
  /** Fecha de la verificación más reciente, si hay contactos. */
  ultimaVerificacion?: string;
  /** Por cada área de `areas`: el mejor estado entre sus contactos, o `falta`. */
  porArea: Record<string, EstadoDeArea>;
}

export interface Cobertura {
  /** Áreas informadas, en orden: las pedidas y después cualquier otra que aparezca en los contactos. */
  areas: string[];
  partidos: CoberturaDePartido[];
  totales: {
    partidos: number;
    verificados: number;
    aRevisar: number;
    sinDatos: number;
    contactos: number;
    contactosVerificados: number;
    contactosARevisar: number;
    /** Por área: cuántos partidos tienen al menos un contacto verificado / solo a revisar. */
    porArea: Record<string, { verificado: number; aRevisar: number }>;
  };
}

/**
 * La cobertura de contactos de cada partido, ordenada por sección y nombre. `areas` son las áreas que
 * se esperan en cada municipio (por ejemplo, los actores de nivel municipal).
 */
export function coberturaDeContactos(municipios: Municipio[], areas: string[], hoy: string = hoyAlConstruir()): Cobertura {
  const todas = [...areas];
  for (const m of municipios) for (const c of m.contactos) if (!todas.includes(c.area)) todas.push(c.area);

  const partidos = [...municipios]
    .sort((a, b) => a.seccion - b.seccion || orden.compare(a.nombre, b.nombre))
    .map((m): CoberturaDePartido => {
      const estados = m.contactos.map((c) => ({ area: c.area, estado: estadoContacto(c.verificado, hoy) }));
      const porArea = Object.fromEntries(
        todas.map((area) => {
          const delArea = estados.filter((e) => e.area === area);
          const estado: EstadoDeArea =
            delArea.length === 0 ? 'falta' : delArea.some((e) => e.estado === 'verificado') ? 'verificado' : 'a-revisar';
          return [area, estado];
        }),
      );
      const fechas = m.contactos.map((c) => c.verificado).sort();
      return {
        slug: m.slug,
        nombre: m.nombre,
        seccion: m.seccion,
        indec: m.indec,
        estado: estadoMunicipio(m, hoy),
        contactos: m.contactos.length,
        verificados: estados.filter((e) => e.estado === 'verificado').length,
        aRevisar: estados.filter((e) => e.estado === 'a-revisar').length,
        ...(fechas.length > 0 ? { ultimaVerificacion: fechas.at(-1)! } : {}),
        porArea,
      };
    });

  const contar = (f: (p: CoberturaDePartido) => boolean) => partidos.filter(f).length;
  return {
    areas: todas,
    partidos,
    totales: {
      partidos: partidos.length,
      verificados: contar((p) => p.estado === 'verificado'),
      aRevisar: contar((p) => p.estado === 'a-revisar'),
      sinDatos: contar((p) => p.estado === 'sin-datos'),
      contactos: partidos.reduce((n, p) => n + p.contactos, 0),
      contactosVerificados: partidos.reduce((n, p) => n + p.verificados, 0),
      contactosARevisar: partidos.reduce((n, p) => n + p.aRevisar, 0),
      porArea: Object.fromEntries(
        todas.map((area) => [
          area,
          {
            verificado: contar((p) => p.porArea[area] === 'verificado'),
            aRevisar: contar((p) => p.porArea[area] === 'a-revisar'),
          },
        ]),
      ),
    },
  };
}
