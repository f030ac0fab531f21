import { expect, test } from "vitest";
import { totalProbability } from "../../../../lib/math/probability/totalProbability.js";
import { expectRangeError } from "../../expectRangeError.js";

test("totalProbability(0.95, 0.01, 0.05) = 0.0095 + 0.0495 = 0.059 for the lecture's test", () => {
  expect(totalProbability(0.95, 0.01, 0.05)).toBeCloseTo(0.059, 15);
});

test("totalProbability(pBgivenA, 1, pBgivenNotA) = pBgivenA", () => {
  expect(totalProbability(0.95, 1, 0.05)).toBe(0.95);
});

test("totalProbability(pBgivenA, 0, pBgivenNotA) = pBgivenNotA", () => {
  expect(totalProbability(0.95, 0, 0.05)).toBe(0.05);
});

test("totalProbability(p, pA, p) = p when B does not depend on A", () => {
  expect(totalProbability(0.5, 0.3, 0.5)).toBe(0.5);
});

test("totalProbability throws a RangeError naming the argument outside [0, 1]", () => {
  expectRangeError(() => totalProbability(1.2, 0.5, 0.5), "totalProbability: pBgivenA = 1.2");
  expectRangeError(() => totalProbability(0.5, -0.5, 0.5), "totalProbability: pA = -0.5");
  expectRangeError(
    () => totalProbability(0.5, 0.5, Infinity),
    "totalProbability: pBgivenNotA = Infinity",
  );
});
