import { expect, test } from "vitest";
import { formatSignificant, latexSignificant } from "../../../lib/format/formatSignificant.js";
import { expectRangeError } from "../expectRangeError.js";

test("formatSignificant(20280) prints an integer whole, thousands grouped: '20 280'", () => {
  expect(formatSignificant(20280)).toBe("20\u202f280");
  expect(formatSignificant(-24137569 / 1000, 7)).toBe("−24\u202f137.57");
  expect(formatSignificant(999)).toBe("999");
  expect(formatSignificant(-108)).toBe("−108");
});

test("formatSignificant(x, 4) keeps 4 significant digits and drops trailing zeros", () => {
  expect(formatSignificant(-61.118624)).toBe("−61.12");
  expect(formatSignificant(0.123456, 3)).toBe("0.123");
  expect(formatSignificant(1.5)).toBe("1.5");
  expect(formatSignificant(17576.3, 4)).toBe("17\u202f576");
  expect(formatSignificant(999898.9, 2)).toBe("1 × 10⁶");
});

test("formatSignificant uses × 10ⁿ below 10⁻³ and from 10⁶ up: −40/17⁶ = '−1.657 × 10⁻⁶'", () => {
  expect(formatSignificant(-40 / 17 ** 6)).toBe("−1.657 × 10⁻⁶");
  expect(formatSignificant(1e12)).toBe("1 × 10¹²");
  expect(formatSignificant(3.4e38, 2)).toBe("3.4 × 10³⁸");
});

test("formatSignificant of 0, ±Infinity and NaN: '0', '∞', '−∞', 'indefinido'", () => {
  expect(formatSignificant(0)).toBe("0");
  expect(formatSignificant(-1e-20 * 0)).toBe("0");
  expect(formatSignificant(Infinity)).toBe("∞");
  expect(formatSignificant(-Infinity)).toBe("−∞");
  expect(formatSignificant(NaN)).toBe("indefinido");
});

test("formatSignificant switches to × 10ⁿ just below 10⁻³, after rounding", () => {
  expect(formatSignificant(0.001)).toBe("0.001");
  expect(formatSignificant(0.00099999)).toBe("0.001");
  expect(formatSignificant(-0.000999, 3)).toBe("−9.99 × 10⁻⁴");
});

test("latexSignificant(−40/17⁶) = '-1.657 \\times 10^{-6}', and ∞ as \\infty", () => {
  expect(latexSignificant(-40 / 17 ** 6)).toBe("-1.657 \\times 10^{-6}");
  expect(latexSignificant(20280)).toBe("20{\\,}280");
  expect(latexSignificant(Infinity)).toBe("\\infty");
  expect(latexSignificant(NaN)).toBe("\\text{indefinido}");
});

test("formatSignificant(x, 0) throws a RangeError naming digits", () => {
  expectRangeError(() => formatSignificant(1, 0), "digits = 0");
});
