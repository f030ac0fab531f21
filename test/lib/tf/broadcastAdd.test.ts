import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, expect, test } from "vitest";
import { broadcastAdd } from "../../../lib/tf/broadcastAdd.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

const v = [1, 2, 3, 4, 5, 6];

test("broadcastAdd: (2,3) + (1,3) = [[11, 22, 33], [14, 25, 36]], the lecture's slide", async () => {
  expect(await broadcastAdd(v, [2, 3], [10, 20, 30], [1, 3])).toEqual({
    shape: [2, 3],
    values: [11, 22, 33, 14, 25, 36],
  });
});

test("broadcastAdd: (2,3) + (2,1) = [[11, 12, 13], [24, 25, 26]]", async () => {
  expect(await broadcastAdd(v, [2, 3], [10, 20], [2, 1])).toEqual({
    shape: [2, 3],
    values: [11, 12, 13, 24, 25, 26],
  });
});

test("broadcastAdd: (4,) + () adds 100 to every element", async () => {
  expect(await broadcastAdd([1, 2, 3, 4], [4], [100], [])).toEqual({
    shape: [4],
    values: [101, 102, 103, 104],
  });
});

test("broadcastAdd: (2,3) + (2,) is refused by tfjs too, and leaks nothing", async () => {
  const before = tf.memory().numTensors;
  await expect(broadcastAdd(v, [2, 3], [10, 20], [2])).rejects.toThrow(/broadcast/i);
  expect(tf.memory().numTensors).toBe(before);
});
