import { expect, test } from "vitest";
import { logBase } from "../../../../lib/math/information/logBase.js";

test("logBase(0.25, 2) = -2 exactly", () => {
  expect(logBase(0.25, 2)).toBe(-2);
});

test("logBase(e², e) = 2", () => {
  expect(logBase(Math.E ** 2, Math.E)).toBeCloseTo(2, 15);
});

test("logBase(1000, 10) = 3", () => {
  expect(logBase(1000, 10)).toBeCloseTo(3, 15);
});
