/**
 * Runs an index plan (lib/math/tensors/selectIndex.ts) with TensorFlow.js: the tfjs way to write
 * NumPy's `t[...]`, since tfjs tensors have no `[]` indexing. Call it inside tf.tidy.
 */
import * as tf from "@tensorflow/tfjs-core";
import type { IndexPlan } from "../math/tensors/selectIndex.js";

export function applyIndexPlan(x: tf.Tensor, plan: IndexPlan): tf.Tensor {
  let result = x;
  if (plan.slice) result = tf.slice(result, plan.slice.begin, plan.slice.size);
  if (plan.stridedSlice) {
    const { begin, end, strides, endMask } = plan.stridedSlice;
    result = tf.stridedSlice(result, begin, end, strides, 0, endMask);
  }
  if (plan.squeeze.length > 0) result = tf.squeeze(result, plan.squeeze);
  if (plan.gather) result = tf.gather(result, plan.gather.indices, plan.gather.axis);
  if (plan.transpose) result = tf.transpose(result, plan.transpose);
  return result;
}

/** Applies the plans of every subscript in turn (`t[0][1:]` has two). */
export function applyIndexPlans(x: tf.Tensor, plans: readonly IndexPlan[]): tf.Tensor {
  return plans.reduce(applyIndexPlan, x);
}
