import { expect, test } from "vitest";
import { logCheckpoints } from "../../../../lib/math/probability/logCheckpoints.js";
import { expectRangeError } from "../../expectRangeError.js";

test("logCheckpoints(100, 4) = [1, 2, 3, 6, 10, 18, 32, 56, 100]", () => {
  expect(logCheckpoints(100, 4)).toEqual([1, 2, 3, 6, 10, 18, 32, 56, 100]);
});

test("logCheckpoints(10) drops repeats at the start: [1, 2, 3, 4, 5, 6, 8, 10]", () => {
  expect(logCheckpoints(10)).toEqual([1, 2, 3, 4, 5, 6, 8, 10]);
});

test("logCheckpoints(n) always ends in n, even between powers of ten", () => {
  expect(logCheckpoints(1)).toEqual([1]);
  expect(logCheckpoints(250, 1)).toEqual([1, 10, 100, 250]);
});

test("logCheckpoints(10⁶) has 10 points per decade, fewer below 10: 58 increasing points", () => {
  const points = logCheckpoints(1_000_000);
  expect(points.length).toBe(58); // 61 powers of 10^0.1, three of them repeats below 10
  expect(points.at(-1)).toBe(1_000_000);
  for (let i = 1; i < points.length; i++) expect(points[i]).toBeGreaterThan(points[i - 1]);
});

test("logCheckpoints throws a RangeError for n < 1 or a non-integer perDecade", () => {
  expectRangeError(() => logCheckpoints(0), "logCheckpoints: n = 0");
  expectRangeError(() => logCheckpoints(10, 2.5), "perDecade = 2.5");
});
