import { leerFrontmatter } from '../src/lib/validacion.ts';
import { paginaFrontmatter } from '../src/schemas/pagina.ts';
for (const f of process.argv.slice(2)) {
  const p = paginaFrontmatter.parse(leerFrontmatter('content/guia/protocolos/' + f + '.mdx').datos).protocolo!;
  console.log('==', f);
  for (const pa of p.pausas) for (const i of pa.items) {
    const n = Math.ceil((i.accion.length + 45 + (i.plazo ? i.plazo.length + 18 : 0)) / 115) + (i.nota ? Math.ceil(i.nota.length / 130) : 0);
    if (n > 1) console.log(n, i.accion.length, i.plazo ?? '', '|', i.accion, i.nota ? '[nota]' : '');
  }
  console.log('esc', p.escalamiento.map((e) => Math.ceil((e.situacion.length + 30) / 65)).join(','));
}
