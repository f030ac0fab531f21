import { expect, test } from "vitest";
import { areIndependent } from "../../../../lib/math/probability/areIndependent.js";
import { expectRangeError } from "../../expectRangeError.js";

test("areIndependent(1/6, 1/6, 1/36) is true for the lecture's two dice", () => {
  expect(areIndependent(1 / 6, 1 / 6, 1 / 36)).toBe(true);
});

test("areIndependent(1/2, 1/2, 1/4) is true for the lecture's coin and die", () => {
  expect(areIndependent(1 / 2, 1 / 2, 1 / 4)).toBe(true);
});

test("areIndependent(1/6, 5/36, 1/36) is false: «first die is 3» and «sum is 6» are dependent", () => {
  expect(areIndependent(1 / 6, 5 / 36, 1 / 36)).toBe(false);
});

test("areIndependent(pA, pB, pAandB, tolerance) accepts a gap up to the tolerance", () => {
  expect(areIndependent(0.5, 0.5, 0.26, 0.02)).toBe(true);
  expect(areIndependent(0.5, 0.5, 0.26, 0.001)).toBe(false);
});

test("areIndependent throws a RangeError for a probability outside [0, 1] or a negative tolerance", () => {
  expectRangeError(() => areIndependent(0.5, 1.2, 0.1), "jointProbability: pB = 1.2");
  expectRangeError(() => areIndependent(0.5, 0.5, -0.1), "areIndependent: pAandB = -0.1");
  expectRangeError(() => areIndependent(0.5, 0.5, 0.25, -1), "tolerance = -1");
});
