import { describe, expect, test } from 'vitest';
import { leerCabeceras } from '../../scripts/lib/servidor.ts';
import {
  archivoDeCabeceras,
  configuracionCsp,
  escribirPolitica,
  hashSha256,
  hashesDeScriptsEnLinea,
  leerPolitica,
  scriptsEnLinea,
  unirPoliticas,
} from '../../src/lib/seguridad.ts';

describe('CSP', () => {
  test('toma el cuerpo exacto de cada <script is:inline> de un componente, y nada más', () => {
    const fuente = `---\nconst a = 1;\n---\n<script is:inline>\n\twindow.x = 1;\n</script>\n<script>import './b';</script>\n<script is:inline aria-hidden="true">y()</script>`;
    expect(scriptsEnLinea(fuente)).toEqual(['\n\twindow.x = 1;\n', 'y()']);
    expect(() => scriptsEnLinea('<script is:inline define:vars={{ a }}>a</script>')).toThrow(/define:vars/);
  });

  test('incluye los hashes de los scripts en línea de Starlight (tema, buscador, menú lateral)', () => {
    const hashes = hashesDeScriptsEnLinea();
    expect(hashes.length).toBeGreaterThanOrEqual(4);
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
