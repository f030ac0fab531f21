import { expect, test } from "vitest";
import { jointProbability } from "../../../../lib/math/probability/jointProbability.js";
import { expectRangeError } from "../../expectRangeError.js";

test("jointProbability(1/6, 1/6) = 1/36 for the lecture's two dice (a 3, then a 4)", () => {
  expect(jointProbability(1 / 6, 1 / 6)).toBe(1 / 36);
});

test("jointProbability(1/2, 1/2) = 1/4 for the lecture's coin and die", () => {
  expect(jointProbability(1 / 2, 3 / 6)).toBe(1 / 4);
});

test("jointProbability(pA, 0) = 0 and jointProbability(pA, 1) = pA", () => {
  expect(jointProbability(0.3, 0)).toBe(0);
  expect(jointProbability(0.3, 1)).toBe(0.3);
});

test("jointProbability(pA, pB) throws a RangeError for pB = 1.5 or pA = NaN", () => {
  expectRangeError(() => jointProbability(0.5, 1.5), "jointProbability: pB = 1.5");
  expectRangeError(() => jointProbability(NaN, 0.5), "jointProbability: pA = NaN");
});
