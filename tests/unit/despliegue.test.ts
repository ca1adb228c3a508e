import { describe, expect, test } from 'vitest';
import { resolverDespliegue } from '../../src/lib/despliegue.ts';
import { conBase, normalizarBase, sinBase } from '../../src/lib/rutas.ts';
import { contentRoot } from '../../src/lib/contenido.ts';

const paquete = { repository: { url: 'git+https://github.com/org/guia.git' } };

describe('resolverDespliegue', () => {
  test('sin variables: sitio local en la raíz y el repositorio de package.json', () => {
    expect(resolverDespliegue({}, paquete)).toEqual({
      site: 'http://localhost:4321',
      base: '/',
      repositorio: 'https://github.com/org/guia',
      rama: 'main',
    });
  });

  test('en GitHub Actions toma el repositorio real y normaliza la subcarpeta', () => {
    const d = resolverDespliegue(
      { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'prov/guia-local', SITIO_BASE: 'guia-local' },
      paquete,
    );
    expect(d.repositorio).toBe('https://github.com/prov/guia-local');
    expect(d.base).toBe('/guia-local/');
  });

  test('GUIA_REPOSITORIO tiene prioridad', () => {
    expect(resolverDespliegue({ GUIA_REPOSITORIO: 'https://example.org/x/' }, paquete).repositorio).toBe('https://example.org/x');
  });

  test('sin ningún repositorio explica qué completar', () => {
    expect(() => resolverDespliegue({}, {})).toThrow(/repository\.url/);
  });
});

describe('ruta base (rutas.ts)', () => {
  test('normalizarBase deja siempre una barra al principio y al final', () => {
    expect(normalizarBase(undefined)).toBe('/');
    expect(normalizarBase('')).toBe('/');
    expect(normalizarBase('/')).toBe('/');
    expect(normalizarBase('guia-local')).toBe('/guia-local/');
    expect(normalizarBase(' //guia-local// ')).toBe('/guia-local/');
  });

  test('conBase antepone la subcarpeta solo a rutas internas', () => {
    expect(conBase('/guia/glosario/#trata', '/guia-local/')).toBe('/guia-local/guia/glosario/#trata');
    expect(conBase('/guia-local/guia/', '/guia-local/')).toBe('/guia-local/guia/');
    expect(conBase('https://www.argentina.gob.ar/', '/guia-local/')).toBe('https://www.argentina.gob.ar/');
    expect(conBase('//otro.sitio/x', '/guia-local/')).toBe('//otro.sitio/x');
    expect(conBase('#seccion', '/guia-local/')).toBe('#seccion');
    expect(conBase('tel:145', '/guia-local/')).toBe('tel:145');
    expect(conBase('/sw.js', 'guia-local')).toBe('/guia-local/sw.js');
    expect(conBase('/', '/guia-local/')).toBe('/guia-local/');
  });

  test('con el sitio en la raíz no cambia nada', () => {
    expect(conBase('/guia/', '/')).toBe('/guia/');
    expect(sinBase('/guia/', '/')).toBe('/guia/');
  });

  test('sinBase quita la subcarpeta, y no acepta lo que está fuera de ella', () => {
    expect(sinBase('/guia-local/guia/x/', '/guia-local/')).toBe('/guia/x/');
    expect(sinBase('/guia-local/', '/guia-local/')).toBe('/');
    expect(sinBase('/otra/guia/x/', '/guia-local/')).toBeUndefined();
    expect(sinBase('/guia-local', '/guia-local/')).toBeUndefined();
    expect(sinBase('/guia-localx/', '/guia-local/')).toBeUndefined();
  });
});

test('contentRoot usa content/ salvo que GUIA_CONTENIDO diga otra cosa', () => {
  expect(contentRoot({})).toBe('./content');
  expect(contentRoot({ GUIA_CONTENIDO: 'tests/fixtures/ediciones/' })).toBe('./tests/fixtures/ediciones');
});

test('enlaceEnSuEdicion: las páginas de otra edición enlazan dentro de ella', async () => {
  const { cargarRegistro } = await import('../../src/lib/ediciones.ts');
  const { enlaceEnSuEdicion } = await import('../../src/lib/rutas-de-edicion.ts');
  const raiz = 'tests/fixtures/ediciones';
  const registro = cargarRegistro(raiz);
  expect(enlaceEnSuEdicion(raiz, registro, `${raiz}/ediciones/primera/capitulo.mdx`, '/guia/quitada/#x')).toBe('/ediciones/primera/quitada/#x');
  expect(enlaceEnSuEdicion(raiz, registro, `${raiz}/guia/capitulo.mdx`, '/guia/nueva/')).toBe('/ediciones/tercera/nueva/');
  // La edición vigente (segunda) usa las direcciones cortas; los enlaces que no son de la guía no cambian.
  expect(enlaceEnSuEdicion(raiz, registro, `${raiz}/ediciones/segunda/capitulo.mdx`, '/guia/nueva/')).toBe('/guia/nueva/');
  expect(enlaceEnSuEdicion(raiz, registro, `${raiz}/ediciones/primera/capitulo.mdx`, '/municipios/')).toBe('/municipios/');
});
