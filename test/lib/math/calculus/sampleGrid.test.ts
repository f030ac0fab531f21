import { expect, test } from "vitest";
import { sampleGrid } from "../../../../lib/math/calculus/sampleGrid.js";
import { expectRangeError } from "../../expectRangeError.js";

test("sampleGrid(u + v, [0, 2], [0, 2], 2) gives 4 cells evaluated at their centres", () => {
  expect(sampleGrid((u, v) => u + v, [0, 2], [0, 2], 2)).toEqual([
    { u: 0, u2: 1, v: 0, v2: 1, value: 1 },
    { u: 1, u2: 2, v: 0, v2: 1, value: 2 },
    { u: 0, u2: 1, v: 1, v2: 2, value: 2 },
    { u: 1, u2: 2, v: 1, v2: 2, value: 3 },
  ]);
});

test("sampleGrid(f, ·, ·, 40) gives 1600 cells covering the whole rectangle", () => {
  const cells = sampleGrid(() => 0, [-1, 5], [-2, 4], 40);
  expect(cells).toHaveLength(1600);
  expect(Math.min(...cells.map((c) => c.u))).toBe(-1);
  expect(Math.max(...cells.map((c) => c.v2))).toBeCloseTo(4, 12);
});

test("sampleGrid with n = 0 or a NaN bound throws a RangeError", () => {
  expectRangeError(() => sampleGrid(() => 0, [0, 1], [0, 1], 0), "sampleGrid: n = 0");
  expectRangeError(() => sampleGrid(() => 0, [0, NaN], [0, 1], 2), "sampleGrid: u1 = NaN");
});
