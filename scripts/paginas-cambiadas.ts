/**
 * `npm run paginas-cambiadas -- --desde <commit> --vista-previa <url> [--hasta HEAD] [--sitio dist] [--salida archivo.md]`
 *
 * Escribe el comentario del pull request con los enlaces a las páginas que cambia, dentro de su
 * vista previa (lo usa .github/workflows/vista-previa.yml). Los archivos cambiados salen de
 * `git diff --name-only <desde>...<hasta>`: lo que cambió la rama desde que se separó de `main`.
 * Con `--sitio`, revisa que cada página exista en el sitio construido (una página borrada no se enlaza).
 * La lógica está en scripts/lib/paginas-cambiadas.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { archivos } from '../src/lib/archivos.ts';
import { contentRoot } from '../src/lib/contenido.ts';
import { cargarRegistro } from '../src/lib/ediciones.ts';
import { clasificarCambios, comentarioDeVistaPrevia } from './lib/paginas-cambiadas.ts';

const { values } = parseArgs({
  options: {
    desde: { type: 'string' },
    hasta: { type: 'string', default: 'HEAD' },
    'vista-previa': { type: 'string' },
    sitio: { type: 'string' },
    salida: { type: 'string' },
  },
});
if (!values.desde || !values['vista-previa']) {
  console.error('Uso: npm run paginas-cambiadas -- --desde <commit de main> --vista-previa <dirección de la vista previa> [--hasta HEAD] [--sitio dist] [--salida comentario.md]');
  process.exit(2);
}

let diferencias: string;
try {
  diferencias = execFileSync('git', ['diff', '--name-only', `${values.desde}...${values.hasta}`], { encoding: 'utf-8' });
} catch {
  console.error(`No se pudo comparar ${values.desde}...${values.hasta} con git. ¿Están los dos commits en el clon? (En GitHub Actions: actions/checkout con fetch-depth: 0.)`);
  process.exit(1);
}

const contenido = relative('.', contentRoot()).split('\\').join('/');
const leer = (archivo: string) => (existsSync(archivo) ? readFileSync(archivo, 'utf-8') : undefined);
const portada = join(contenido, 'index.mdx');
const paginasDeLaGuia = [...(existsSync(portada) ? [portada] : []), ...archivos(join(contenido, 'guia'), ['.md', '.mdx'])].map((f) => f.split('\\').join('/'));
const cambios = clasificarCambios(diferencias.split('\n'), { registro: cargarRegistro(contentRoot()), contenido, leer, paginasDeLaGuia });

const sitio = values.sitio;
const existe = sitio
  ? (ruta: string) => existsSync(ruta.endsWith('/') ? join(sitio, ruta, 'index.html') : join(sitio, ruta))
  : undefined;
const comentario = comentarioDeVistaPrevia(cambios, { vistaPrevia: values['vista-previa'], existe, commit: values.hasta === 'HEAD' ? undefined : values.hasta });
if (values.salida) {
  writeFileSync(values.salida, comentario);
  console.log(`Comentario guardado en ${values.salida}: ${cambios.paginas.length} páginas, ${cambios.datos.length} archivos de datos, ${cambios.codigo.length} archivos de código.`);
} else {
  console.log(comentario);
}
