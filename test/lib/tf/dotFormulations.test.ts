import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, expect, test } from "vitest";
import { dotCompensated } from "../../../lib/math/tensors/dot.js";
import {
  blockShape,
  DOT_FORMULATIONS,
  FASTEST_FORMULATION,
  vectorizedFormulation,
} from "../../../lib/tf/dotFormulations.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

const u = Float32Array.from({ length: 1800 }, (_, i) => ((i * 37) % 101) / 101);
const v = Float32Array.from({ length: 1800 }, (_, i) => ((i * 53) % 97) / 97);

test.each(Object.values(DOT_FORMULATIONS))("$code gives the float64 dot within 1e-6", async (f) => {
  const before = tf.memory().numTensors;
  const [U, V] = [tf.tensor1d(u), tf.tensor1d(v)];
  const w = tf.tidy(() => f.compute(U, V));
  const [value] = await w.data();
  tf.dispose([U, V, w]);
  expect(Math.abs(value - dotCompensated(u, v)) / dotCompensated(u, v)).toBeLessThan(1e-6);
  expect(tf.memory().numTensors).toBe(before);
});

test("DOT_FORMULATIONS of [1, 2, 3]·[4, 5, 6] are all 32", async () => {
  const [U, V] = [tf.tensor1d([1, 2, 3]), tf.tensor1d([4, 5, 6])];
  for (const f of Object.values(DOT_FORMULATIONS)) {
    const w = tf.tidy(() => f.compute(U, V));
    expect((await w.data())[0]).toBe(32);
    w.dispose();
  }
  tf.dispose([U, V]);
});

test("blockShape(n) is the divisor pair closest to √n: 10^6 → [1000, 1000], 1800 → [40, 45], 7 → [1, 7]", () => {
  expect(blockShape(1_000_000)).toEqual([1000, 1000]);
  expect(blockShape(1800)).toEqual([40, 45]);
  expect(blockShape(7)).toEqual([1, 7]);
  expect(blockShape(100_000_000)).toEqual([10_000, 10_000]);
});

test("FASTEST_FORMULATION names a formulation for each of the four backends", () => {
  expect(Object.keys(FASTEST_FORMULATION).sort()).toEqual(["cpu", "wasm", "webgl", "webgpu"]);
  expect(vectorizedFormulation("wasm").id).toBe("blockedSum");
  expect(vectorizedFormulation("webgl").code).toBe("tf.sum(tf.mul(u, v))");
  expect(vectorizedFormulation("tpu").id).toBe("sumMul");
});
