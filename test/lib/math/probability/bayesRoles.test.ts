import { expect, test } from "vitest";
import { bayesRoles } from "../../../../lib/math/probability/bayesRoles.js";
import { expectRangeError } from "../../expectRangeError.js";

test("bayesRoles(0.1, 0.4, 0.05): P(F|G) = 0.1 · 0.4 / 0.05 = 0.8, with P(F ∩ G) = 0.04", () => {
  const roles = bayesRoles(0.1, 0.4, 0.05);
  expect(roles.prior).toBe(0.1);
  expect(roles.likelihood).toBe(0.4);
  expect(roles.evidence).toBe(0.05);
  expect(roles.joint).toBeCloseTo(0.04, 15);
  expect(roles.posterior).toBeCloseTo(0.8, 15);
});

test("bayesRoles(0.1, 0.5, 0.4) is the lecture's Dr. Gómez: P(H|F) = 0.125", () => {
  expect(bayesRoles(0.1, 0.5, 0.4).posterior).toBeCloseTo(0.125, 15);
});

test("bayesRoles refuses P(B) = 0 and numbers outside [0, 1]", () => {
  expectRangeError(() => bayesRoles(0.1, 0, 0), "P(A|B) solo está definida si P(B) > 0");
  expectRangeError(() => bayesRoles(1.2, 0.4, 0.05), "pA = 1.2 está fuera de [0, 1]");
});

test("bayesRoles refuses numbers no population can have: P(A ∩ B) > P(B), or P(A ∪ B) > 1", () => {
  expectRangeError(() => bayesRoles(0.5, 0.5, 0.1), "datos incoherentes", "mayor que P(B) = 0.1");
  expectRangeError(() => bayesRoles(0.9, 0.1, 0.9), "datos incoherentes");
});
