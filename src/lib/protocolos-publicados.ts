import { getCollection } from 'astro:content';
import type { Protocolo } from '~/schemas/protocolo';

/** Las páginas de protocolo de la edición publicada, en el orden del menú. */
export async function protocolosPublicados() {
  const paginas = await getCollection('docs', (p) => p.id.startsWith('guia/protocolos/'));
  return paginas
    .map((p) => ({
      id: p.id,
      ruta: `/${p.id}/`,
      titulo: p.data.title,
      descripcion: p.data.description,
      archivo: p.filePath!,
      orden: p.data.sidebar.order ?? Number.MAX_SAFE_INTEGER,
      protocolo: (p.data as { protocolo?: Protocolo }).protocolo,
    }))
    .filter((p): p is typeof p & { protocolo: Protocolo } => p.protocolo !== undefined)
    .sort((a, b) => a.orden - b.orden || a.titulo.localeCompare(b.titulo, 'es'));
}
