import { expect, test } from "vitest";
import { tangentLine } from "../../../../lib/math/calculus/tangentLine.js";
import { expectRangeError } from "../../expectRangeError.js";

test("tangentLine(1, 2, 3, [0, 2]) = [(0, −1), (2, 5)]", () => {
  expect(tangentLine(1, 2, 3, [0, 2])).toEqual([
    { x: 0, y: -1 },
    { x: 2, y: 5 },
  ]);
});

test("tangentLine with slope 0 is horizontal", () => {
  expect(tangentLine(5, 7, 0, [-1, 1]).map((p) => p.y)).toEqual([7, 7]);
});

test("tangentLine(·, ·, Infinity, ·) throws a RangeError naming the slope", () => {
  expectRangeError(() => tangentLine(0, 0, Infinity, [0, 1]), "tangentLine: slope = Infinity");
});
