/**
 * `npm run validate`: revisa todo el contenido sin construir el sitio. Una línea por problema
 * (`archivo:línea › campo: qué está mal. Cómo arreglarlo`), un resumen y código de salida 1 si hay
 * errores. En GitHub Actions, además, cada problema aparece como anotación sobre la línea.
 *
 * Las pruebas llaman a `validate` en su mismo proceso (tests/unit/validate.test.ts); la de
 * tests/unit/construccion.test.ts corre el comando de la consola.
 */
import { formatearProblema } from '../src/lib/errores.ts';
import { contentRoot } from '../src/lib/contenido.ts';
import { validarContenido } from '../src/lib/validacion.ts';
import { esElProgramaPrincipal, type Salida } from './lib/proceso.ts';

/** El comando entero: `argv` es `[carpeta de contenido]` (opcional); devuelve el código de salida. */
export function validate(argv: string[], salida: Salida = console, env: NodeJS.ProcessEnv = process.env): number {
  const raiz = argv[0] ?? contentRoot();
  const { problemas, revisados } = validarContenido(raiz);
  const errores = problemas.filter((p) => p.gravedad !== 'advertencia');
  const advertencias = problemas.length - errores.length;

  for (const problema of problemas) {
    salida.log(formatearProblema(problema));
    if (env.GITHUB_ACTIONS) {
      const tipo = problema.gravedad === 'advertencia' ? 'warning' : 'error';
      const linea = problema.linea ? `,line=${problema.linea}` : '';
      const texto = `${problema.campo ? `${problema.campo}: ` : ''}${problema.mensaje}`.replace(/%/g, '%25').replace(/\n/g, '%0A');
      salida.log(`::${tipo} file=${problema.archivo}${linea}::${texto}`);
    }
  }

  const resumen = `${revisados} archivos revisados en ${raiz}: ${errores.length} ${errores.length === 1 ? 'error' : 'errores'}, ${advertencias} ${advertencias === 1 ? 'advertencia' : 'advertencias'}.`;
  if (errores.length > 0) {
    salida.error(`\n✗ ${resumen}\nCorregí cada problema en el archivo y el campo indicados y volvé a correr \`npm run validate\`.`);
    return 1;
  }
  salida.log(`✓ ${resumen}`);
  return 0;
}

if (esElProgramaPrincipal(import.meta.url)) process.exitCode = validate(process.argv.slice(2));
