import { expect, test } from "vitest";
import {
  stableLearningRate,
  symmetricEigenvalues2,
} from "../../../../lib/math/calculus/stableLearningRate.js";
import { expectRangeError } from "../../expectRangeError.js";

test("symmetricEigenvalues2([[6, 2], [2, 2]]) = 4 ± √8, largest first", () => {
  const [a, b] = symmetricEigenvalues2([
    [6, 2],
    [2, 2],
  ]);
  expect(a).toBeCloseTo(4 + Math.SQRT2 * 2, 12);
  expect(b).toBeCloseTo(4 - Math.SQRT2 * 2, 12);
});

test("symmetricEigenvalues2 of a diagonal matrix is its diagonal", () => {
  expect(
    symmetricEigenvalues2([
      [1, 0],
      [0, 3],
    ]),
  ).toEqual([3, 1]);
});

test("stableLearningRate([[6, 2], [2, 2]]): oscillates above 1/λmax, diverges above 2/λmax ≈ 0.2929", () => {
  const rates = stableLearningRate([
    [6, 2],
    [2, 2],
  ]);
  expect(rates.divergence).toBeCloseTo(2 / (4 + 2 * Math.SQRT2), 12);
  expect(rates.divergence).toBeCloseTo(0.2929, 4);
  expect(rates.oscillation).toBeCloseTo(rates.divergence / 2, 12);
});

test("stableLearningRate throws for a saddle and symmetricEigenvalues2 for a non-symmetric matrix", () => {
  expectRangeError(
    () =>
      stableLearningRate([
        [1, 0],
        [0, -1],
      ]),
    "no es definida positiva",
  );
  expectRangeError(
    () =>
      symmetricEigenvalues2([
        [1, 2],
        [3, 1],
      ]),
    "no es simétrica",
  );
});
