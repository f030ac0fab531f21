import { expect, test } from "vitest";
import { centralDifference } from "../../../../lib/math/calculus/finiteDifference.js";
import { expectRangeError } from "../../expectRangeError.js";

test("centralDifference(x => x², 3) = 6: exact for a parabola up to rounding", () => {
  expect(centralDifference((x) => x * x, 3)).toBeCloseTo(6, 9);
});

test("centralDifference(sin, 0) = cos 0 = 1", () => {
  expect(centralDifference(Math.sin, 0)).toBeCloseTo(1, 10);
});

test("centralDifference(x => (x² + 1)³, 5) = 20280, the lecture's Ejemplo 1", () => {
  const derivative = centralDifference((x) => (x * x + 1) ** 3, 5);
  expect(Math.abs(derivative - 20280) / 20280).toBeLessThan(1e-9);
});

test("centralDifference(f, x, h) uses the given step: h = 0.5 on x³ at 0 gives h² = 0.25", () => {
  // ((0.5)³ − (−0.5)³) / 1 = 0.25, while the true derivative is 0: the truncation error h²f'''/6.
  expect(centralDifference((x) => x ** 3, 0, 0.5)).toBe(0.25);
});

test("centralDifference(f, NaN) throws a RangeError naming x", () => {
  expectRangeError(() => centralDifference(Math.sin, NaN), "centralDifference: x = NaN");
});

test("centralDifference(f, x, 0) and (f, x, -1) throw a RangeError naming h", () => {
  expectRangeError(() => centralDifference(Math.sin, 1, 0), "centralDifference: h = 0");
  expectRangeError(() => centralDifference(Math.sin, 1, -1), "centralDifference: h = -1");
});

test("centralDifference(f, 1e20, 1) throws a RangeError: x + h = x in float64", () => {
  expectRangeError(
    () => centralDifference(Math.sin, 1e20, 1),
    "h = 1 es demasiado pequeño",
    "x = 100000000000000000000",
  );
});

test("centralDifference(log, 0) throws a RangeError: f(x ± h) is not finite", () => {
  expectRangeError(
    () => centralDifference(Math.log, 0),
    "centralDifference: f(x ± h) no es finito en x = 0",
  );
});
