/**
 * The lecture's ufunc slide in tfjs: np.log(v), np.abs(v), np.maximum(v, 0), v ** 2 and 1/v,
 * each one element-wise operation on the whole vector, no loop.
 */
import * as tf from "@tensorflow/tfjs-core";

export type UfuncId = "log" | "abs" | "maximum" | "square" | "reciprocal";

export interface Ufunc {
  id: UfuncId;
  /** As the lecture writes it. */
  numpy: string;
  /** The tfjs call. */
  tfjs: string;
  apply(v: tf.Tensor1D): tf.Tensor1D;
}

export const UFUNCS: readonly Ufunc[] = [
  { id: "log", numpy: "np.log(v)", tfjs: "tf.log(v)", apply: (v) => tf.log(v) },
  { id: "abs", numpy: "np.abs(v)", tfjs: "tf.abs(v)", apply: (v) => tf.abs(v) },
  {
    id: "maximum",
    numpy: "np.maximum(v, 0)",
    tfjs: "tf.maximum(v, 0)",
    apply: (v) => tf.maximum(v, 0),
  },
  { id: "square", numpy: "v ** 2", tfjs: "tf.square(v)", apply: (v) => tf.square(v) },
  { id: "reciprocal", numpy: "1/v", tfjs: "tf.div(1, v)", apply: (v) => tf.div(1, v) },
];

/**
 * Applies every ufunc to v with tfjs and reads the results back (NaN and ±Infinity as tfjs
 * computes them: log of a negative is NaN, 1/0 is Infinity).
 *
 * Example: applyUfuncs([-1, 0, 2]).square = [1, 0, 4].
 */
export async function applyUfuncs(v: readonly number[]): Promise<Record<UfuncId, number[]>> {
  const outputs = tf.tidy(() => {
    const x = tf.tensor1d(v as number[]);
    return UFUNCS.map((f) => f.apply(x));
  });
  try {
    const values = await Promise.all(outputs.map((t) => t.data()));
    return Object.fromEntries(UFUNCS.map((f, i) => [f.id, Array.from(values[i])])) as Record<
      UfuncId,
      number[]
    >;
  } finally {
    tf.dispose(outputs);
  }
}
