import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, expect, test } from "vitest";
import { parseTensorLiteral } from "../../../lib/input/parseTensorLiteral.js";
import {
  makePlaygroundTensor,
  playgroundCode,
  summarizeTensor,
  readPlaygroundSpec,
  type PlaygroundSpec,
} from "../../../lib/tf/playgroundTensor.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

const init = (name: string, shape: number[], value = 5, seed = 1) =>
  ({ kind: "initializer", name, shape, value, seed }) as PlaygroundSpec;

async function summaryOf(spec: PlaygroundSpec) {
  const t = makePlaygroundTensor(spec);
  try {
    return await summarizeTensor(t);
  } finally {
    t.dispose();
  }
}

test("summarizeTensor of the literal [[1, 2], [3, 4], [5, 6]]: rank 2, shape [3, 2], min 1, max 6, mean 3.5", async () => {
  const summary = await summaryOf({
    kind: "literal",
    literal: parseTensorLiteral("[[1, 2], [3, 4], [5, 6]]"),
  });
  expect(summary).toEqual({
    rank: 2,
    shape: [3, 2],
    size: 6,
    dtype: "int32",
    min: 1,
    max: 6,
    mean: 3.5,
    values: [1, 2, 3, 4, 5, 6],
  });
});

test("summarizeTensor of a scalar literal '7': rank 0, shape [], size 1", async () => {
  const summary = await summaryOf({ kind: "literal", literal: parseTensorLiteral("7") });
  expect(summary).toMatchObject({ rank: 0, shape: [], size: 1, min: 7, max: 7, mean: 7 });
});

test("summarizeTensor of zeros([2, 0]) has no min, max or mean (null, not NaN)", async () => {
  expect(await summaryOf(init("zeros", [2, 0]))).toMatchObject({
    size: 0,
    min: null,
    max: null,
    mean: null,
    values: [],
  });
});

test("makePlaygroundTensor: ones([2, 3, 4]) has 24 ones of dtype float32", async () => {
  const summary = await summaryOf(init("ones", [2, 3, 4]));
  expect(summary).toMatchObject({ rank: 3, size: 24, dtype: "float32", min: 1, max: 1, mean: 1 });
});

test("makePlaygroundTensor: fill with 5 is int32, fill with 2.5 is float32", async () => {
  expect((await summaryOf(init("fill", [2], 5))).dtype).toBe("int32");
  expect((await summaryOf(init("fill", [2], 2.5))).values).toEqual([2.5, 2.5]);
});

test("makePlaygroundTensor: range on [2, 3] is 0…5 reshaped, int32", async () => {
  expect(await summaryOf(init("range", [2, 3]))).toMatchObject({
    values: [0, 1, 2, 3, 4, 5],
    dtype: "int32",
    mean: 2.5,
  });
});

test("makePlaygroundTensor: randomUniform repeats with the same seed and changes with another", async () => {
  const a = await summaryOf(init("randomUniform", [4], 0, 11));
  const b = await summaryOf(init("randomUniform", [4], 0, 11));
  const c = await summaryOf(init("randomUniform", [4], 0, 12));
  expect(a.values).toEqual(b.values);
  expect(a.values).not.toEqual(c.values);
  expect(a.values.every((x) => x >= 0 && x < 1)).toBe(true);
});

test("summarizeTensor and makePlaygroundTensor leave no tensor behind", async () => {
  const before = tf.memory().numTensors;
  await summaryOf(init("randomUniform", [3, 3]));
  await summaryOf(init("zeros", [0]));
  expect(tf.memory().numTensors).toBe(before);
});

test("playgroundCode writes the literal for Python (floats keep .0) and tfjs (shape and dtype)", () => {
  expect(playgroundCode({ kind: "literal", literal: parseTensorLiteral("[[1 2.5]]") })).toEqual({
    python: "tf.constant([[1.0, 2.5]])",
    tfjs: 'tf.tensor([[1, 2.5]], [1, 2], "float32")',
  });
});

test("playgroundCode writes each initialiser in both languages", () => {
  expect(playgroundCode(init("randomUniform", [2, 3], 0, 42))).toEqual({
    python: "tf.random.uniform(shape=(2, 3), seed=42)",
    tfjs: 'tf.randomUniform([2, 3], 0, 1, "float32", 42)',
  });
  expect(playgroundCode(init("range", [4]))).toEqual({
    python: "tf.reshape(tf.range(4), (4,))",
    tfjs: 'tf.reshape(tf.range(0, 4, 1, "int32"), [4])',
  });
  expect(playgroundCode(init("fill", [2], 5)).tfjs).toBe('tf.fill([2], 5, "int32")');
});

const inputs = {
  source: "initializer" as const,
  literalText: "[1, 2]",
  shapeText: "2, 3",
  name: "zeros" as const,
  valueText: "5",
  seedText: "1",
};

test("readPlaygroundSpec reads a literal or an initialiser with its shape", () => {
  expect(readPlaygroundSpec({ ...inputs, source: "literal" })).toMatchObject({
    kind: "literal",
    literal: { shape: [2] },
  });
  expect(readPlaygroundSpec(inputs)).toEqual({
    kind: "initializer",
    name: "zeros",
    shape: [2, 3],
    value: 5,
    seed: 1,
  });
});

test("readPlaygroundSpec throws in Spanish: a ragged literal, a big shape, a NaN fill value", () => {
  expect(() =>
    readPlaygroundSpec({ ...inputs, source: "literal", literalText: "[[1], [2, 3]]" }),
  ).toThrow("no es rectangular");
  expect(() => readPlaygroundSpec({ ...inputs, shapeText: "100, 100" })).toThrow(
    "aquí se admiten hasta 4096",
  );
  expect(() => readPlaygroundSpec({ ...inputs, valueText: "cinco" })).toThrow(
    "el valor de fill debe ser un número; «cinco» no lo es",
  );
  expect(() => readPlaygroundSpec({ ...inputs, seedText: "" })).toThrow("falta la semilla");
});
