import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { leerCabeceras } from '../../scripts/lib/servidor.ts';
import { politicaDeLaPagina } from '../../src/integraciones/cabeceras.ts';
import {
  archivoDeCabeceras,
  COMPONENTES_REEMPLAZADOS,
  configuracionCsp,
  escribirPolitica,
  hashSha256,
  hashesDeScriptsEnLinea,
  leerPolitica,
  politicaJusta,
  scriptsEnLinea,
  unirPoliticas,
} from '../../src/lib/seguridad.ts';

describe('CSP', () => {
  test('toma el cuerpo exacto de cada <script is:inline> de un componente, y nada más', () => {
    const fuente = `---\nconst a = 1;\n---\n<script is:inline>\n\twindow.x = 1;\n</script>\n<script>import './b';</script>\n<script is:inline aria-hidden="true">y()</script>`;
    expect(scriptsEnLinea(fuente)).toEqual(['\n\twindow.x = 1;\n', 'y()']);
    expect(() => scriptsEnLinea('<script is:inline define:vars={{ a }}>a</script>')).toThrow(/define:vars/);
  });

  test('incluye los hashes de los scripts en línea propios y de Starlight, no los de componentes reemplazados', () => {
    const hashes = hashesDeScriptsEnLinea();
    expect(hashes.length).toBeGreaterThanOrEqual(2);
    const starlight = join(dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight'))), 'components');
    const delComponente = (nombre: string) => scriptsEnLinea(readFileSync(join(starlight, nombre), 'utf-8')).map(hashSha256);
    const propios = scriptsEnLinea(readFileSync('src/components/starlight/ThemeProvider.astro', 'utf-8')).map(hashSha256);
    expect(propios).toHaveLength(1);
    expect(hashes).toContain(propios[0]);
    for (const h of scriptsEnLinea(readFileSync(join(starlight, '../user-components/Tabs.astro'), 'utf-8')).map(hashSha256)) expect(hashes).toContain(h);
    for (const nombre of COMPONENTES_REEMPLAZADOS) {
      expect(delComponente(nombre).length, `${nombre} tiene scripts en línea`).toBeGreaterThan(0);
      for (const h of delComponente(nombre)) expect(hashes).not.toContain(h);
    }
    for (const h of hashes) expect(h).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
    expect(configuracionCsp().scriptDirective.hashes).toEqual(hashes);
    expect(configuracionCsp().scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  test('hashSha256 da el formato de CSP', () => {
    expect(hashSha256('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  test('une las políticas de varias páginas sin repetir fuentes', () => {
    const a = leerPolitica("default-src 'self'; script-src 'self' 'sha256-a'");
    const b = leerPolitica("default-src 'self'; script-src 'self' 'sha256-b'; style-src-attr 'unsafe-inline'");
    expect(escribirPolitica(unirPoliticas([a, b]))).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src-attr 'unsafe-inline'",
    );
  });

  test('_headers: la política, frame-ancestors y las cabeceras de seguridad, que el servidor de prueba lee igual', () => {
    const texto = archivoDeCabeceras(leerPolitica("default-src 'self'; script-src 'self'"), '/guia/');
    const [regla] = leerCabeceras(texto);
    expect(regla!.patron.test('/guia/municipios/pehuajo/')).toBe(true);
    expect(regla!.patron.test('/otra/')).toBe(false);
    expect(Object.fromEntries(regla!.cabeceras)).toEqual({
      'Content-Security-Policy': "default-src 'self'; script-src 'self'; frame-ancestors 'none'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
      'X-Frame-Options': 'DENY',
    });
  });
});

describe('la política de una página construida, para `_headers`', () => {
  test('se lee del <meta http-equiv> aunque cambie el orden de los atributos o las comillas', () => {
    const politica = "default-src 'self'; script-src 'self' 'sha256-abc='";
    expect(politicaDeLaPagina(`<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${politica}"></head>`)).toBe(politica);
    expect(politicaDeLaPagina(`<meta content="${politica}" http-equiv="Content-Security-Policy">`)).toBe(politica);
    expect(politicaDeLaPagina(`<meta http-equiv='content-security-policy' content='default-src "self"'>`)).toBe('default-src "self"');
  });

  test('las entidades del atributo se leen como el texto que representan', () => {
    expect(politicaDeLaPagina('<meta http-equiv="content-security-policy" content="default-src &#39;self&#39; &amp; x">')).toBe("default-src 'self' & x");
  });

  test('sin <meta http-equiv="content-security-policy"> no hay política (otro <meta content> no cuenta)', () => {
    expect(politicaDeLaPagina('<meta name="description" content="default-src \'self\'">')).toBeUndefined();
    expect(politicaDeLaPagina('<p>content-security-policy</p>')).toBeUndefined();
  });
});

describe('politicaJusta', () => {
  const tema = "document.documentElement.dataset.theme = 'dark';";
  const estilo = 'p { color: red }';
  const politica = leerPolitica(
    [
      "default-src 'self'",
      `script-src 'self' 'wasm-unsafe-eval' '${hashSha256(tema)}' '${hashSha256('otro();')}' '${hashSha256('')}'`,
      `style-src 'self' '${hashSha256(estilo)}' '${hashSha256('')}'`,
      "style-src-attr 'unsafe-inline'",
    ].join('; '),
  );

  test('deja solo los hashes de los scripts y estilos que la página tiene en línea, y las demás fuentes igual', () => {
    const html = `<head><script>${tema}</script><script type="module" src="/a.js"></script><style>${estilo}</style></head>`;
    const justa = politicaJusta(politica, html);
    expect(justa.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", `'${hashSha256(tema)}'`]);
    expect(justa.get('style-src')).toEqual(["'self'", `'${hashSha256(estilo)}'`]);
    expect(justa.get('default-src')).toEqual(["'self'"]);
    expect(justa.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  test('una página sin nada en línea no autoriza ningún hash; un script con src no cuenta como en línea', () => {
    const justa = politicaJusta(politica, `<script src="/x.js">${tema}</script><p>${tema}</p>`);
    expect(justa.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(justa.get('style-src')).toEqual(["'self'"]);
  });
});
