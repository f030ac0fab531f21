/**
 * TensorFlow.js's honest counterpart of Python's `v[0, 1].assign(99)`: tfjs has no
 * assignment to one element, so compute the whole new tensor with tf.tensorScatterUpdate
 * (TensorFlow's tf.tensor_scatter_nd_update) and assign it to the variable. The variable
 * keeps its identity (same id and name); only its data changes.
 */
import * as tf from "@tensorflow/tfjs-core";

/** Sets v[index] = value; index must already be checked and non-negative (lib/parseAssignment.ts). */
export function assignElement(v: tf.Variable, index: readonly number[], value: number): void {
  tf.tidy(() => {
    const update = tf.tensor([value], [1], v.dtype);
    v.assign(tf.tensorScatterUpdate(v, [[...index]], update));
  });
}

/** The tfjs code assignElement runs, for the page: `v.assign(tf.tensorScatterUpdate(v, [[0, 1]], …))`. */
export function assignElementCode(
  name: string,
  index: readonly number[],
  value: number,
  dtype: string,
): string {
  return `${name}.assign(tf.tensorScatterUpdate(${name}, [[${index.join(", ")}]], tf.tensor([${value}], [1], "${dtype}")));`;
}
