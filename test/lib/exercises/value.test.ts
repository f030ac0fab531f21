import { expect, test } from "vitest";
import {
  describeValue,
  isTensorLike,
  MAX_NODES,
  MAX_STRING_LENGTH,
  MAX_TENSOR_VALUES,
  MAX_TOTAL_CHARS,
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

test("toValue cuts a huge string and says how long it was (issue 25: 'x'.repeat(1e8))", () => {
  const v = toValue("x".repeat(1e8));
  expect(v).toEqual({ kind: "string", value: "x".repeat(MAX_STRING_LENGTH), length: 1e8 });
});

test("toValue caps many strings together: 1,000 strings of 100 KB keep 100,000 characters", () => {
  const v = toValue(Array.from({ length: 1000 }, () => "y".repeat(1e5)));
  if (v.kind !== "array") throw new Error(v.kind);
  const chars = v.items.reduce(
    (s, item) => s + (item.kind === "string" ? item.value.length : 0),
    0,
  );
  expect(chars).toBe(MAX_TOTAL_CHARS);
  expect(v.items.every((item) => item.kind === "string" && item.length === 1e5)).toBe(true);
  expect(v.length).toBe(1000);
});

test("toValue never throws: a Proxy whose traps throw and a getter that throws say so", () => {
  const trap = () => {
    throw new Error("trampa");
  };
  expect(toValue(new Proxy({}, { ownKeys: trap, get: trap, getPrototypeOf: trap }))).toEqual({
    kind: "other",
    text: "(un valor que no se pudo leer: Error: trampa)",
  });
  const getter = toValue({
    a: 1,
    get b() {
      throw new RangeError("no");
    },
  });
  expect(getter).toEqual({
    kind: "object",
    entries: [
      ["a", { kind: "number", value: 1 }],
      ["b", { kind: "other", text: "(un valor que no se pudo leer: RangeError: no)" }],
    ],
    truncated: false,
  });
  const revocable = Proxy.revocable([], {});
  revocable.revoke();
  expect(toValue(revocable.proxy)).toMatchObject({ kind: "other" });
});

test("toValue bounds the total number of values of deeply nested, wide data", () => {
  let wide: unknown = 1;
  for (let i = 0; i < 8; i++) wide = Array.from({ length: 1000 }, () => wide);
  let count = 0;
  const walk = (v: ReturnType<typeof toValue>): void => {
    count++;
    if (v.kind === "array") v.items.forEach(walk);
  };
  walk(toValue(wide));
  expect(count).toBeLessThanOrEqual(MAX_NODES + 1);
});
