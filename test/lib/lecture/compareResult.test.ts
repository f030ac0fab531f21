import { expect, test } from "vitest";
import { compareResult } from "../../../lib/lecture/compareResult.js";

test("compareResult: equal values, shape and dtype → ok", () => {
  expect(
    compareResult(
      {
        source: "clase",
        value: [
          [19, 22],
          [43, 50],
        ],
        shape: [2, 2],
        dtype: "int32",
      },
      {
        value: [
          [19, 22],
          [43, 50],
        ],
        shape: [2, 2],
        dtype: "int32",
        type: "tf.Tensor",
      },
    ),
  ).toEqual({ ok: true, differences: [] });
});

test("compareResult: float32 rounding within the 1e-6 relative tolerance is equal", () => {
  expect(
    compareResult({ source: "clase", value: 0.3 }, { value: 0.30000001192092896, type: "number" })
      .ok,
  ).toBe(true);
});

test("compareResult: dtype float64 expected, float32 observed → one dtype difference", () => {
  expect(
    compareResult(
      { source: "tensorflow", value: [5, 6], dtype: "float64" },
      { value: [5, 6], dtype: "float32", type: "tf.Tensor" },
    ),
  ).toEqual({
    ok: false,
    differences: [{ field: "dtype", expected: "float64", actual: "float32" }],
  });
});

test("compareResult: a flat [1, 2, 3, 4] against [[1, 2], [3, 4]] differs in value and shape", () => {
  const { differences } = compareResult(
    {
      source: "tensorflow",
      value: [
        [1, 2],
        [3, 4],
      ],
      shape: [2, 2],
    },
    { value: [1, 2, 3, 4], shape: [4], type: "Float32Array" },
  );
  expect(differences.map((d) => d.field)).toEqual(["valor", "forma"]);
});

test("compareResult: random values are only checked against the range [0, 1)", () => {
  const expected = { source: "tensorflow" as const, range: [0, 1] as [number, number] };
  expect(compareResult(expected, { value: [0.2, 0.9], type: "tf.Tensor" }).ok).toBe(true);
  expect(compareResult(expected, { value: [0.2, 1], type: "tf.Tensor" }).differences).toEqual([
    { field: "valor", expected: "valores en [0, 1)", actual: "1" },
  ]);
});

test("compareResult: type is compared only when the expected result states it", () => {
  expect(compareResult({ source: "clase", value: 4 }, { value: 4, type: "number" }).ok).toBe(true);
  expect(
    compareResult({ source: "clase", type: "EagerTensor" }, { value: "x", type: "tf.Tensor" })
      .differences,
  ).toEqual([{ field: "tipo", expected: "EagerTensor", actual: "tf.Tensor" }]);
});

test("compareResult: a missing observed dtype is reported as 'sin dtype'", () => {
  expect(
    compareResult({ source: "clase", dtype: "int32" }, { value: 1, type: "number" }).differences,
  ).toEqual([{ field: "dtype", expected: "int32", actual: "sin dtype" }]);
});
