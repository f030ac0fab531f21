import { expect, test } from "vitest";
import { binomialStandardError } from "../../../../lib/math/probability/binomialStandardError.js";
import { expectRangeError } from "../../expectRangeError.js";

test("binomialStandardError(0.5, 100) = 0.05 for a fair coin tossed 100 times", () => {
  expect(binomialStandardError(0.5, 100)).toBe(0.05);
});

test("binomialStandardError(p, n) shrinks like 1/√n: 100 times more tosses, a tenth of the error", () => {
  expect(binomialStandardError(0.5, 10_000)).toBe(0.005);
});

test("binomialStandardError(0, n) and binomialStandardError(1, n) are 0: a sure event never varies", () => {
  expect(binomialStandardError(0, 10)).toBe(0);
  expect(binomialStandardError(1, 10)).toBe(0);
});

test("binomialStandardError throws a RangeError for p outside [0, 1] or n ≤ 0", () => {
  expectRangeError(() => binomialStandardError(1.5, 10), "binomialStandardError: p = 1.5");
  expectRangeError(() => binomialStandardError(0.5, 0), "n = 0");
});
