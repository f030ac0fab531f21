import { expect, test } from "vitest";
import { exponentFromN, nFromExponent, roundSignificant } from "../../../lib/format/logScale.js";

test("roundSignificant(1778.28, 2) = 1800; 0 and negatives are handled", () => {
  expect(roundSignificant(1778.28, 2)).toBe(1800);
  expect(roundSignificant(0, 2)).toBe(0);
  expect(roundSignificant(-5623.4, 2)).toBe(-5600);
});

test("nFromExponent at quarter steps gives 1000, 1800, 3200, 5600, 10000", () => {
  expect([3, 3.25, 3.5, 3.75, 4].map(nFromExponent)).toEqual([1000, 1800, 3200, 5600, 10000]);
  expect(nFromExponent(8)).toBe(100_000_000);
});

test("exponentFromN(n) is the nearest quarter step: 1800 → 3.25, 1e6 → 6", () => {
  expect(exponentFromN(1800)).toBe(3.25);
  expect(exponentFromN(1_000_000)).toBe(6);
  expect(exponentFromN(2_000_000)).toBe(6.25);
});
