import type { Shape } from "./broadcast.js";

/** Axes beyond this are refused: no lecture example comes near, and a typo should not pass. */
export const MAX_RANK = 8;

/**
 * Reads a shape typed by a student, in NumPy's notation or a relaxed one: "(2,3)", "2,3",
 * "2 3", "[2, 3]" all give [2, 3]; "(2,)" and "2" give [2]; "()" and "" give the scalar
 * shape []. Each size must be an integer ≥ 0.
 *
 * Throws a RangeError with a Spanish message that quotes the text and the offending piece:
 * parseShape("2,x") throws «"2,x" no es una forma: "x" no es un tamaño de eje (un entero ≥ 0)…».
 */
export function parseShape(text: string): number[] {
  if (typeof text !== "string") {
    throw new RangeError(
      `parseShape: ${String(text)} no es un texto; escribe una forma como (2,3)`,
    );
  }
  const trimmed = text.trim();
  const inner = /^\((.*)\)$|^\[(.*)\]$/s.exec(trimmed);
  const body = (inner ? (inner[1] ?? inner[2]) : trimmed).trim();
  if (/[()[\]]/.test(body)) {
    throw shapeError(text, "tiene paréntesis de más o sin cerrar");
  }
  if (body === "") return [];
  const pieces = body.split(/\s*,\s*|\s+/);
  // One trailing comma is NumPy's 1-tuple: "(2,)".
  if (pieces.length > 1 && pieces[pieces.length - 1] === "") pieces.pop();
  const shape: number[] = [];
  for (const piece of pieces) {
    if (piece === "") throw shapeError(text, "tiene una coma de más (un eje vacío)");
    if (/^-\d+$/.test(piece)) {
      throw shapeError(text, `«${piece}» es negativo, y un eje no puede tener tamaño negativo`);
    }
    if (!/^\d+$/.test(piece)) {
      throw shapeError(text, `«${piece}» no es un tamaño de eje (un entero ≥ 0)`);
    }
    shape.push(Number(piece));
  }
  if (shape.length > MAX_RANK) {
    throw shapeError(text, `tiene ${shape.length} ejes; aquí caben a lo más ${MAX_RANK}`);
  }
  return shape;
}

/** Like parseShape, but returns the error message instead of throwing. */
export function tryParseShape(
  text: string,
): { shape: Shape; error: null } | { shape: null; error: string } {
  try {
    return { shape: parseShape(text), error: null };
  } catch (error) {
    if (error instanceof RangeError) return { shape: null, error: error.message };
    throw error;
  }
}

function shapeError(text: string, why: string): RangeError {
  return new RangeError(
    `«${text.trim()}» no es una forma: ${why}. Escribe los tamaños separados por comas, como (2,3), (3,) o () para un escalar.`,
  );
}
