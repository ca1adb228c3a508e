/**
 * Una página por plantilla del sitio (y cinco municipios de muestra): las recorren las pruebas de
 * accesibilidad y de seguridad. Los municipios van repartidos por el alfabeto y las secciones.
 */
export const PAGINAS_POR_PLANTILLA: Array<{ nombre: string; ruta: string }> = [
  { nombre: 'portada', ruta: '/' },
  { nombre: 'capítulo', ruta: '/guia/como-usar-esta-guia/' },
  { nombre: 'protocolo', ruta: '/guia/protocolos/deteccion-y-primera-escucha/' },
  { nombre: 'índice de protocolos', ruta: '/protocolos/' },
  { nombre: 'índice de municipios', ruta: '/municipios/' },
  { nombre: 'municipio 25 de Mayo', ruta: '/municipios/25-de-mayo/' },
  { nombre: 'municipio La Plata', ruta: '/municipios/la-plata/' },
  { nombre: 'municipio La Matanza', ruta: '/municipios/la-matanza/' },
  { nombre: 'municipio Pehuajó', ruta: '/municipios/pehuajo/' },
  { nombre: 'municipio Villa Gesell', ruta: '/municipios/villa-gesell/' },
  { nombre: 'glosario', ruta: '/guia/glosario/' },
  { nombre: 'líneas', ruta: '/guia/lineas-y-recursos/' },
  { nombre: 'privacidad', ruta: '/guia/privacidad/' },
  { nombre: 'impresión de protocolos', ruta: '/imprimir/protocolos/' },
  { nombre: '¿Qué hago ahora?: pregunta', ruta: '/que-hago-ahora/situacion/' },
  { nombre: '¿Qué hago ahora?: resultado', ruta: '/que-hago-ahora/situacion/edad/nna/' },
  { nombre: '¿Qué hago ahora?: impresión', ruta: '/imprimir/que-hago-ahora/' },
  { nombre: '404', ruta: '/404.html' },
];
