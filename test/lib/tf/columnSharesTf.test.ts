import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, expect, test } from "vitest";
import { columnShares } from "../../../lib/math/tensors/columnShares.js";
import { columnSharesTf } from "../../../lib/tf/columnSharesTf.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

const nutrition = [
  [56.0, 0.0, 4.4, 68.0],
  [1.2, 104.0, 52.0, 8.0],
  [1.8, 135.0, 99.0, 0.9],
];

test("columnSharesTf([[1, 3], [1, 1]]) = shares [[0.5, 0.75], [0.5, 0.25]], totals [2, 4]", async () => {
  const result = await columnSharesTf([
    [1, 3],
    [1, 1],
  ]);
  expect(result.shares).toEqual([
    [0.5, 0.75],
    [0.5, 0.25],
  ]);
  expect(result.totals).toEqual([2, 4]);
});

test("columnSharesTf(nutrition) matches the float64 columnShares within float32 precision", async () => {
  const before = tf.memory().numTensors;
  const { shares, totals } = await columnSharesTf(nutrition);
  const expected = columnShares(nutrition);
  shares.forEach((row, i) => row.forEach((x, j) => expect(x).toBeCloseTo(expected[i][j], 6)));
  expect(totals.map((t) => Math.round(t * 10) / 10)).toEqual([59, 239, 155.4, 76.9]);
  expect(tf.memory().numTensors).toBe(before);
});
