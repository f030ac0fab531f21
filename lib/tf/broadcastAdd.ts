/**
 * A + B with tfjs's broadcasting, for the broadcasting debugger: returns the sum's values and
 * shape, or tfjs's own error when the shapes are incompatible (it follows NumPy's rules).
 *
 * Example: broadcastAdd([1, 2, 3, 4, 5, 6], [2, 3], [10, 20], [2, 1]) resolves to
 * { shape: [2, 3], values: [11, 12, 13, 24, 25, 26] }.
 */
import * as tf from "@tensorflow/tfjs-core";

export async function broadcastAdd(
  a: readonly number[],
  aShape: readonly number[],
  b: readonly number[],
  bShape: readonly number[],
): Promise<{ shape: number[]; values: number[] }> {
  const sum = tf.tidy(() =>
    tf.add(
      tf.tensor(a as number[], aShape as number[]),
      tf.tensor(b as number[], bShape as number[]),
    ),
  );
  try {
    return { shape: sum.shape, values: Array.from(await sum.data()) };
  } finally {
    sum.dispose();
  }
}
