/**
 * The error a student sees when a tensor literal, a shape or an index is wrong. Like Python,
 * it carries the kind of error NumPy or TensorFlow would raise (IndexError, ValueError,
 * SyntaxError, TypeError) and a Spanish message modelled on NumPy's:
 * `IndexError: índice 5 fuera de rango para el eje 0 de tamaño 2`.
 *
 * It is a RangeError, as the library's edge-case policy asks (lib/math/validate.ts).
 */
export type PythonErrorKind = "IndexError" | "ValueError" | "SyntaxError" | "TypeError";

export class TensorInputError extends RangeError {
  /** The Python exception NumPy/TensorFlow would raise for the same input. */
  readonly kind: PythonErrorKind;

  constructor(kind: PythonErrorKind, message: string) {
    super(message);
    this.name = "TensorInputError";
    this.kind = kind;
  }

  /** The message as Python prints it: "IndexError: índice 5 fuera de rango …". */
  override toString(): string {
    return `${this.kind}: ${this.message}`;
  }
}
