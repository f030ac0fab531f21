import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, expect, test } from "vitest";
import { divideRows } from "../../../lib/math/tensors/divideRows.js";
import { divideRowsTf } from "../../../lib/tf/divideRowsTf.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

// The lecture's table, kilocalories per 100 g; rows carbohydrates, proteins, fats.
const kcal = [
  [56.0, 0.0, 4.4, 68.0],
  [1.2, 104.0, 52.0, 8.0],
  [1.8, 135.0, 99.0, 0.9],
];

test("divideRowsTf([[2, 4], [9, 3]], [2, 3]) = values [[1, 2], [3, 1]], totals [4, 3]", async () => {
  const result = await divideRowsTf(
    [
      [2, 4],
      [9, 3],
    ],
    [2, 3],
  );
  expect(result.values).toEqual([
    [1, 2],
    [3, 1],
  ]);
  expect(result.totals).toEqual([4, 3]);
});

test("divideRowsTf(kcal, [4, 4, 9]) matches divideRows in float32 and leaves no tensor", async () => {
  const before = tf.memory().numTensors;
  const { values, totals } = await divideRowsTf(kcal, [4, 4, 9]);
  const expected = divideRows(kcal, [4, 4, 9]);
  values.forEach((row, i) => row.forEach((x, j) => expect(x).toBeCloseTo(expected[i][j], 5)));
  // Beef: 104 / 4 + 135 / 9 = 26 + 15 = 41 g of the three nutrients in 100 g.
  expect(totals[1]).toBeCloseTo(41, 5);
  expect(tf.memory().numTensors).toBe(before);
});

test("divideRowsTf refuses a divisor count that does not match the rows, before any tfjs work", async () => {
  const before = tf.memory().numTensors;
  await expect(divideRowsTf(kcal, [4, 9])).rejects.toThrow(
    new RangeError("divideRows: hay 2 divisores para 3 filas; se necesita uno por fila"),
  );
  expect(tf.memory().numTensors).toBe(before);
});
