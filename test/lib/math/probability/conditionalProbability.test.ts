import { expect, test } from "vitest";
import { conditionalProbability } from "../../../../lib/math/probability/conditionalProbability.js";
import { expectRangeError } from "../../expectRangeError.js";

test("conditionalProbability(1/4, 1/2) = 1/2 for the lecture's coin and die", () => {
  expect(conditionalProbability(1 / 4, 1 / 2)).toBe(1 / 2);
});

test("conditionalProbability(pB, pB) = 1 and conditionalProbability(0, pB) = 0", () => {
  expect(conditionalProbability(0.3, 0.3)).toBe(1);
  expect(conditionalProbability(0, 0.3)).toBe(0);
});

test("conditionalProbability(pAandB, 0) throws a RangeError: P(B) must be > 0", () => {
  expectRangeError(() => conditionalProbability(0, 0), "conditionalProbability: pB = 0");
});

test("conditionalProbability(0.5, 0.2) throws a RangeError: P(A ∩ B) > P(B)", () => {
  expectRangeError(() => conditionalProbability(0.5, 0.2), "pAandB = 0.5", "pB = 0.2");
});

test("conditionalProbability(pAandB, pB) throws a RangeError for pAandB = -0.1", () => {
  expectRangeError(
    () => conditionalProbability(-0.1, 0.5),
    "conditionalProbability: pAandB = -0.1",
  );
});
