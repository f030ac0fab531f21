import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, expect, test } from "vitest";
import { dotCompensated } from "../../../lib/math/tensors/dot.js";
import { RaceCancelled, timeTask } from "../../../lib/race/raceProtocol.js";
import { elementLoopTask, jsLoopTask, vectorizedTask } from "../../../lib/tf/dotContenders.js";
import { DOT_FORMULATIONS } from "../../../lib/tf/dotFormulations.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

const u = Float32Array.from({ length: 1000 }, (_, i) => (i % 7) / 7);
const v = Float32Array.from({ length: 1000 }, (_, i) => (i % 5) / 5);
const clock = { now: () => performance.now() };

test("vectorizedTask under the protocol: every run reads back the dot, and nothing leaks", async () => {
  const before = tf.memory().numTensors;
  const result = await timeTask(vectorizedTask(u, v, DOT_FORMULATIONS.sumMul), {
    clock,
    warmup: 1,
    runs: 3,
  });
  expect(result.values).toHaveLength(3);
  for (const w of result.values) expect(w).toBeCloseTo(dotCompensated(u, v), 3);
  expect(result.spread).toBe(0);
  expect(tf.memory().numTensors).toBe(before);
});

test("elementLoopTask(u, v, count) adds up the first count products, chunk by chunk, without leaks", async () => {
  const before = tf.memory().numTensors;
  let pauses = 0;
  const task = elementLoopTask(u, v, 120, {
    chunk: 50,
    pause: async () => {
      pauses++;
    },
  });
  const w = await task.compute(task.prepare() as null);
  expect((await w.data())[0]).toBeCloseTo(dotCompensated(u, v, 0, 120), 4);
  w.dispose?.();
  expect(pauses).toBe(2);
  expect(tf.memory().numTensors).toBe(before);
});

test("elementLoopTask stops between chunks with RaceCancelled and frees its accumulator", async () => {
  const before = tf.memory().numTensors;
  const controller = new AbortController();
  const task = elementLoopTask(u, v, 200, {
    chunk: 50,
    signal: controller.signal,
    pause: async () => controller.abort(),
  });
  await expect(Promise.resolve(task.compute(null))).rejects.toBeInstanceOf(RaceCancelled);
  expect(tf.memory().numTensors).toBe(before);
});

test("jsLoopTask computes w = Σ uᵢvᵢ in plain JavaScript", async () => {
  const task = jsLoopTask(u, v);
  const w = await task.compute(null);
  expect((await w.data())[0]).toBeCloseTo(dotCompensated(u, v), 10);
});
