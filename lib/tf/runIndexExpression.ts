/**
 * Evaluates a NumPy-style index expression on a tfjs tensor: parses it, works out with
 * NumPy's rules what it selects (lib/math/tensors/selectIndex.ts), computes it with tfjs
 * (lib/tf/applyIndexPlan.ts), reads the result back and writes the expression in NumPy,
 * TensorFlow and TensorFlow.js. Throws the Spanish TensorInputError of a bad index.
 */
import * as tf from "@tensorflow/tfjs-core";
import { indexCode, type IndexCode } from "../format/indexCode.js";
import { parseIndex } from "../input/parseIndex.js";
import { selectIndex, type Selection } from "../math/tensors/selectIndex.js";
import { applyIndexPlans } from "./applyIndexPlan.js";

export interface IndexOutcome {
  selection: Selection;
  code: IndexCode;
  /** What tfjs computed, row-major, with its shape and dtype. */
  values: number[];
  shape: number[];
  dtype: string;
  /** True when tfjs picked exactly the elements NumPy's rules pick (values = flat positions of range(n)). */
  agreesWithNumpy: boolean;
}

/** `base` must hold 0, 1, 2, … (tf.range reshaped) for agreesWithNumpy to mean anything. */
export async function runIndexExpression(base: tf.Tensor, text: string): Promise<IndexOutcome> {
  const { name, subscripts } = parseIndex(text);
  const selection = selectIndex(base.shape, subscripts);
  const result = tf.tidy(() =>
    applyIndexPlans(
      base,
      selection.steps.map((step) => step.plan),
    ),
  );
  try {
    const values = Array.from(await result.data()) as number[];
    return {
      selection,
      code: indexCode(name, selection.steps),
      values,
      shape: [...result.shape],
      dtype: result.dtype,
      agreesWithNumpy:
        values.length === selection.flat.length && values.every((v, i) => v === selection.flat[i]),
    };
  } finally {
    result.dispose();
  }
}
