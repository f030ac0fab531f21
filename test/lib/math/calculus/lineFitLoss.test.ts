import { expect, test } from "vitest";
import { centralDifference } from "../../../../lib/math/calculus/finiteDifference.js";
import {
  leastSquaresLine,
  lineFitExample,
  lineFitGradient,
  lineFitHessian,
  lineFitLoss,
} from "../../../../lib/math/calculus/lineFitLoss.js";
import { expectRangeError } from "../../expectRangeError.js";

const twoPoints = [
  { x: 0, y: 1 },
  { x: 1, y: 3 },
];

test("lineFitLoss((0,1),(1,3); w = 2, b = 1) = 0: the line passes through both points", () => {
  expect(lineFitLoss(twoPoints, 2, 1)).toBe(0);
  expect(lineFitLoss(twoPoints, 0, 0)).toBe(5); // (1² + 3²) / 2
});

test("lineFitGradient((0,1),(1,3); 0, 0) = [−3, −4]", () => {
  expect(lineFitGradient(twoPoints, 0, 0)).toEqual([-3, -4]);
});

test("lineFitGradient matches central differences of lineFitLoss on the page's data", () => {
  for (const [w, b] of [
    [-0.5, 3.5],
    [1.97, 1.09],
    [4, -1],
  ]) {
    const [dw, db] = lineFitGradient(lineFitExample, w, b);
    expect(dw).toBeCloseTo(
      centralDifference((v) => lineFitLoss(lineFitExample, v, b), w),
      6,
    );
    expect(db).toBeCloseTo(
      centralDifference((v) => lineFitLoss(lineFitExample, w, v), b),
      6,
    );
  }
});

test("lineFitHessian(page's data) = [[6, 2], [2, 2]] (x = −1…3)", () => {
  expect(lineFitHessian(lineFitExample)).toEqual([
    [6, 2],
    [2, 2],
  ]);
});

test("leastSquaresLine(page's data) = w 1.97, b 1.09, L 0.1206, where the gradient vanishes", () => {
  const best = leastSquaresLine(lineFitExample);
  expect(best.w).toBeCloseTo(1.97, 12);
  expect(best.b).toBeCloseTo(1.09, 12);
  expect(best.loss).toBeCloseTo(0.1206, 12);
  for (const g of lineFitGradient(lineFitExample, best.w, best.b)) expect(g).toBeCloseTo(0, 12);
});

test("lineFitLoss and leastSquaresLine throw RangeErrors on bad input", () => {
  expectRangeError(() => lineFitLoss([], 0, 0), "lineFitLoss: no hay puntos");
  expectRangeError(() => lineFitLoss(twoPoints, NaN, 0), "lineFitLoss: w = NaN");
  expectRangeError(
    () =>
      leastSquaresLine([
        { x: 1, y: 1 },
        { x: 1, y: 2 },
      ]),
    "todos los puntos tienen la misma x",
  );
});
