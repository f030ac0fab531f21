import { expect, test } from "vitest";
import { crossEntropy } from "../../../../lib/math/information/crossEntropy.js";
import { entropy } from "../../../../lib/math/information/entropy.js";
import { klDivergence } from "../../../../lib/math/information/klDivergence.js";
import { expectRangeError } from "../../expectRangeError.js";

test("crossEntropy([0.5, 0.5], [0.25, 0.75]) = −(0.5 log2 0.25 + 0.5 log2 0.75) bits", () => {
  const expected = -(0.5 * Math.log2(0.25) + 0.5 * Math.log2(0.75));
  expect(crossEntropy([0.5, 0.5], [0.25, 0.75])).toBeCloseTo(expected, 15);
  expect(expected).toBeCloseTo(1.2075187496394219, 15);
});

test("crossEntropy(p, p) = entropy(p)", () => {
  expect(crossEntropy([0.25, 0.75], [0.25, 0.75])).toBeCloseTo(entropy([0.25, 0.75]), 15);
});

test("crossEntropy(p, q) = entropy(p) + klDivergence(p, q)", () => {
  const p = [0.1, 0.6, 0.3];
  const q = [0.3, 0.3, 0.4];
  expect(crossEntropy(p, q)).toBeCloseTo(entropy(p) + klDivergence(p, q), 14);
});

test("crossEntropy(p, q, e) is in nats: crossEntropy in bits · ln 2", () => {
  const p = [0.5, 0.5];
  const q = [0.25, 0.75];
  expect(crossEntropy(p, q, Math.E)).toBeCloseTo(crossEntropy(p, q) * Math.LN2, 15);
});

test("crossEntropy(p, q) is Infinity when q = 0 < p", () => {
  expect(crossEntropy([0.5, 0.5], [1, 0])).toBe(Infinity);
});

test("crossEntropy(p, q) ignores an outcome with p = 0, even where q = 0", () => {
  expect(crossEntropy([1, 0], [1, 0])).toBe(0);
});

test("crossEntropy(p, q) throws a RangeError for lengths 2 and 3", () => {
  expectRangeError(() => crossEntropy([0.5, 0.5], [0.2, 0.3, 0.5]), "crossEntropy:", "(2 y 3)");
});

test("crossEntropy(p, q) throws a RangeError naming q's sum", () => {
  expectRangeError(
    () => crossEntropy([0.5, 0.5], [0.5, 0.6]),
    "crossEntropy: la distribución q suma 1.1",
  );
});

test("crossEntropy(p, q, 1) throws a RangeError for base 1", () => {
  expectRangeError(() => crossEntropy([1], [1], 1), "crossEntropy: la base 1");
});
