/** Módulo virtual de src/integraciones/un-solo-script.ts: los scripts de los componentes de Starlight que pasan al de todas las páginas. Solo se importa por sus efectos. */
declare module 'virtual:guia/scripts-de-starlight' {}
