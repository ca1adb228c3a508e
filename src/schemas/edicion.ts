import { z } from 'zod';
import { fecha, identificador, textoPlano } from './comunes.ts';

/**
 * Registro de ediciones de la guía (`content/ediciones.yaml`). La guía, una vez aprobada por el Programa,
 * cambia por ediciones: cada una dice su estado y sus fechas, y sus notas de cambio al estilo GOV.UK.
 */
export const nota = z.strictObject({
  fecha: fecha(),
  /** `mayor`: cambia qué hay que hacer. `menor`: redacción, correcciones, enlaces. */
  tipo: z.enum(['mayor', 'menor']),
  texto: textoPlano(),
  /** Páginas a las que se refiere (como `protocolos/deteccion-y-primera-escucha`); vacía si es general. */
  paginas: z.array(z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, { message: 'escribí la página como en su dirección, sin /guia/ ni barras al final (ejemplo: protocolos/deteccion-y-primera-escucha).' })).default([]),
});

export const edicion = z
  .strictObject({
    /** Identificador permanente: forma parte de las direcciones `/ediciones/<id>/`. */
    id: identificador(),
    titulo: textoPlano(),
    /** `borrador`: en preparación. `vigente`: aprobada y en vigor. `reemplazada`: la reemplazó otra. */
    estado: z.enum(['borrador', 'vigente', 'reemplazada']),
    aprobada: fecha().optional(),
    vigente_desde: fecha().optional(),
    reemplazada_el: fecha().optional(),
    notas: z.array(nota).default([]),
    /** Huella (SHA-256) del sello de la edición cerrada; la escribe `npm run edicion:cerrar`. */
    sello: z.string().regex(/^[a-f0-9]{64}$/, { message: 'no es un sello válido: no lo edites a mano; lo escribe `npm run edicion:cerrar`.' }).optional(),
  })
  .superRefine((e, ctx) => {
    const falta = (campo: string, porque: string) =>
      ctx.addIssue({ code: 'custom', path: [campo], message: `falta este dato: ${porque}` });
    if (e.estado !== 'borrador') {
      if (!e.aprobada) falta('aprobada', 'toda edición vigente o reemplazada tiene fecha de aprobación.');
      if (!e.vigente_desde) falta('vigente_desde', 'toda edición vigente o reemplazada dice desde cuándo rige.');
      if (!e.sello) falta('sello', 'una edición cerrada tiene su sello. Cerrala con `npm run edicion:cerrar`.');
    }
    if (e.estado === 'reemplazada' && !e.reemplazada_el) falta('reemplazada_el', 'una edición reemplazada dice desde cuándo dejó de regir.');
    if (e.estado === 'borrador' && e.sello)
      ctx.addIssue({ code: 'custom', path: ['sello'], message: 'un borrador no tiene sello: borralo o cerrá la edición con `npm run edicion:cerrar`.' });
  });

export type Edicion = z.output<typeof edicion>;
export type Nota = z.output<typeof nota>;
