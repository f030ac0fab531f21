import { formatShape } from "./formatShape.js";
import { TensorInputError } from "./tensorInputError.js";

/**
 * Reads a tensor shape typed by a student: sizes separated by commas or spaces, optionally
 * inside `( )` or `[ ]`, as in `tf.zeros([2, 3])` or `np.zeros((2, 3))`. An empty text, `()`
 * or `[]` is the scalar shape []. Every size must be an integer ≥ 0 (0 makes an empty tensor).
 *
 * Example: parseShape("(2, 3)") = [2, 3]; parseShape("5") = [5]; parseShape("") = [].
 *
 * With `maxSize`, a shape with more elements than that throws too (a page must not ask the
 * browser for a billion floats). Errors are TensorInputErrors with Spanish messages.
 */
export function parseShape(text: string, { maxSize = Infinity } = {}): number[] {
  const trimmed = text.trim();
  const inner = /^[([](.*)[)\]]$/s.exec(trimmed)?.[1] ?? trimmed;
  if (/[[\]()]/.test(inner)) {
    throw new TensorInputError(
      "ValueError",
      `la forma «${trimmed}» debe ser una sola lista de tamaños, por ejemplo (2, 3)`,
    );
  }
  const parts = inner.split(/[\s,]+/).filter((part) => part !== "");
  const shape = parts.map((part) => {
    if (!/^[+-]?\d+$/.test(part)) {
      throw new TensorInputError(
        "ValueError",
        `«${part}» no sirve como tamaño de un eje: debe ser un entero ≥ 0`,
      );
    }
    const size = Number(part);
    if (size < 0) {
      throw new TensorInputError(
        "ValueError",
        `el tamaño ${size} es negativo: cada eje mide un entero ≥ 0`,
      );
    }
    return size;
  });
  const size = shape.reduce((product, d) => product * d, 1);
  if (size > maxSize) {
    throw new TensorInputError(
      "ValueError",
      `la forma ${formatShape(shape)} tiene ${size} elementos; aquí se admiten hasta ${maxSize}`,
    );
  }
  return shape;
}
