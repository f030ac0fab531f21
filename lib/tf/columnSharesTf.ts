/**
 * The nutrition exercise with tfjs broadcasting: each column of a (rows × cols) table divided
 * by its column sum, `m / tf.sum(m, 0, keepDims)`, a (3,4) divided by a (1,4).
 *
 * Example: columnSharesTf([[1, 3], [1, 1]]) = { shares: [[0.5, 0.75], [0.5, 0.25]],
 * totals: [2, 4] }.
 *
 * tfjs computes in float32: shares agree with the float64 ones to about 1e-7.
 */
import * as tf from "@tensorflow/tfjs-core";

export interface ColumnSharesTf {
  /** matrix[i][j] / totals[j]. */
  shares: number[][];
  /** The column sums, the (1, cols) row. */
  totals: number[];
}

export async function columnSharesTf(
  matrix: readonly (readonly number[])[],
): Promise<ColumnSharesTf> {
  const [totals, shares] = tf.tidy(() => {
    const m = tf.tensor2d(matrix as number[][]);
    const sums = tf.sum(m, 0, true);
    return [sums, tf.div(m, sums)];
  });
  try {
    const [t, s] = await Promise.all([totals.array(), shares.array()]);
    return { shares: s as number[][], totals: (t as number[][])[0] };
  } finally {
    tf.dispose([totals, shares]);
  }
}
