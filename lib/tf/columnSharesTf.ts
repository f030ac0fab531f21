/**
 * The nutrition exercise with tfjs broadcasting: each column of a (rows × cols) table divided
 * by its column sum, `m / tf.sum(m, 0, keepDims)`, a (3,4) divided by a (1,4). With `weights`
 * (one per row) the table is first multiplied by them as a (rows, 1) column, another
 * broadcast: grams × [4, 4, 9] kcal per gram turns grams into kilocalories.
 *
 * Example: columnSharesTf([[1, 3], [1, 1]]) = { shares: [[0.5, 0.75], [0.5, 0.25]],
 * totals: [2, 4], weighted: [[1, 3], [1, 1]] }.
 *
 * tfjs computes in float32: shares agree with the float64 ones to about 1e-7.
 */
import * as tf from "@tensorflow/tfjs-core";

export interface ColumnSharesTf {
  /** weighted[i][j] / totals[j]. */
  shares: number[][];
  /** The column sums of the weighted table, the (1, cols) row. */
  totals: number[];
  /** The table after the row weights (the table itself without weights). */
  weighted: number[][];
}

export async function columnSharesTf(
  matrix: readonly (readonly number[])[],
  weights?: readonly number[],
): Promise<ColumnSharesTf> {
  const rows = matrix.length;
  if (weights && weights.length !== rows) {
    throw new RangeError(
      `columnSharesTf: hay ${weights.length} pesos para ${rows} filas; se necesita uno por fila`,
    );
  }
  const [weighted, totals, shares] = tf.tidy(() => {
    const m = tf.tensor2d(matrix as number[][]);
    const w = weights ? tf.mul(m, tf.tensor2d(weights as number[], [rows, 1])) : m;
    const sums = tf.sum(w, 0, true);
    return [w, sums, tf.div(w, sums)];
  });
  try {
    const [w, t, s] = await Promise.all([weighted.array(), totals.array(), shares.array()]);
    return { shares: s as number[][], totals: (t as number[][])[0], weighted: w as number[][] };
  } finally {
    tf.dispose([weighted, totals, shares]);
  }
}
