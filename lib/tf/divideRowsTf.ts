/**
 * divideRows with tfjs broadcasting: a (rows × cols) table divided by a (rows, 1) column of
 * divisors, `tf.div(m, d)`, so each row is divided by its own number; plus the column sums of
 * the result. In the nutrition table, kilocalories ÷ [[4], [4], [9]] kcal per gram gives the
 * grams of carbohydrates, proteins and fats in 100 g of each food.
 *
 * Example: divideRowsTf([[2, 4], [9, 3]], [2, 3]) = { values: [[1, 2], [3, 1]], totals: [4, 3] }.
 *
 * Throws the same RangeErrors as divideRows (lib/math/tensors/divideRows.ts) before any tfjs
 * work. tfjs computes in float32: values agree with the float64 ones to about 1e-7.
 */
import * as tf from "@tensorflow/tfjs-core";
import { divideRows } from "../math/tensors/divideRows.js";

export interface DivideRowsTf {
  /** matrix[i][j] / divisors[i]. */
  values: number[][];
  /** The column sums of `values`. */
  totals: number[];
}

export async function divideRowsTf(
  matrix: readonly (readonly number[])[],
  divisors: readonly number[],
): Promise<DivideRowsTf> {
  divideRows(matrix, divisors); // validates, in float64, with its Spanish messages
  const [values, totals] = tf.tidy(() => {
    const m = tf.tensor2d(matrix as number[][]);
    const column = tf.tensor2d(divisors as number[], [divisors.length, 1]);
    const divided = tf.div(m, column);
    return [divided, tf.sum(divided, 0)];
  });
  try {
    const [v, t] = await Promise.all([values.array(), totals.array()]);
    return { values: v as number[][], totals: t as number[] };
  } finally {
    tf.dispose([values, totals]);
  }
}
