import type { Shape } from "./broadcast.js";

/** One cell of an operand stretched to the result's shape. */
export interface StretchedCell {
  /** Flat (row-major) index of the operand's own value this cell shows. */
  source: number;
  /** True when the cell is a repetition: broadcasting reuses a value, it copies nothing. */
  copy: boolean;
}

/** An operand of rank ≤ 2 drawn at the result's shape (also of rank ≤ 2) as rows × cols. */
export interface StretchedGrid {
  rows: number;
  cols: number;
  cells: StretchedCell[][];
}

/**
 * Where each cell of the broadcast result takes its value from, for drawing. Shapes are padded
 * on the left with 1s to two axes (a scalar is 1 × 1, a vector of 3 is 1 × 3); an axis of size 1
 * stretched to size k shows its one value k times, and every repetition after the first is
 * marked `copy`. `shape` must broadcast to `result` (check with explainBroadcast first).
 *
 * Example: stretchGrid([3], [2, 3]) has rows 2 and cols 3; row 0 has sources 0, 1, 2 and is
 * not a copy; row 1 has the same sources, all copies.
 *
 * Throws a RangeError if either shape has more than two axes or `shape` does not stretch to
 * `result`.
 */
export function stretchGrid(shape: Shape, result: Shape): StretchedGrid {
  if (shape.length > 2 || result.length > 2) {
    throw new RangeError(
      `stretchGrid: solo se dibujan formas de hasta 2 ejes (se pidió ${shape.length} y ${result.length})`,
    );
  }
  const [r0, c0] = padTo2(shape);
  const [rows, cols] = padTo2(result);
  if ((r0 !== rows && r0 !== 1) || (c0 !== cols && c0 !== 1) || shape.length > result.length) {
    throw new RangeError(
      `stretchGrid: la forma (${shape.join(",")}) no se estira a (${result.join(",")})`,
    );
  }
  const cells = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => {
      const si = r0 === 1 ? 0 : i;
      const sj = c0 === 1 ? 0 : j;
      return { source: si * c0 + sj, copy: si !== i || sj !== j };
    }),
  );
  return { rows, cols, cells };
}

function padTo2(shape: Shape): [number, number] {
  if (shape.length === 0) return [1, 1];
  if (shape.length === 1) return [1, shape[0]];
  return [shape[0], shape[1]];
}
