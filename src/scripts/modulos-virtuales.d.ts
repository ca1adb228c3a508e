/** Módulo que arma Starlight con las opciones `pagefind` de astro.config.mjs (no publica sus tipos). */
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>;
}
