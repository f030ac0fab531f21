import { expect, test } from "vitest";
import {
  expectedFromValue,
  expectTensor,
  flatten,
  shapeOf,
} from "../../../lib/exercises/expect.js";
import { toValue } from "../../../lib/exercises/value.js";
import { tf } from "./sandbox.js";

test("shapeOf and flatten read a nested array: [[1, 2, 3], [4, 5, 6]] is [2, 3]", () => {
  expect(
    shapeOf([
      [1, 2, 3],
      [4, 5, 6],
    ]),
  ).toEqual([2, 3]);
  expect(shapeOf(7)).toEqual([]);
  expect(
    flatten([
      [1, 2],
      [3, 4],
    ]),
  ).toEqual([1, 2, 3, 4]);
});

test("expectTensor refuses a ragged array, naming the shapes", () => {
  expect(() => expectTensor([[1, 2], [3]])).toThrow(
    "el elemento 1 tiene forma [1] y el 0 tiene [2]",
  );
});

test("expectedFromValue turns a solution's result into an expectation", () => {
  const tolerance = { rtol: 1e-3, atol: 0 };
  expect(
    expectedFromValue(toValue({ w: tf.tensor([1, 2], undefined, "int32"), n: 3 }), tolerance),
  ).toEqual({
    kind: "record",
    fields: {
      w: { kind: "tensor", shape: [2], values: [1, 2], dtype: "int32", tolerance },
      n: { kind: "number", value: 3, tolerance },
    },
  });
  expect(expectedFromValue(toValue([null, "a"]))).toEqual({
    kind: "list",
    items: [
      { kind: "exact", value: null },
      { kind: "exact", value: "a" },
    ],
  });
  expect(expectedFromValue(toValue(() => 1))).toBeNull();
});
