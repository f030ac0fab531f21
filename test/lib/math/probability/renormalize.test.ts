import { expect, test } from "vitest";
import { renormalize } from "../../../../lib/math/probability/renormalize.js";
import { expectRangeError } from "../../expectRangeError.js";

test("renormalize([3, 1, 1]) = [0.6, 0.2, 0.2]", () => {
  expect(renormalize([3, 1, 1])).toEqual([0.6, 0.2, 0.2]);
});

test("renormalize(p) returns a distribution that already adds up to 1 unchanged", () => {
  expect(renormalize([0.25, 0.75])).toEqual([0.25, 0.75]);
});

test("renormalize gives identical distributions for weights in the same proportion", () => {
  expect(renormalize([2, 2, 4])).toEqual(renormalize([1, 1, 2]));
});

test("renormalize([0, 5]) = [0, 1]: a zero weight stays 0", () => {
  expect(renormalize([0, 5])).toEqual([0, 1]);
});

test("renormalize throws a RangeError for all-zero, negative, non-finite or no weights", () => {
  expectRangeError(() => renormalize([0, 0]), "renormalize: todos los pesos valen 0");
  expectRangeError(() => renormalize([1, -0.5]), "el peso 2 vale -0.5");
  expectRangeError(() => renormalize([1, NaN]), "el peso 2 = NaN no es un número finito");
  expectRangeError(() => renormalize([]), "no hay pesos");
});
