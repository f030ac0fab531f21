import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, expect, test } from "vitest";
import { applyUfuncs, UFUNCS } from "../../../lib/tf/ufuncs.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

test("applyUfuncs([-1, 0, 2]) gives the lecture's five functions element by element", async () => {
  const before = tf.memory().numTensors;
  const out = await applyUfuncs([-1, 0, 2]);
  expect(out.abs).toEqual([1, 0, 2]);
  expect(out.maximum).toEqual([0, 0, 2]);
  expect(out.square).toEqual([1, 0, 4]);
  expect(out.reciprocal).toEqual([-1, Infinity, 0.5]);
  expect(out.log[0]).toBeNaN();
  expect(out.log[1]).toBe(-Infinity);
  expect(out.log[2]).toBeCloseTo(Math.log(2), 6);
  expect(tf.memory().numTensors).toBe(before);
});

test("UFUNCS lists the lecture's slide in order", () => {
  expect(UFUNCS.map((f) => f.numpy)).toEqual([
    "np.log(v)",
    "np.abs(v)",
    "np.maximum(v, 0)",
    "v ** 2",
    "1/v",
  ]);
});
