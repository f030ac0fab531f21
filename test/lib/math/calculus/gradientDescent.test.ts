import { expect, test } from "vitest";
import {
  gradientDescent,
  MAX_DESCENT_STEPS,
} from "../../../../lib/math/calculus/gradientDescent.js";
import {
  leastSquaresLine,
  lineFitExample,
  lineFitGradient,
  lineFitLoss,
} from "../../../../lib/math/calculus/lineFitLoss.js";
import { stableLearningRate } from "../../../../lib/math/calculus/stableLearningRate.js";
import { lineFitHessian } from "../../../../lib/math/calculus/lineFitLoss.js";
import { expectRangeError } from "../../expectRangeError.js";

const square = ([t]: readonly number[]) => t * t;
const twice = ([t]: readonly number[]) => [2 * t];
const loss = ([w, b]: readonly number[]) => lineFitLoss(lineFitExample, w, b);
const gradient = ([w, b]: readonly number[]) => lineFitGradient(lineFitExample, w, b);

test("gradientDescent(θ², from 1, η = 0.25, 2 steps) halves θ each step: 1, 0.5, 0.25", () => {
  expect(gradientDescent(square, twice, [1], { learningRate: 0.25, steps: 2 })).toEqual({
    points: [[1], [0.5], [0.25]],
    losses: [1, 0.25, 0.0625],
  });
});

test("gradientDescent with 0 steps returns the start only", () => {
  expect(gradientDescent(square, twice, [3], { learningRate: 0.1, steps: 0 })).toEqual({
    points: [[3]],
    losses: [9],
  });
});

test("gradientDescent on the line fit converges to least squares with η below 2/λmax", () => {
  const best = leastSquaresLine(lineFitExample);
  const { points, losses } = gradientDescent(loss, gradient, [-0.5, 3.5], {
    learningRate: 0.25,
    steps: 200,
  });
  expect(points.at(-1)![0]).toBeCloseTo(best.w, 8);
  expect(points.at(-1)![1]).toBeCloseTo(best.b, 8);
  expect(losses.at(-1)).toBeCloseTo(best.loss, 12);
});

test("gradientDescent on the line fit blows up with η above 2/λmax", () => {
  const { divergence } = stableLearningRate(lineFitHessian(lineFitExample));
  const { losses } = gradientDescent(loss, gradient, [-0.5, 3.5], {
    learningRate: divergence * 1.2,
    steps: 60,
  });
  expect(losses.at(-1)!).toBeGreaterThan(1e3 * losses[0]);
});

test("gradientDescent validates η, the step count and the start", () => {
  expectRangeError(
    () => gradientDescent(square, twice, [1], { learningRate: 0, steps: 1 }),
    "gradientDescent: learningRate = 0 debe ser mayor que 0",
  );
  expectRangeError(
    () => gradientDescent(square, twice, [1], { learningRate: 0.1, steps: 2.5 }),
    "steps = 2.5",
  );
  expectRangeError(
    () => gradientDescent(square, twice, [1], { learningRate: 0.1, steps: MAX_DESCENT_STEPS + 1 }),
    `entre 0 y ${MAX_DESCENT_STEPS}`,
  );
  expectRangeError(
    () => gradientDescent(square, twice, [], { learningRate: 0.1, steps: 1 }),
    "start está vacío",
  );
  expectRangeError(
    () => gradientDescent(square, twice, [NaN], { learningRate: 0.1, steps: 1 }),
    "start[0] = NaN",
  );
});
