import { expect, test } from "vitest";
import { klDivergence } from "../../../../lib/math/information/klDivergence.js";
import { klTerms } from "../../../../lib/math/information/klTerms.js";
import { expectRangeError } from "../../expectRangeError.js";

test("klTerms([0.5, 0.5], [0.25, 0.75]) = [0.5 log2 2, 0.5 log2(2/3)]", () => {
  const [a, b] = klTerms([0.5, 0.5], [0.25, 0.75]);
  expect(a).toBe(0.5);
  expect(b).toBeCloseTo(0.5 * Math.log2(2 / 3), 15);
  expect(b).toBeLessThan(0); // a single term may be negative
});

test("klTerms(p, q) sums to klDivergence(p, q)", () => {
  const p = [0.1, 0.6, 0.3];
  const q = [0.3, 0.3, 0.4];
  const sum = klTerms(p, q).reduce((s, t) => s + t, 0);
  expect(sum).toBeCloseTo(klDivergence(p, q), 15);
});

test("klTerms(p, q) is 0 where p = 0 and Infinity where q = 0 < p", () => {
  expect(klTerms([0.5, 0.5, 0], [0.5, 0, 0.5])).toEqual([0, Infinity, 0]);
});

test("klTerms(p, q, e) gives each term in nats", () => {
  expect(klTerms([0.5, 0.5], [0.25, 0.75], Math.E)[0]).toBeCloseTo(0.5 * Math.LN2, 15);
});

test("klTerms(p, q) throws a RangeError for lengths 3 and 2", () => {
  expectRangeError(() => klTerms([0.2, 0.3, 0.5], [0.5, 0.5]), "klTerms:", "(3 y 2)");
});

test("klTerms(p, q) throws a RangeError for an empty q", () => {
  expectRangeError(() => klTerms([1], []), "klTerms: la distribución q está vacía");
});
