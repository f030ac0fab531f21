import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, expect, test } from "vitest";
import { descentOutcome } from "../../../lib/math/calculus/descentOutcome.js";
import { gradientDescent } from "../../../lib/math/calculus/gradientDescent.js";
import {
  leastSquaresLine,
  lineFitExample,
  lineFitGradient,
  lineFitLoss,
} from "../../../lib/math/calculus/lineFitLoss.js";
import { gradientAt } from "../../../lib/tf/autodiff.js";
import { gradientDescentTf } from "../../../lib/tf/gradientDescentTf.js";
import { lineFitLossTf } from "../../../lib/tf/lineFitLossTf.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

const lossTf = lineFitLossTf(lineFitExample);
const loss = ([w, b]: readonly number[]) => lineFitLoss(lineFitExample, w, b);
const gradient = ([w, b]: readonly number[]) => lineFitGradient(lineFitExample, w, b);
const best = leastSquaresLine(lineFitExample);

test("lineFitLossTf and its tf.grad gradient equal lineFitLoss and lineFitGradient", () => {
  for (const [w, b] of [
    [-0.5, 3.5],
    [1.97, 1.09],
    [4, -1.5],
  ]) {
    const result = gradientAt(lossTf, [w, b]);
    expect(result.value).toBeCloseTo(lineFitLoss(lineFitExample, w, b), 4);
    const [dw, db] = lineFitGradient(lineFitExample, w, b);
    expect(result.gradient[0]).toBeCloseTo(dw, 4);
    expect(result.gradient[1]).toBeCloseTo(db, 4);
  }
});

test("gradientDescentTf(Σθ², [1], η = 0.25, 2 steps) = [1], [0.5], [0.25] with losses 1, 0.25, 0.0625", async () => {
  const sumSquares = (t: tf.Tensor1D) => tf.sum(tf.square(t)) as tf.Scalar;
  await expect(
    gradientDescentTf(sumSquares, [1], { learningRate: 0.25, steps: 2 }),
  ).resolves.toEqual({
    points: [[1], [0.5], [0.25]],
    losses: [1, 0.25, 0.0625],
  });
});

test("gradientDescentTf on the line fit follows the float64 path and converges (η = 0.05, 200 steps)", async () => {
  const options = { learningRate: 0.05, steps: 200 };
  const tfPath = await gradientDescentTf(lossTf, [-0.5, 3.5], options);
  const path = gradientDescent(loss, gradient, [-0.5, 3.5], options);
  expect(tfPath.points).toHaveLength(201);
  for (const k of [0, 1, 10, 100, 200]) {
    expect(tfPath.points[k][0]).toBeCloseTo(path.points[k][0], 4);
    expect(tfPath.points[k][1]).toBeCloseTo(path.points[k][1], 4);
    expect(tfPath.losses[k]).toBeCloseTo(path.losses[k], 3);
  }
  expect(descentOutcome(tfPath.losses, best.loss).kind).toBe("converge");
});

test("gradientDescentTf with η = 1 overflows float32 and reads as an overflowing divergence", async () => {
  const { losses } = await gradientDescentTf(lossTf, [-0.5, 3.5], { learningRate: 1, steps: 100 });
  expect(losses.some((l) => !Number.isFinite(l))).toBe(true);
  expect(descentOutcome(losses, best.loss)).toMatchObject({
    kind: "diverge",
    overflow: true,
    step: 1,
  });
});

test("gradientDescentTf leaves no tensors behind and rejects a bad η", async () => {
  const before = tf.memory().numTensors;
  await gradientDescentTf(lossTf, [0, 0], { learningRate: 0.1, steps: 20 });
  await gradientDescentTf(lossTf, [0, 0], { learningRate: 2, steps: 20 });
  expect(tf.memory().numTensors).toBe(before);
  await expect(gradientDescentTf(lossTf, [0, 0], { learningRate: -1, steps: 5 })).rejects.toThrow(
    "gradientDescentTf: learningRate = -1 debe ser mayor que 0",
  );
});
