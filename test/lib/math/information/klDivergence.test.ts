import { expect, test } from "vitest";
import { klDivergence } from "../../../../lib/math/information/klDivergence.js";
import { expectRangeError } from "../../expectRangeError.js";

const p = [0.5, 0.5];
const q = [0.25, 0.75];

test("klDivergence(p, p) = 0", () => {
  expect(klDivergence(p, p)).toBe(0);
  expect(klDivergence([0.1, 0.2, 0.7], [0.1, 0.2, 0.7])).toBe(0);
});

test("klDivergence([0.5, 0.5], [0.25, 0.75]) = 0.5 log2 2 + 0.5 log2(2/3) bits", () => {
  const expected = 0.5 * Math.log2(0.5 / 0.25) + 0.5 * Math.log2(0.5 / 0.75);
  expect(klDivergence(p, q)).toBeCloseTo(expected, 15);
  expect(expected).toBeCloseTo(0.20751874963942196, 15);
});

test("klDivergence(p, q) ≠ klDivergence(q, p): it is not symmetric", () => {
  const reverse = 0.25 * Math.log2(0.25 / 0.5) + 0.75 * Math.log2(0.75 / 0.5);
  expect(klDivergence(q, p)).toBeCloseTo(reverse, 15);
  expect(reverse).toBeCloseTo(0.18872187554086717, 15);
  expect(klDivergence(q, p)).not.toBeCloseTo(klDivergence(p, q), 3);
});

test("klDivergence(p, q) is Infinity when q = 0 < p", () => {
  expect(klDivergence([0.5, 0.5], [1, 0])).toBe(Infinity);
});

test("klDivergence(p, q) adds 0 for an outcome with p = 0: ([1, 0], [0.5, 0.5]) = 1 bit", () => {
  expect(klDivergence([1, 0], [0.5, 0.5])).toBe(1);
  expect(klDivergence([1, 0], [1, 0])).toBe(0);
});

test("klDivergence(p, q, e) is in nats: klDivergence in bits · ln 2", () => {
  expect(klDivergence(p, q, Math.E)).toBeCloseTo(klDivergence(p, q) * Math.LN2, 15);
});

test("klDivergence(p, q) is never negative, even for p and q equal up to rounding", () => {
  const almost = [0.1 + 1e-12, 0.2, 0.7 - 1e-12];
  expect(klDivergence([0.1, 0.2, 0.7], almost)).toBeGreaterThanOrEqual(0);
  expect(klDivergence(almost, [0.1, 0.2, 0.7])).toBeGreaterThanOrEqual(0);
});

test("klDivergence(p, q) throws a RangeError for lengths 2 and 1", () => {
  expectRangeError(() => klDivergence([0.5, 0.5], [1]), "klDivergence: p y q", "(2 y 1)");
});

test("klDivergence(p, q) throws a RangeError naming p's sum", () => {
  expectRangeError(
    () => klDivergence([0.5, 0.4], [0.5, 0.5]),
    "klDivergence: la distribución p suma 0.9",
  );
});

test("klDivergence(p, q) throws a RangeError naming a negative q entry", () => {
  expectRangeError(() => klDivergence([0.5, 0.5], [1.5, -0.5]), "klDivergence: q[1] = -0.5");
});

test("klDivergence(p, q, -1) throws a RangeError for base -1", () => {
  expectRangeError(() => klDivergence(p, q, -1), "klDivergence: la base -1");
});
