import { parse } from 'yaml';
import type { Registro } from '../../src/lib/ediciones.ts';
import { idDeArchivo } from '../../src/lib/rutas-de-edicion.ts';
import { conBase } from '../../src/lib/rutas.ts';

/**
 * Qué páginas del sitio cambia un pull request, a partir de sus archivos cambiados
 * (`git diff --name-only base...head`), para el comentario con los enlaces a la vista previa.
 *
 * - Una página de la guía (`content/**\/*.mdx`) → su dirección (la de su edición, ver rutas-de-edicion.ts).
 * - Un municipio (`content/municipios/<slug>.yaml`) → `/municipios/<slug>/`.
 * - Un archivo de datos compartido (`lineas.yaml`, `fuentes.yaml`…) → las páginas que lo muestran:
 *   las fijas de la tabla DATOS y las páginas de la guía que usan sus componentes. Si se ve en todas
 *   las páginas, lo dice.
 * - Código del sitio (`src/`, `astro.config.mjs`, `public/`, dependencias) → un aviso general: puede
 *   cambiar cualquier página.
 * - El resto (pruebas, scripts, documentación, flujos de GitHub) no cambia lo que se ve.
 */

/** Un enlace a una página del sitio: su dirección desde la raíz (sin la base) y cómo se llama. */
export interface Enlace {
  ruta: string;
  titulo: string;
}

export interface PaginaCambiada extends Enlace {
  archivo: string;
}

export interface DatoCambiado {
  archivo: string;
  /** Qué hay en el archivo, para quien revisa («las líneas de 24 horas»). */
  que: string;
  /** Dónde se ve, además de los enlaces («y en las 135 páginas de municipios»). */
  tambien?: string;
  /** Si se ve en todas las páginas del sitio. */
  todas: boolean;
  enlaces: Enlace[];
}

export interface Cambios {
  paginas: PaginaCambiada[];
  datos: DatoCambiado[];
  /** Archivos de código, diseño o dependencias: pueden cambiar cualquier página. */
  codigo: string[];
  /** Archivos que no cambian lo que se ve (pruebas, scripts, documentación…). */
  otros: string[];
}

export interface Contexto {
  registro: Registro;
  /** Carpeta del contenido relativa a la raíz del repositorio, sin barra final (`content`). */
  contenido: string;
  /** Texto de un archivo del repositorio tal como queda con el cambio; `undefined` si no existe (se borró). */
  leer: (archivo: string) => string | undefined;
  /** Páginas de la guía de la copia de trabajo y de la portada (rutas desde la raíz del repositorio). */
  paginasDeLaGuia: string[];
}

interface Dato {
  que: string;
  /** Páginas fijas que lo muestran. */
  enlaces: Enlace[];
  /** Componentes de las páginas MDX que lo leen: cada página de la guía que los usa lo muestra. */
  componentes?: string[];
  /** Lo muestran las listas de verificación de los protocolos (src/components/ListaDeVerificacion.astro). */
  protocolos?: boolean;
  tambien?: string;
  todas?: boolean;
}

const PORTADA: Enlace = { ruta: '/', titulo: 'Portada' };
const MUNICIPIOS: Enlace = { ruta: '/municipios/', titulo: 'Municipios' };
const PROTOCOLOS: Enlace = { ruta: '/protocolos/', titulo: 'Protocolos' };
const DATOS_ABIERTOS: Enlace = { ruta: '/datos/', titulo: 'Datos abiertos' };
const QUE_HAGO_AHORA: Enlace = { ruta: '/que-hago-ahora/', titulo: '¿Qué hago ahora?' };
const BUSCAR: Enlace = { ruta: '/buscar/', titulo: 'Buscar' };
const EN_MUNICIPIOS = 'y en las páginas de los 135 municipios';

/** Cómo se llaman, para quien revisa, las páginas que arma src/pages/ (las demás se nombran por su dirección). */
const NOMBRES: Record<string, string> = Object.fromEntries(
  [
    PORTADA,
    MUNICIPIOS,
    PROTOCOLOS,
    DATOS_ABIERTOS,
    QUE_HAGO_AHORA,
    BUSCAR,
    { ruta: '/ediciones/', titulo: 'Ediciones' },
    { ruta: '/imprimir/protocolos/', titulo: 'Protocolos para imprimir' },
    { ruta: '/imprimir/que-hago-ahora/', titulo: '¿Qué hago ahora? para imprimir' },
    { ruta: '/pendientes/', titulo: 'Pendientes para el Programa' },
  ].map((e) => [e.ruta, e.titulo]),
);

/**
 * Los archivos de datos de `content/` y dónde se ven (ver quién los lee: `getCollection('<nombre>')`
 * en src/pages y src/components). Las rutas son de la edición actual.
 */
export const DATOS: Record<string, Dato> = {
  'lineas.yaml': {
    que: 'las líneas de atención de 24 horas',
    enlaces: [{ ruta: '/guia/lineas-y-recursos/', titulo: 'Líneas y recursos' }, QUE_HAGO_AHORA, MUNICIPIOS, DATOS_ABIERTOS],
    componentes: ['ListaLineas'],
    protocolos: true,
    tambien: EN_MUNICIPIOS,
  },
  'actores.yaml': {
    que: 'los actores (áreas e instituciones) y sus roles',
    enlaces: [{ ruta: '/guia/actores-y-roles/', titulo: 'Actores y roles' }, DATOS_ABIERTOS],
    componentes: ['ListaActores'],
    protocolos: true,
    tambien: 'y en los contactos de las páginas de municipios',
  },
  'fuentes.yaml': {
    que: 'las fuentes citadas',
    enlaces: [{ ruta: '/guia/fuentes/', titulo: 'Fuentes' }, DATOS_ABIERTOS],
    componentes: ['Fuente', 'ListaFuentes', 'ListaLineas', 'ListaActores', 'Glosario'],
    protocolos: true,
  },
  'glosario.yaml': {
    que: 'el glosario',
    enlaces: [{ ruta: '/guia/glosario/', titulo: 'Glosario' }, BUSCAR, DATOS_ABIERTOS],
    componentes: ['Glosario'],
    tambien: 'y en los sinónimos que encuentra la búsqueda',
  },
  'programa.yaml': {
    que: 'el canal para consultar al Programa',
    enlaces: [{ ruta: '/guia/el-programa/', titulo: 'El Programa' }, QUE_HAGO_AHORA],
    componentes: ['CanalDelPrograma'],
    protocolos: true,
    tambien: EN_MUNICIPIOS,
  },
  'que-hago-ahora.yaml': {
    que: 'las preguntas de «¿Qué hago ahora?»',
    enlaces: [QUE_HAGO_AHORA, { ruta: '/imprimir/que-hago-ahora/', titulo: '¿Qué hago ahora? para imprimir' }],
    tambien: EN_MUNICIPIOS,
  },
  'ediciones.yaml': {
    que: 'el registro de ediciones de la guía',
    enlaces: [{ ruta: '/ediciones/', titulo: 'Ediciones' }, PORTADA],
    tambien: 'y en el aviso de edición de cada página',
    todas: true,
  },
  'redirecciones.yaml': {
    que: 'las direcciones viejas que llevan a las nuevas',
    enlaces: [PORTADA],
  },
  'municipios/datos/localidades.csv': {
    que: 'las localidades de cada partido',
    enlaces: [MUNICIPIOS, DATOS_ABIERTOS],
    tambien: EN_MUNICIPIOS,
  },
};

/** Archivos de `content/` que no se publican: no cambian lo que se ve. */
const CONTENIDO_SIN_PAGINA = ['direcciones-publicadas.txt', 'municipios/datos/partidos.csv', 'municipios/datos/LEEME.md'];

/** Código, diseño y dependencias del sitio: pueden cambiar cualquier página. */
const CODIGO = [/^src\//, /^public\//, /^astro\.config\.[cm]?[jt]s$/, /^package(-lock)?\.json$/, /^tsconfig\.json$/];

const MUNICIPIO = /^municipios\/([^/]+)\.yaml$/;
const PLANTILLA = /^src\/pages\/(.+)\.(astro|ts|js|md|mdx)$/;

/**
 * Las páginas que arma un archivo de `src/pages/` (`municipios/[slug].astro` → `/municipios/`, con
 * las de debajo). `undefined` para las que arman páginas en cualquier dirección (`[...redireccion]`).
 */
export function paginasDePlantilla(archivo: string): Enlace | undefined {
  const ruta = PLANTILLA.exec(archivo)?.[1];
  if (!ruta) return undefined;
  const partes = ruta.split('/');
  const dinamica = partes.findIndex((p) => p.startsWith('['));
  const fijas = (dinamica === -1 ? partes : partes.slice(0, dinamica)).filter((p) => p !== 'index');
  if (!fijas.length) return undefined;
  // `datos/localidades.csv.ts` arma un archivo (`/datos/localidades.csv`), no una página con barra final.
  const esArchivo = dinamica === -1 && /\.[a-z]+$/.test(fijas.at(-1)!);
  const direccion = `/${fijas.join('/')}${esArchivo ? '' : '/'}`;
  const nombre = NOMBRES[direccion] ?? direccion;
  return { ruta: direccion, titulo: dinamica === -1 ? nombre : `${nombre} (y sus páginas)` };
}
const PAGINA = /\.mdx?$/;

/** Primer `title:` del frontmatter de una página MDX. */
export function tituloDePagina(texto: string | undefined): string | undefined {
  const frontmatter = texto && /^---\r?\n([\s\S]*?)\r?\n---/.exec(texto)?.[1];
  if (!frontmatter) return undefined;
  try {
    const titulo = (parse(frontmatter) as { title?: unknown } | null)?.title;
    return typeof titulo === 'string' ? titulo : undefined;
  } catch {
    return undefined;
  }
}

/** Dirección de una página de `content/` (ruta relativa a esa carpeta, con extensión). */
export function rutaDePagina(registro: Registro, archivo: string): string {
  if (/^index\.mdx?$/.test(archivo)) return '/';
  if (/^404\.mdx?$/.test(archivo)) return '/404.html';
  return `/${idDeArchivo(registro, archivo)}/`;
}

function nombreDeMunicipio(texto: string | undefined, slug: string): string {
  try {
    const nombre = texto ? (parse(texto) as { nombre?: unknown } | null)?.nombre : undefined;
    return typeof nombre === 'string' ? nombre : slug;
  } catch {
    return slug;
  }
}

function usaComponente(texto: string, componentes: string[]): boolean {
  return componentes.some((c) => new RegExp(`<${c}[\\s/>]`).test(texto));
}

function enlacesDeDato(dato: Dato, contexto: Contexto): Enlace[] {
  const enlaces = [...dato.enlaces];
  const prefijo = `${contexto.contenido}/`;
  for (const archivo of contexto.paginasDeLaGuia) {
    const relativo = archivo.slice(prefijo.length);
    const texto = contexto.leer(archivo) ?? '';
    const esProtocolo = relativo.startsWith('guia/protocolos/');
    if ((dato.componentes && usaComponente(texto, dato.componentes)) || (dato.protocolos && esProtocolo)) {
      enlaces.push({ ruta: rutaDePagina(contexto.registro, relativo), titulo: tituloDePagina(texto) ?? relativo });
    }
  }
  const vistas = new Set<string>();
  return enlaces.filter((e) => !vistas.has(e.ruta) && vistas.add(e.ruta));
}

/** Separa los archivos cambiados por lo que cambian en el sitio (ver el comentario del módulo). */
export function clasificarCambios(archivos: string[], contexto: Contexto): Cambios {
  const cambios: Cambios = { paginas: [], datos: [], codigo: [], otros: [] };
  const prefijo = `${contexto.contenido}/`;
  for (const archivo of [...new Set(archivos.map((a) => a.trim().split('\\').join('/')).filter(Boolean))].sort()) {
    const plantilla = paginasDePlantilla(archivo);
    if (plantilla) {
      cambios.paginas.push({ archivo, ...plantilla });
      continue;
    }
    if (CODIGO.some((patron) => patron.test(archivo))) {
      cambios.codigo.push(archivo);
      continue;
    }
    if (!archivo.startsWith(prefijo)) {
      cambios.otros.push(archivo);
      continue;
    }
    const relativo = archivo.slice(prefijo.length);
    const dato = DATOS[relativo];
    const municipio = MUNICIPIO.exec(relativo);
    if (dato) {
      cambios.datos.push({ archivo, que: dato.que, tambien: dato.tambien, todas: dato.todas ?? false, enlaces: enlacesDeDato(dato, contexto) });
    } else if (municipio) {
      const slug = municipio[1]!;
      cambios.paginas.push({ archivo, ruta: `/municipios/${slug}/`, titulo: nombreDeMunicipio(contexto.leer(archivo), slug) });
    } else if (PAGINA.test(relativo) && !CONTENIDO_SIN_PAGINA.includes(relativo)) {
      const ruta = rutaDePagina(contexto.registro, relativo);
      cambios.paginas.push({ archivo, ruta, titulo: tituloDePagina(contexto.leer(archivo)) ?? ruta });
    } else {
      cambios.otros.push(archivo);
    }
  }
  return cambios;
}

export interface OpcionesDelComentario {
  /** Dirección completa de la vista previa, con barra final (`https://x.github.io/repo/pr-preview/pr-12/`). */
  vistaPrevia: string;
  /** Si una página existe en el sitio construido (`/guia/x/`); sin esto, se supone que existen todas. */
  existe?: (ruta: string) => boolean;
  /** Commit que se publicó (se muestran sus 7 primeros caracteres). */
  commit?: string;
  /** Enlaces que se muestran por archivo de datos, antes de «y N más». */
  maximo?: number;
}

/** `ruta` (desde la raíz del sitio) dentro de la vista previa. */
export function enlaceEnVistaPrevia(vistaPrevia: string, ruta: string): string {
  const url = new URL(vistaPrevia);
  url.pathname = conBase(ruta, url.pathname);
  return url.href;
}

/** Markdown para una celda o un enlace: sin corchetes ni barras verticales que rompan el formato. */
function texto(s: string): string {
  return s.replace(/[[\]|<>]/g, (c) => `\\${c}`);
}

/** El comentario del pull request, en castellano para quien revisa sin ser desarrollador. */
export function comentarioDeVistaPrevia(cambios: Cambios, opciones: OpcionesDelComentario): string {
  const { vistaPrevia, existe = () => true, commit, maximo = 8 } = opciones;
  const enlace = (e: Enlace) => `[${texto(e.titulo)}](${enlaceEnVistaPrevia(vistaPrevia, e.ruta)})`;
  const lineas: string[] = [
    '## Vista previa de este cambio',
    '',
    `Podés ver cómo queda la guía con este cambio antes de aprobarlo: **[abrir la vista previa](${vistaPrevia})**.`,
    '',
    'Es una copia de prueba, solo para revisar: no es la guía publicada. Se actualiza sola unos minutos después de cada cambio que se sube a este pull request, y se borra cuando el pull request se cierra.',
  ];

  const presentes = cambios.paginas.filter((p) => existe(p.ruta));
  const quitadas = cambios.paginas.filter((p) => !existe(p.ruta));
  if (presentes.length) {
    lineas.push('', '### Páginas que cambian', '');
    for (const p of presentes) lineas.push(`- ${enlace(p)}`);
  }
  if (quitadas.length) {
    lineas.push('', '### Páginas que este cambio quita o mueve', '');
    for (const p of quitadas) lineas.push(`- ${texto(p.titulo)} (\`${p.archivo}\`): ya no está en la vista previa.`);
  }
  if (cambios.datos.length) {
    lineas.push('', '### Datos que se ven en varias páginas', '');
    for (const d of cambios.datos) {
      const visibles = d.enlaces.filter((e) => existe(e.ruta));
      const mostrados = visibles.slice(0, maximo).map(enlace);
      const resto = visibles.length - mostrados.length;
      const donde = [mostrados.join(', '), resto > 0 ? `y ${resto} más` : '', d.tambien ?? ''].filter(Boolean).join(' ');
      const todas = d.todas ? ' Se ve en **todas las páginas**.' : '';
      lineas.push(`- **${texto(d.que)}** (\`${d.archivo}\`):${todas} Revisá ${donde || 'la portada'}.`);
    }
  }
  if (cambios.codigo.length) {
    const ejemplos = [PORTADA, { ruta: '/guia/principios/', titulo: 'un capítulo' }, PROTOCOLOS, MUNICIPIOS, BUSCAR].filter((e) => existe(e.ruta));
    lineas.push(
      '',
      '### Cambios en el funcionamiento o el diseño',
      '',
      `Este cambio toca el código o el diseño del sitio: puede cambiar **todas las páginas**. Mirá al menos ${ejemplos.map(enlace).join(', ')}.`,
      '',
      `<details><summary>Archivos de código o diseño (${cambios.codigo.length})</summary>`,
      '',
      ...cambios.codigo.map((a) => `- \`${a}\``),
      '',
      '</details>',
    );
  }
  if (!cambios.paginas.length && !cambios.datos.length && !cambios.codigo.length) {
    lineas.push('', 'Este cambio no toca el texto, los datos ni el diseño de la guía: la vista previa es igual a la guía publicada.');
  }
  if (cambios.otros.length) {
    lineas.push(
      '',
      `<details><summary>Archivos que no cambian lo que se ve (${cambios.otros.length})</summary>`,
      '',
      ...cambios.otros.map((a) => `- \`${a}\``),
      '',
      '</details>',
    );
  }
  lineas.push(
    '',
    `<sub>Si un enlace no abre, esperá unos minutos y recargá: la publicación tarda. Si sigue sin abrir, avisá en este pull request.${commit ? ` Vista previa del commit ${commit.slice(0, 7)}.` : ''}</sub>`,
    '',
  );
  return lineas.join('\n');
}
