import { expect, test } from "vitest";
import { entropy } from "../../../../lib/math/information/entropy.js";
import { expectRangeError } from "../../expectRangeError.js";

test("entropy([0.5, 0.5]) is 1 bit for the lecture's fair coin", () => {
  expect(entropy([0.5, 0.5])).toBe(1);
});

test("entropy([1, 0]) is 0 bits for the lecture's rigged coin (0·log 0 = 0)", () => {
  expect(entropy([1, 0])).toBe(0); // toBe(0) also rules out −0
});

test("entropy(p) is log2(n) for a uniform p", () => {
  expect(entropy([0.25, 0.25, 0.25, 0.25])).toBe(2);
  expect(entropy(new Array(8).fill(1 / 8))).toBe(3);
});

test("entropy([0.25, 0.75], e) is −(0.25 ln 0.25 + 0.75 ln 0.75) nats", () => {
  const expected = -(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75));
  expect(entropy([0.25, 0.75], Math.E)).toBeCloseTo(expected, 15);
  expect(entropy([0.25, 0.75], Math.E)).toBeCloseTo(0.5623351446188083, 15);
});

test("entropy([0.5, 0.5], 10) is log10(2) in hartleys", () => {
  expect(entropy([0.5, 0.5], 10)).toBeCloseTo(Math.log10(2), 15);
});

test("entropy(p) ignores zero entries: [0.5, 0, 0.5] has 1 bit", () => {
  expect(entropy([0.5, 0, 0.5])).toBe(1);
});

test("entropy([1]) is 0 bits for a certain outcome", () => {
  expect(entropy([1])).toBe(0);
});

test("entropy(p) throws a RangeError naming the sum when p sums to 0.9", () => {
  expectRangeError(
    () => entropy([0.5, 0.4]),
    "entropy: la distribución p suma 0.9, no 1 (tolerancia 1e-6)",
  );
});

test("entropy([]) throws a RangeError for an empty distribution", () => {
  expectRangeError(() => entropy([]), "entropy:", "vacía");
});

test("entropy(p) throws a RangeError naming a negative entry", () => {
  expectRangeError(() => entropy([1.5, -0.5]), "entropy: p[1] = -0.5");
});

test("entropy(p) throws a RangeError naming a NaN or infinite entry", () => {
  expectRangeError(() => entropy([NaN, 0.5]), "entropy: p[0] = NaN");
  expectRangeError(() => entropy([Infinity, 0]), "entropy: p[0] = Infinity");
});

test("entropy(p, base) throws a RangeError for a base of 1, 0, -2 or NaN", () => {
  for (const base of [1, 0, -2, NaN]) {
    expectRangeError(() => entropy([0.5, 0.5], base), `entropy: la base ${base}`);
  }
});
