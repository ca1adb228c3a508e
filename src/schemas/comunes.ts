import { z } from 'zod';

/**
 * Piezas de esquema que comparten todos los archivos de contenido.
 *
 * Los textos que vienen de `content/` no pueden traer HTML: Starlight inserta algunos (el título
 * en `<title>`, el banner) como HTML sin escapar, así que un `<script>` en un dato se ejecutaría.
 */
const MARCADO = /<\/?[a-z!][^>]*>|&(?:#\d+|#x[\da-f]+|[a-z]+);/i;

export function textoPlano() {
  return z
    .string()
    .trim()
    .min(1)
    .refine((texto) => !MARCADO.test(texto), {
      message: 'no puede contener HTML (etiquetas como <b> o <script>, ni entidades como &amp;). Escribí solo texto.',
    });
}

/** Identificador estable: minúsculas, números y guiones (`servicio-local`). */
export function identificador() {
  return z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      message: 'debe tener solo minúsculas sin tildes, números y guiones (ejemplo: servicio-local).',
    });
}

/**
 * Las fuentes de un dato (ids de content/fuentes.yaml). Se puede escribir una sola
 * (`fuente: ley-26364`) o varias (`fuente: [ley-26364, codigo-penal]`); siempre da una lista.
 */
export function fuentes() {
  return z.preprocess((valor) => (typeof valor === 'string' ? [valor] : valor), z.array(identificador()).min(1));
}

/**
 * Fecha `AAAA-MM-DD`. Acepta el texto o el objeto Date que arma el lector de frontmatter,
 * y siempre devuelve el texto, para que todos los lectores den lo mismo.
 */
export function fecha() {
  return z
    .union([z.date(), z.string()])
    .transform((valor) => (valor instanceof Date ? valor.toISOString().slice(0, 10) : valor.trim()))
    .pipe(
      z.iso.date(),
    );
}

/** Una fecha que no puede estar en el futuro (una verificación, una aprobación). */
export function fechaPasada(hoy: () => string = () => new Date().toISOString().slice(0, 10)) {
  // Una fecha mal escrita ya tiene su propio error: no se avisa además que «está en el futuro».
  return fecha().refine((valor) => !z.iso.date().safeParse(valor).success || valor <= hoy(), {
    message: 'está en el futuro. Poné la fecha en que efectivamente se hizo.',
  });
}
