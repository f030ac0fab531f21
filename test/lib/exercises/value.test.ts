import { expect, test } from "vitest";
import {
  describeValue,
  isTensorLike,
  MAX_TENSOR_VALUES,
  summaryIndices,
  toValue,
} from "../../../lib/exercises/value.js";
import { tf } from "./sandbox.js";

test("toValue(tensor) keeps shape, dtype and row-major values", () => {
  expect(
    toValue(
      tf.tensor(
        [
          [1, 2],
          [3, 4],
        ],
        undefined,
        "int32",
      ),
    ),
  ).toEqual({
    kind: "tensor",
    shape: [2, 2],
    dtype: "int32",
    values: [1, 2, 3, 4],
    size: 4,
    truncated: false,
  });
});

test("toValue keeps the first MAX_TENSOR_VALUES values of a huge tensor, plus what its summary shows", () => {
  const v = toValue(tf.range(0, MAX_TENSOR_VALUES + 5));
  expect(v).toMatchObject({ kind: "tensor", size: MAX_TENSOR_VALUES + 5, truncated: true });
  expect(v.kind === "tensor" && v.values.length).toBe(MAX_TENSOR_VALUES);
  expect(v.kind === "tensor" && v.sample).toEqual([
    [MAX_TENSOR_VALUES + 2, MAX_TENSOR_VALUES + 2],
    [MAX_TENSOR_VALUES + 3, MAX_TENSOR_VALUES + 3],
    [MAX_TENSOR_VALUES + 4, MAX_TENSOR_VALUES + 4],
  ]);
});

test("summaryIndices: the first and last 3 along every long axis of a large tensor", () => {
  expect(summaryIndices([2, 3])).toEqual([0, 1, 2, 3, 4, 5]);
  expect(summaryIndices([2000])).toEqual([0, 1, 2, 1997, 1998, 1999]);
  expect(summaryIndices([100, 100]).length).toBe(36);
  expect(summaryIndices([100, 100]).slice(0, 7)).toEqual([0, 1, 2, 97, 98, 99, 100]);
});

test("toValue of a disposed tensor says it was disposed", () => {
  const t = tf.ones([2]);
  t.dispose();
  expect(toValue(t)).toEqual({
    kind: "other",
    text: "(un tensor de forma [2] ya liberado con dispose)",
  });
});

test("toValue of plain values, nested objects, typed arrays, cycles and promises", () => {
  expect(toValue(undefined)).toEqual({ kind: "undefined" });
  expect(toValue(3)).toEqual({ kind: "number", value: 3 });
  expect(toValue(new Float32Array([1, 2]))).toMatchObject({ kind: "array", length: 2 });
  expect(toValue({ a: [1] })).toEqual({
    kind: "object",
    entries: [
      ["a", { kind: "array", items: [{ kind: "number", value: 1 }], length: 1, truncated: false }],
    ],
    truncated: false,
  });
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  expect(toValue(cycle)).toEqual({
    kind: "object",
    entries: [["self", { kind: "other", text: "(referencia circular)" }]],
    truncated: false,
  });
  expect(toValue(Promise.resolve(1))).toMatchObject({
    kind: "other",
    text: expect.stringContaining("await"),
  });
  expect(toValue(() => 1)).toMatchObject({ kind: "function" });
});

test("isTensorLike recognises tensors by shape, dtype and dataSync", () => {
  expect(isTensorLike(tf.scalar(1))).toBe(true);
  expect(isTensorLike({ shape: [1], dtype: "float32" })).toBe(false);
  expect(isTensorLike([1, 2])).toBe(false);
});

test("describeValue names a value's kind in Spanish", () => {
  expect(describeValue(toValue(tf.ones([2, 3])))).toBe("un tensor de forma [2, 3]");
  expect(describeValue(toValue([1, 2]))).toBe("un arreglo de JavaScript de 2 elementos");
  expect(describeValue(toValue(undefined))).toBe("nada (undefined)");
});
