import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, expect, test } from "vitest";
import { timeMatmul } from "../../../lib/tf/timeMatmul.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

test("timeMatmul(8, {repeats: 3}) reports the backend, 3 runs and their median, and frees its tensors", async () => {
  const before = tf.memory().numTensors;
  const timing = await timeMatmul(8, { repeats: 3, seed: 1 });
  expect(timing.backend).toBe("cpu");
  expect(timing.n).toBe(8);
  expect(timing.runs).toHaveLength(3);
  expect([...timing.runs].sort((a, b) => a - b)[1]).toBe(timing.ms);
  expect(tf.memory().numTensors).toBe(before);
});

test("timeMatmul(0) throws: n must be an integer ≥ 1", async () => {
  await expect(timeMatmul(0)).rejects.toThrow("n = 0 no es un entero ≥ 1");
});
