import { describe, expect, test } from "vitest";
import { centralDifference } from "../../../../lib/math/calculus/finiteDifference.js";
import { lossCurve, lossCurves, sampleCurve } from "../../../../lib/math/calculus/lossCurves.js";
import { expectRangeError } from "../../expectRangeError.js";

describe.each(lossCurves)("lossCurves['$id']", (curve) => {
  const [a, b] = curve.domain;
  const xs = Array.from({ length: 13 }, (_, i) => a + ((b - a) * i) / 12);
  test("derivative(w) matches a central difference of f over the domain", () => {
    for (const w of xs) {
      expect(curve.derivative(w)).toBeCloseTo(centralDifference(curve.f, w), 6);
    }
  });
  test("secondDerivative(w) matches a central difference of the derivative", () => {
    for (const w of xs) {
      expect(curve.secondDerivative(w)).toBeCloseTo(centralDifference(curve.derivative, w), 6);
    }
  });
  test("start lies inside the domain", () => {
    expect(curve.start).toBeGreaterThanOrEqual(a);
    expect(curve.start).toBeLessThanOrEqual(b);
  });
});

test("cuadratica: L(1) = 0.5 is the minimum, L'(1) = 0, L'(3) = 4", () => {
  const c = lossCurve("cuadratica");
  expect(c.f(1)).toBe(0.5);
  expect(c.derivative(1)).toBe(0);
  expect(c.derivative(3)).toBe(4);
});

test("dos-valles: L' changes sign three times (two minima and a maximum)", () => {
  const c = lossCurve("dos-valles");
  const signs = sampleCurve(c, 600).map(({ w }) => Math.sign(c.derivative(w)));
  const changes = signs.filter((s, i) => i > 0 && s !== signs[i - 1]).length;
  expect(changes).toBe(3);
});

test("logistica: L(0) = ln 2, L'(0) = −1/2, stable at large |w| (no Infinity)", () => {
  const c = lossCurve("logistica");
  expect(c.f(0)).toBeCloseTo(Math.LN2, 15);
  expect(c.derivative(0)).toBe(-0.5);
  expect(c.f(-800)).toBe(800);
  expect(c.f(800)).toBe(0);
});

test("sampleCurve(curve, 4) gives 5 points from one end of the domain to the other", () => {
  const c = lossCurve("cuadratica");
  const points = sampleCurve(c, 4);
  expect(points.map((p) => p.w)).toEqual([-2, -0.5, 1, 2.5, 4]);
  expect(points[2].loss).toBe(0.5);
});

test("lossCurve('seno') throws a RangeError listing the curves", () => {
  expectRangeError(
    () => lossCurve("seno"),
    "no hay curva «seno»",
    "cuadratica, dos-valles, logistica",
  );
  expectRangeError(() => sampleCurve(lossCurves[0], 0), "sampleCurve: n = 0");
});
