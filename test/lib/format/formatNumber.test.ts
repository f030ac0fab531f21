import { expect, test } from "vitest";
import { formatNumber, formatPercent } from "../../../lib/format/formatNumber.js";
import { expectRangeError } from "../expectRangeError.js";

test("formatNumber(x) keeps 3 significant digits without trailing zeros", () => {
  expect(formatNumber(0.125)).toBe("0.125");
  expect(formatNumber(1)).toBe("1");
  expect(formatNumber(0.0095)).toBe("0.0095");
  expect(formatNumber(1 / 3)).toBe("0.333");
  expect(formatNumber(0.0095 / 0.059)).toBe("0.161");
  expect(formatNumber(0.9995)).toBe("1");
  expect(formatNumber(0)).toBe("0");
  expect(formatNumber(-0)).toBe("0");
});

test("formatNumber groups thousands like formatCount: formatNumber(9405, 4) = '9 405'", () => {
  expect(formatNumber(9405, 4)).toBe("9\u202f405");
  expect(formatNumber(-1234567.8, 8)).toBe("−1\u202f234\u202f567.8");
  expect(formatNumber(940.5, 4)).toBe("940.5");
});

test("formatNumber(x, 5) keeps 5 significant digits", () => {
  expect(formatNumber(Math.PI, 5)).toBe("3.1416");
  expect(formatNumber(0.5, 5)).toBe("0.5");
});

test("formatNumber writes a true minus sign and ∞", () => {
  expect(formatNumber(0.5 * Math.log2(2 / 3))).toBe("−0.292"); // −0.29248…
  expect(formatNumber(Infinity)).toBe("∞");
  expect(formatNumber(-Infinity)).toBe("−∞");
});

test("formatNumber(NaN) throws a RangeError: a page never shows NaN", () => {
  expectRangeError(() => formatNumber(NaN), "formatNumber: x = NaN");
});

test("formatPercent(0.0095 / 0.059) = '16.1 %' with a no-break space", () => {
  expect(formatPercent(0.0095 / 0.059)).toBe("16.1\u00a0%");
  expect(formatPercent(0.125)).toBe("12.5\u00a0%");
  expect(formatPercent(0.5)).toBe("50\u00a0%");
});
