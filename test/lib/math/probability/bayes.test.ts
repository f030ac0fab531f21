import { expect, test } from "vitest";
import { bayes } from "../../../../lib/math/probability/bayes.js";
import { totalProbability } from "../../../../lib/math/probability/totalProbability.js";
import { expectRangeError } from "../../expectRangeError.js";

test("bayes(0.1, 0.5, 0.4) = 0.125 for Dr. Gómez: P(H|F) = 0.1 · 0.5 / 0.4", () => {
  expect(bayes(0.1, 0.5, 0.4)).toBe(0.125);
});

test("bayes(0.01, 0.95, P(TP)) = 0.0095/0.059 ≈ 0.161 for the lecture's medical test", () => {
  const pTP = totalProbability(0.95, 0.01, 0.05);
  const posterior = bayes(0.01, 0.95, pTP);
  expect(posterior).toBeCloseTo(0.0095 / 0.059, 15);
  expect(posterior).toBeCloseTo(0.16102, 5);
  expect(posterior).toBeCloseTo(0.161, 3); // the lecture's 16.1 %
});

test("bayes(0, pBgivenA, pB) = 0: an impossible A stays impossible", () => {
  expect(bayes(0, 0.9, 0.5)).toBe(0);
});

test("bayes(pA, 1, pA) = 1: if A always brings B and B is as likely as A, B implies A", () => {
  expect(bayes(0.3, 1, 0.3)).toBe(1);
});

test("bayes(pA, pBgivenA, pB) returns 1 when rounding puts the posterior 1e-12 above 1", () => {
  expect(bayes(0.3, 1, 0.3 * (1 - 1e-12))).toBe(1);
});

test("bayes(0.5, 0.8, 0.2) throws a RangeError: P(A)·P(B|A) = 0.4 > P(B) = 0.2", () => {
  expectRangeError(
    () => bayes(0.5, 0.8, 0.2),
    "bayes: datos incoherentes",
    "P(A|B) = 2 > 1",
    "0.4",
    "P(B) = 0.2",
  );
});

test("bayes(pA, pBgivenA, 0) throws a RangeError: P(B) must be > 0", () => {
  expectRangeError(() => bayes(0.5, 0.5, 0), "bayes: pB = 0", "P(B) > 0");
});

test("bayes throws a RangeError naming the argument that is not a probability", () => {
  expectRangeError(() => bayes(1.5, 0.5, 0.5), "bayes: pA = 1.5");
  expectRangeError(() => bayes(0.5, -1, 0.5), "bayes: pBgivenA = -1");
  expectRangeError(() => bayes(0.5, 0.5, NaN), "bayes: pB = NaN");
});
