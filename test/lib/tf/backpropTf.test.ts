import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, expect, test } from "vitest";
import { backpropGraph } from "../../../lib/math/calculus/backpropGraph.js";
import { backpropTf } from "../../../lib/tf/backpropTf.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

test.each([
  { x: 1, t: 1, w1: 1, w2: 1 },
  { x: 1.5, t: 0.8, w1: 0.6, w2: -0.7 },
  { x: -2, t: -0.3, w1: 1.8, w2: 1.9 },
])(
  "backpropTf($x, $t, $w1, $w2): tf.variableGrads equals backpropagation by hand",
  async (inputs) => {
    const byHand = backpropGraph(inputs);
    const auto = await backpropTf(inputs);
    expect(auto.loss).toBeCloseTo(byHand.forward.loss, 5);
    expect(auto.gradients.w1).toBeCloseTo(byHand.gradients.w1, 5);
    expect(auto.gradients.w2).toBeCloseTo(byHand.gradients.w2, 5);
  },
);

test("backpropTf(1, 1, 1, 1) matches the closed form 2(tanh 1 − 1)·tanh 1 and 2(tanh 1 − 1)(1 − tanh² 1)", async () => {
  const th = Math.tanh(1);
  const { gradients } = await backpropTf({ x: 1, t: 1, w1: 1, w2: 1 });
  expect(gradients.w2).toBeCloseTo(2 * (th - 1) * th, 6);
  expect(gradients.w1).toBeCloseTo(2 * (th - 1) * (1 - th * th), 6);
});

test("backpropTf disposes its variables and tensors, and rejects a non-finite weight", async () => {
  const before = tf.memory().numTensors;
  await backpropTf({ x: 1, t: 0, w1: 0.5, w2: 0.5 });
  expect(tf.memory().numTensors).toBe(before);
  await expect(backpropTf({ x: 1, t: 0, w1: NaN, w2: 0.5 })).rejects.toThrow(
    "backpropTf: w1 = NaN",
  );
});
