import { expect, test } from "vitest";
import { slopeReading } from "../../../../lib/math/calculus/slopeReading.js";
import { expectRangeError } from "../../expectRangeError.js";

test("slopeReading(d, ·) is 'positiva' or 'negativa' when |d| ≥ 0.05", () => {
  expect(slopeReading(3, 2)).toBe("positiva");
  expect(slopeReading(-0.3, 2)).toBe("negativa");
  expect(slopeReading(0.05, 0)).toBe("positiva");
});

test("slopeReading near zero reads the curvature: minimo, maximo or plana", () => {
  expect(slopeReading(0.01, 2)).toBe("minimo");
  expect(slopeReading(-0.01, -1.2)).toBe("maximo");
  expect(slopeReading(-0.0003, 0.0003)).toBe("plana");
});

test("slopeReading(NaN, 0) throws a RangeError naming the derivative", () => {
  expectRangeError(() => slopeReading(NaN, 0), "slopeReading: derivative = NaN");
});
