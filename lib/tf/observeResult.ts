/**
 * Reads any result of a TensorFlow.js snippet back into plain values, for display and for
 * compareResult (lib/lecture/compareResult.ts): a tensor's values, shape and dtype; a JavaScript
 * array's nesting as its shape; a typed array as a flat list with its element type.
 */
import * as tf from "@tensorflow/tfjs-core";
import type { ObservedResult, PlainValue } from "../lecture/compareResult.js";

/** Observes a result; tensors (variables included) are read with the async array() and disposed. */
export async function observeResult(result: unknown): Promise<ObservedResult> {
  if (result instanceof tf.Tensor) {
    try {
      return {
        value: (await result.array()) as PlainValue,
        shape: [...result.shape],
        dtype: result.dtype,
        type: result instanceof tf.Variable ? "tf.Variable" : "tf.Tensor",
      };
    } finally {
      result.dispose();
    }
  }
  if (result instanceof Float32Array || result instanceof Int32Array) {
    return {
      value: Array.from(result),
      shape: [result.length],
      dtype: result instanceof Float32Array ? "float32" : "int32",
      type: result instanceof Float32Array ? "Float32Array" : "Int32Array",
    };
  }
  if (Array.isArray(result)) {
    return { value: result as PlainValue, shape: nestedShape(result), type: "Array" };
  }
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean") {
    return { value: result, type: typeof result };
  }
  throw new TypeError(`observeResult: no sé mostrar un resultado de tipo ${typeof result}`);
}

/** The shape of a nested array, following first elements: [[1, 2], [3, 4]] → [2, 2]. */
export function nestedShape(value: unknown): number[] {
  const shape: number[] = [];
  let current = value;
  while (Array.isArray(current)) {
    shape.push(current.length);
    current = current[0];
  }
  return shape;
}
