import type { Exact, Expected, Mistake, Tolerance } from "./compare.js";
import type { Value } from "./value.js";

/** A nested array of numbers, as written in a tensor literal: [[1, 2], [3, 4]]. */
export type Nested = number | readonly Nested[];

interface Options {
  tolerance?: Tolerance;
  mistakes?: readonly Mistake[];
}

/** Expects a number (a scalar tensor is accepted too): expectNumber(0.48). */
export function expectNumber(value: number, options: Options = {}): Expected {
  return { kind: "number", value, ...options };
}

/**
 * Expects a tensor with the shape and values of a nested array:
 * expectTensor([[1, 2], [3, 4]], { dtype: "int32" }) expects shape [2, 2], values [1, 2, 3, 4].
 * Throws a RangeError for a ragged array.
 */
export function expectTensor(nested: Nested, options: Options & { dtype?: string } = {}): Expected {
  return { kind: "tensor", shape: shapeOf(nested), values: flatten(nested), ...options };
}

/** Expects an object with (at least) these fields: expectRecord({ pq: expectNumber(…) }). */
export function expectRecord(fields: Record<string, Expected>): Expected {
  return { kind: "record", fields };
}

/** Expects a JavaScript array whose items match one by one. */
export function expectList(items: readonly Expected[]): Expected {
  return { kind: "list", items };
}

/** Expects exactly this JSON-like value, e.g. a shape written as an array: expectExact([2, 3]). */
export function expectExact(value: Exact): Expected {
  return { kind: "exact", value };
}

/**
 * What a reference solution returned, as an expectation: how an exercise declared with only
 * a solution is checked. Tensors keep their dtype; numbers and tensors get `tolerance`.
 * Returns null for a value that cannot be compared (a function, undefined…).
 */
export function expectedFromValue(v: Value, tolerance?: Tolerance): Expected | null {
  const options = tolerance ? { tolerance } : {};
  switch (v.kind) {
    case "number":
      return { kind: "number", value: v.value, ...options };
    case "tensor":
      if (v.truncated || v.values.some((x) => typeof x !== "number")) return null;
      return {
        kind: "tensor",
        shape: v.shape,
        values: v.values as number[],
        dtype: v.dtype,
        ...options,
      };
    case "string":
    case "boolean":
      return { kind: "exact", value: v.value };
    case "null":
      return { kind: "exact", value: null };
    case "array": {
      const items = v.items.map((item) => expectedFromValue(item, tolerance));
      return items.every((item) => item !== null)
        ? { kind: "list", items: items as Expected[] }
        : null;
    }
    case "object": {
      const fields: Record<string, Expected> = {};
      for (const [key, value] of v.entries) {
        const field = expectedFromValue(value, tolerance);
        if (field === null) return null;
        fields[key] = field;
      }
      return { kind: "record", fields };
    }
    default:
      return null;
  }
}

/** The shape of a nested array: shapeOf([[1, 2, 3], [4, 5, 6]]) = [2, 3]; shapeOf(7) = []. */
export function shapeOf(nested: Nested): number[] {
  if (typeof nested === "number") return [];
  const inner = nested.map(shapeOf);
  inner.forEach((s, i) => {
    if (s.join() !== inner[0].join()) {
      throw new RangeError(
        `expectTensor: el arreglo es irregular: el elemento ${i} tiene forma [${s}] y el 0 tiene [${inner[0]}]`,
      );
    }
  });
  return [nested.length, ...(inner[0] ?? [])];
}

/** Row-major values of a nested array: flatten([[1, 2], [3, 4]]) = [1, 2, 3, 4]. */
export function flatten(nested: Nested): number[] {
  return typeof nested === "number" ? [nested] : nested.flatMap(flatten);
}

/** The nested array of a shape from row-major values: unflatten([1, 2, 3, 4], [2, 2]) = [[1, 2], [3, 4]]. */
export function unflatten(values: readonly number[], shape: readonly number[]): Nested {
  if (shape.length === 0) return values[0];
  const [n, ...rest] = shape;
  const step = rest.reduce((a, b) => a * b, 1);
  return Array.from({ length: n }, (_, i) =>
    unflatten(values.slice(i * step, (i + 1) * step), rest),
  );
}
