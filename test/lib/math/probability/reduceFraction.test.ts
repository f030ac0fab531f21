import { expect, test } from "vitest";
import { reduceFraction } from "../../../../lib/math/probability/reduceFraction.js";
import { expectRangeError } from "../../expectRangeError.js";

test("reduceFraction(6, 36) = [1, 6] and reduceFraction(1, 36) = [1, 36]", () => {
  expect(reduceFraction(6, 36)).toEqual([1, 6]);
  expect(reduceFraction(1, 36)).toEqual([1, 36]);
});

test("reduceFraction(3, 6) = [1, 2], the lecture's P(A|B) for the coin and die", () => {
  expect(reduceFraction(3, 6)).toEqual([1, 2]);
});

test("reduceFraction(0, 12) = [0, 1] and reduceFraction(12, 12) = [1, 1]", () => {
  expect(reduceFraction(0, 12)).toEqual([0, 1]);
  expect(reduceFraction(12, 12)).toEqual([1, 1]);
});

test("reduceFraction throws a RangeError for a zero denominator or a non-integer", () => {
  expectRangeError(() => reduceFraction(1, 0), "reduceFraction: el denominador 0");
  expectRangeError(() => reduceFraction(1.5, 2), "el numerador 1.5");
});
