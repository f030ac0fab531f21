import { expect, test } from "vitest";
import {
  backpropGraph,
  backpropNodes,
  backpropParameterCount,
} from "../../../../lib/math/calculus/backpropGraph.js";
import { centralDifference } from "../../../../lib/math/calculus/finiteDifference.js";
import { expectRangeError } from "../../expectRangeError.js";

const inputs = { x: 1.5, t: 0.8, w1: 0.6, w2: -0.7 };
const lossAt = (w1: number, w2: number) => backpropGraph({ ...inputs, w1, w2 }).forward.loss;

test("backpropGraph forward: z = w₁x, h = tanh z, ŷ = w₂h, L = (ŷ − t)²", () => {
  const { forward } = backpropGraph(inputs);
  expect(forward.z).toBeCloseTo(0.9, 15);
  expect(forward.h).toBe(Math.tanh(0.6 * 1.5));
  expect(forward.yHat).toBe(-0.7 * Math.tanh(0.6 * 1.5));
  expect(forward.loss).toBe((forward.yHat - 0.8) ** 2);
});

test("backpropGraph backward visits L, ŷ, w₂, h, z, w₁, each gradient = parent's × local", () => {
  const result = backpropGraph(inputs);
  expect(result.backward.map((s) => s.node)).toEqual(["loss", "yHat", "w2", "h", "z", "w1"]);
  for (const step of result.backward.slice(1)) {
    const parent = result.backward.find((s) => s.node === step.parent)!;
    expect(step.gradient).toBe(parent.gradient * step.local);
  }
});

test("backpropGraph gradients equal the closed form and central differences", () => {
  const { forward, gradients } = backpropGraph(inputs);
  const dL = 2 * (forward.yHat - inputs.t);
  expect(gradients.w2).toBeCloseTo(dL * forward.h, 14);
  expect(gradients.w1).toBeCloseTo(dL * inputs.w2 * (1 - forward.h ** 2) * inputs.x, 14);
  expect(gradients.w1).toBeCloseTo(
    centralDifference((w) => lossAt(w, inputs.w2), inputs.w1),
    8,
  );
  expect(gradients.w2).toBeCloseTo(
    centralDifference((w) => lossAt(inputs.w1, w), inputs.w2),
    8,
  );
});

test("backpropGraph(x = 1, t = 0, w₁ = 0, w₂ = 1) is all zeros", () => {
  const { forward, gradients } = backpropGraph({ x: 1, t: 0, w1: 0, w2: 1 });
  expect(forward.loss).toBe(0);
  expect(gradients).toEqual({ w1: 0, w2: 0 });
});

test("the graph has 2 trainable parameters and 8 nodes", () => {
  expect(backpropParameterCount).toBe(2);
  expect(backpropNodes).toHaveLength(8);
});

test("backpropGraph({w1: NaN, …}) throws a RangeError naming w1", () => {
  expectRangeError(() => backpropGraph({ ...inputs, w1: NaN }), "backpropGraph: w1 = NaN");
});
