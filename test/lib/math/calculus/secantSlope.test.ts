import { expect, test } from "vitest";
import { secantSlope } from "../../../../lib/math/calculus/secantSlope.js";
import { expectRangeError } from "../../expectRangeError.js";

const square = (x: number) => x * x;

test("secantSlope(x², 3, 0.1) = 6.1: the derivative 6 plus h", () => {
  expect(secantSlope(square, 3, 0.1)).toBeCloseTo(6.1, 12);
  expect(secantSlope(square, 3, -0.1)).toBeCloseTo(5.9, 12);
});

test("secantSlope's error shrinks with h: for x² at 3 it is exactly h (h · f''/2, f'' = 2)", () => {
  for (const h of [1, 0.5, 0.25, 0.125]) expect(secantSlope(square, 3, h) - 6).toBeCloseTo(h, 12);
});

test("secantSlope(f, x, 0) throws a RangeError: two distinct points are needed", () => {
  expectRangeError(() => secantSlope(square, 1, 0), "secantSlope: h = 0");
  expectRangeError(() => secantSlope(square, NaN, 1), "secantSlope: x = NaN");
  expectRangeError(() => secantSlope(Math.log, -1, 0.5), "no es finita");
});
