import { spawnSync } from 'node:child_process';

/**
 * Java, para el validador de HTML del W3C (Nu HTML Checker, paquete `vnu-jar`), que necesita
 * Java 11 o posterior. Se busca `$JAVA_HOME/bin/java` si está definida, y si no `java` en el PATH.
 */
export const JAVA_MINIMO = 11;

export interface JavaFound {
  path: string;
  version: number;
}

/** Versión mayor en la salida de `java -version`: `openjdk version "17.0.15"` → 17, `"1.8.0_392"` → 8. */
export function versionDeJava(salida: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(salida);
  if (!m) return undefined;
  const mayor = Number(m[1]);
  return mayor === 1 && m[2] ? Number(m[2]) : mayor;
}

type Ejecutar = (comando: string) => string | undefined;

/** Corre `<comando> -version` y devuelve lo que escribe (en stderr), o `undefined` si no se pudo correr. */
const ejecutarJava: Ejecutar = (comando) => {
  const r = spawnSync(comando, ['-version'], { encoding: 'utf-8' });
  return r.error ? undefined : `${r.stderr}${r.stdout}`;
};

export function findJava(
  env: Record<string, string | undefined> = process.env,
  ejecutar: Ejecutar = ejecutarJava,
): (JavaFound & { suficiente: boolean }) | undefined {
  const path = env.JAVA_HOME ? `${env.JAVA_HOME.replace(/\/+$/, '')}/bin/java` : 'java';
  const salida = ejecutar(path);
  const version = salida === undefined ? undefined : versionDeJava(salida);
  if (version === undefined) return undefined;
  return { path, version, suficiente: version >= JAVA_MINIMO };
}

/** Mensaje para quien no tiene Java (o lo tiene viejo): qué se buscó y cómo instalarlo. */
export function missingJavaMessage(encontrado?: JavaFound, env: Record<string, string | undefined> = process.env): string {
  return [
    encontrado
      ? `El Java de ${encontrado.path} es la versión ${encontrado.version}; el validador de HTML del W3C necesita Java ${JAVA_MINIMO} o posterior.`
      : `No se encontró Java, que el validador de HTML del W3C (vnu) necesita (Java ${JAVA_MINIMO} o posterior).`,
    'Se buscó en: $JAVA_HOME/bin/java si la variable JAVA_HOME está definida, y si no `java` en el PATH.',
    ...(env.JAVA_HOME && !encontrado ? [`La variable JAVA_HOME=${env.JAVA_HOME} no lleva a un Java que funcione (falta bin/java).`] : []),
    'Instalalo de uno de estos modos y volvé a correr `npm test`:',
    '  sudo apt-get install default-jre-headless     (Debian/Ubuntu)',
    '  brew install openjdk                          (macOS)',
    '  o descargá un JDK o JRE 17 de https://adoptium.net/ (Windows y otros sistemas)',
    'o indicá dónde está uno ya instalado: JAVA_HOME=/ruta/al/jdk npm test',
  ].join('\n');
}

/**
 * El Java para el validador de HTML, o la salida del proceso con las instrucciones para instalarlo.
 * `npm test` lo pide al empezar, antes de construir nada.
 */
export function exigirJava(): JavaFound {
  const found = findJava();
  if (!found?.suficiente) {
    console.error(missingJavaMessage(found));
    process.exit(1);
  }
  return { path: found.path, version: found.version };
}
