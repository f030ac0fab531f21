/**
 * Compares what Python (NumPy/TensorFlow) gives for a lecture example with what
 * TensorFlow.js computed in the browser, field by field, so the page can flag every
 * difference instead of hiding it.
 */

/** A plain (JSON-like) value: what `array()`, `data()`, `.shape` or `.dtype` give back. */
export type PlainValue = number | string | boolean | PlainValue[];

/** What the Python side gives, as the lecture (or TensorFlow's documentation) states it. */
export interface ExpectedResult {
  /** "clase": the lecture's slide says it; "tensorflow": what TF 2.x prints (the slide shows no result). */
  source: "clase" | "tensorflow";
  value?: PlainValue;
  /** Random values: not compared one by one, only required to lie in [low, high). */
  range?: [number, number];
  shape?: number[];
  dtype?: string;
  /** The Python class, only where the example is about it (e.g. `type(t)`). */
  type?: string;
  /** The result text exactly as on the slide, when it has one. */
  lecture?: string;
  /** The value exactly as Python shows it, when that says more than the bare values (not compared). */
  display?: string;
}

/** What TensorFlow.js gave, read back into plain values. */
export interface ObservedResult {
  value: PlainValue;
  shape?: number[];
  dtype?: string;
  /** "tf.Tensor", "tf.Variable", "Array", "Float32Array", "number", "string", … */
  type: string;
}

export type ResultField = "valor" | "forma" | "dtype" | "tipo";

export interface FieldDifference {
  field: ResultField;
  expected: string;
  actual: string;
}

export interface Comparison {
  ok: boolean;
  differences: FieldDifference[];
}

/**
 * Compares every field the expected result states: the value (numbers equal within a
 * relative `tolerance`, 1e-6 by default, since tfjs computes in float32), or, for random
 * values, that each lies in `range`; the shape; the dtype; the Python class. Fields the
 * expected result leaves out are not compared.
 *
 * Example: compareResult({source: "clase", value: [4, 6]}, {value: [4, 6], type: "tf.Tensor",
 * dtype: "float32"}) = {ok: true, differences: []}; with dtype "float64" expected and
 * "float32" observed, differences = [{field: "dtype", expected: "float64", actual: "float32"}].
 */
export function compareResult(
  expected: ExpectedResult,
  observed: ObservedResult,
  { tolerance = 1e-6 } = {},
): Comparison {
  const differences: FieldDifference[] = [];
  if (expected.value !== undefined && !sameValue(expected.value, observed.value, tolerance)) {
    differences.push({
      field: "valor",
      expected: JSON.stringify(expected.value),
      actual: JSON.stringify(observed.value),
    });
  }
  if (expected.range) {
    const [low, high] = expected.range;
    const outside = leaves(observed.value).find(
      (x) => typeof x !== "number" || !(x >= low && x < high),
    );
    if (outside !== undefined) {
      differences.push({
        field: "valor",
        expected: `valores en [${low}, ${high})`,
        actual: String(outside),
      });
    }
  }
  if (expected.shape && !sameValue(expected.shape, observed.shape ?? null, 0)) {
    differences.push({
      field: "forma",
      expected: JSON.stringify(expected.shape),
      actual: observed.shape ? JSON.stringify(observed.shape) : "sin forma",
    });
  }
  if (expected.dtype && expected.dtype !== observed.dtype) {
    differences.push({
      field: "dtype",
      expected: expected.dtype,
      actual: observed.dtype ?? "sin dtype",
    });
  }
  if (expected.type && expected.type !== observed.type) {
    differences.push({ field: "tipo", expected: expected.type, actual: observed.type });
  }
  return { ok: differences.length === 0, differences };
}

function sameValue(a: PlainValue | null, b: PlainValue | null, tolerance: number): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, i) => sameValue(x, b[i], tolerance))
    );
  }
  if (typeof a === "number" && typeof b === "number") {
    return a === b || Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
  }
  return a === b;
}

function leaves(value: PlainValue): PlainValue[] {
  return Array.isArray(value) ? value.flatMap(leaves) : [value];
}
