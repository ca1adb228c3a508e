/**
 * El único script que carga cada página: en un solo archivo (una sola descarga, guardada en la caché
 * para todas las páginas) van el comportamiento del encabezado, el menú, el índice de la página y el
 * aviso de conexión, y el enlace al manifiesto de la app. Lo agrega a todas las páginas src/integraciones/un-solo-script.ts, junto con el
 * script de precarga de enlaces de Astro; los scripts de los componentes de Starlight que reemplaza
 * los toma de sus propios archivos (`virtual:guia/scripts-de-starlight`).
 *
 * Cada parte define un elemento propio (`<busqueda-sitio>`, `<selector-tema>`, `<estado-conexion>`,
 * los de Starlight), así que en una página sin ese elemento no hace nada.
 *
 * Los scripts de una sola plantilla (la lista de verificación de los protocolos, el filtro de
 * municipios, la página de búsqueda…) siguen en su componente: son el segundo archivo de esa página.
 */
import 'virtual:guia/scripts-de-starlight';
import './busqueda-sitio.ts';
import './tema.ts';
import './estado-conexion.ts';
import './manifiesto.ts';
