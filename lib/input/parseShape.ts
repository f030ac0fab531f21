import type { Shape } from "../math/tensors/broadcast.js";
import { formatShape } from "../format/formatShape.js";
import { TensorInputError } from "./tensorInputError.js";

/** Axes beyond this are refused by default: no lecture example comes near, and a typo should not pass. */
export const MAX_RANK = 8;

export interface ShapeLimits {
  /** The most elements the shape may have (a page must not ask the browser for a billion floats). */
  maxSize?: number;
  /** The most axes the shape may have. */
  maxRank?: number;
}

/**
 * Reads a shape typed by a student, in NumPy's notation or a relaxed one: "(2,3)", "2,3",
 * "2 3", "[2, 3]" all give [2, 3]; "(2,)" and "2" give [2]; "()" and "" give the scalar
 * shape []. Each size must be an integer ≥ 0 (0 makes an empty tensor).
 *
 * Example: parseShape("(2, 3)") = [2, 3]; parseShape("5") = [5]; parseShape("") = [].
 *
 * Throws a TensorInputError (a RangeError) of kind ValueError with a Spanish message that
 * quotes the text and the offending piece: parseShape("2,x") throws ««2,x» no es una forma:
 * «x» no es un tamaño de eje (un entero ≥ 0)…». With `maxSize`, a shape with more elements
 * throws too; a size beyond 2⁵³ always does (it cannot be counted exactly).
 */
export function parseShape(
  text: string,
  { maxSize = Infinity, maxRank = MAX_RANK }: ShapeLimits = {},
): number[] {
  if (typeof text !== "string") {
    throw new TensorInputError(
      "TypeError",
      `parseShape: ${String(text)} no es un texto; escribe una forma como (2,3)`,
    );
  }
  const trimmed = text.trim();
  const inner = /^\((.*)\)$|^\[(.*)\]$/s.exec(trimmed);
  const body = (inner ? (inner[1] ?? inner[2]) : trimmed).trim();
  if (/[()[\]]/.test(body)) throw shapeError(text, "tiene paréntesis de más o sin cerrar");
  if (body === "") return [];
  const pieces = body.split(/\s*,\s*|\s+/);
  // One trailing comma is NumPy's 1-tuple: "(2,)".
  if (pieces.length > 1 && pieces[pieces.length - 1] === "") pieces.pop();
  if (pieces.length > maxRank) {
    throw shapeError(text, `tiene ${pieces.length} ejes; aquí caben a lo más ${maxRank}`);
  }
  const shape: number[] = [];
  for (const piece of pieces) {
    if (piece === "") throw shapeError(text, "tiene una coma de más (un eje vacío)");
    if (/^-\d+$/.test(piece)) {
      throw shapeError(text, `«${piece}» es negativo, y un eje no puede tener tamaño negativo`);
    }
    if (!/^\+?\d+$/.test(piece)) {
      throw shapeError(text, `«${clip(piece)}» no es un tamaño de eje (un entero ≥ 0)`);
    }
    const size = Number(piece);
    if (!Number.isSafeInteger(size)) {
      throw shapeError(text, `el tamaño «${clip(piece)}» es demasiado grande (más de 2⁵³)`);
    }
    shape.push(size);
  }
  const size = shape.reduce((product, d) => product * d, 1);
  if (size > maxSize) {
    throw new TensorInputError(
      "ValueError",
      `la forma ${formatShape(shape)} tiene ${size} elementos; aquí se admiten hasta ${maxSize}`,
    );
  }
  return shape;
}

/** Like parseShape, but returns the error message instead of throwing. */
export function tryParseShape(
  text: string,
  limits: ShapeLimits = {},
): { shape: Shape; error: null } | { shape: null; error: string } {
  try {
    return { shape: parseShape(text, limits), error: null };
  } catch (error) {
    if (error instanceof RangeError) return { shape: null, error: error.message };
    throw error;
  }
}

function clip(piece: string): string {
  return piece.length > 24 ? `${piece.slice(0, 20)}…` : piece;
}

function shapeError(text: string, why: string): TensorInputError {
  return new TensorInputError(
    "ValueError",
    `«${clip(text.trim())}» no es una forma: ${why}. Escribe los tamaños separados por comas, como (2,3), (3,) o () para un escalar.`,
  );
}
