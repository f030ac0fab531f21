import { expect, test } from "vitest";
import { largestRemainder } from "../../../../lib/math/probability/largestRemainder.js";
import { expectRangeError } from "../../expectRangeError.js";

test("largestRemainder([1, 1, 1], 10) = [4, 3, 3]: the leftover unit goes to the first tie", () => {
  expect(largestRemainder([1, 1, 1], 10)).toEqual([4, 3, 3]);
});

test("largestRemainder([0.0095, 0.0005], 10) = [10, 0]: 9.5 and 0.5 tie despite rounding noise", () => {
  expect(largestRemainder([0.0095, 0.0005], 10)).toEqual([10, 0]);
});

test("largestRemainder([0.2, 0.3, 0.5], 7) = [1, 2, 4]: quotas 1.4, 2.1, 3.5", () => {
  expect(largestRemainder([0.2, 0.3, 0.5], 7)).toEqual([1, 2, 4]);
});

test("largestRemainder(weights, total) always adds up to total", () => {
  const weights = [0.137, 0.0021, 0.5, 0.3609];
  for (const total of [0, 1, 7, 1000, 12345]) {
    expect(largestRemainder(weights, total).reduce((s, x) => s + x, 0)).toBe(total);
  }
});

test("largestRemainder([0, 1], 5) = [0, 5]: a zero weight gets nothing", () => {
  expect(largestRemainder([0, 1], 5)).toEqual([0, 5]);
});

test("largestRemainder throws a RangeError for negative weights, zero sum or a bad total", () => {
  expectRangeError(() => largestRemainder([1, -1], 5), "largestRemainder: weights[1] = -1");
  expectRangeError(() => largestRemainder([0, 0], 5), "los pesos suman 0");
  expectRangeError(() => largestRemainder([1], 2.5), "total = 2.5");
});
