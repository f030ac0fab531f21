import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { afterAll, beforeAll, expect, test } from "vitest";
import { runIndexExpression } from "../../../lib/tf/runIndexExpression.js";

let t: tf.Tensor;
beforeAll(async () => {
  await tf.setBackend("cpu");
  t = tf.reshape(tf.range(0, 24, 1, "int32"), [2, 3, 4]);
});
afterAll(() => t.dispose());

test("runIndexExpression(t, 't[0, 1:3, ::2]') computes [[4, 6], [8, 10]] and writes it three ways", async () => {
  const outcome = await runIndexExpression(t, "t[0, 1:3, ::2]");
  expect(outcome).toMatchObject({
    values: [4, 6, 8, 10],
    shape: [2, 2],
    dtype: "int32",
    agreesWithNumpy: true,
    code: {
      numpy: "t[0, 1:3, ::2]",
      tensorflow: "t[0, 1:3, ::2]",
      tfjs: "tf.squeeze(tf.stridedSlice(t, [0, 1, 0], [1, 3, 3], [1, 1, 2]), [0])",
    },
  });
});

test("runIndexExpression(t, 't[[0, 2]]') rejects with NumPy's IndexError in Spanish", async () => {
  await expect(runIndexExpression(t, "t[[0, 2]]")).rejects.toThrow(
    "índice 2 fuera de rango para el eje 0 de tamaño 2",
  );
});

test("runIndexExpression leaves no tensor behind", async () => {
  const before = tf.memory().numTensors;
  await runIndexExpression(t, "t[:, [2, 0], ::-1]");
  expect(tf.memory().numTensors).toBe(before);
});
