import { describe, expect, test } from "vitest";
import { quantile, summarize } from "../scripts/bench/summary.js";

describe("bench summary", () => {
  test("quantile([1,2,3,4], 0.5) = 2.5 (interpolated median)", () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
  });
  test("quantile(x, 0.95) interpolates between the two largest order statistics", () => {
    expect(quantile([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.95)).toBeCloseTo(95, 12);
  });
  test("summarize([5,1,3]) gives median 3, min 1, max 5, 3 runs", () => {
    expect(summarize([5, 1, 3])).toEqual({ runs: 3, median: 3, p95: 4.8, min: 1, max: 5 });
  });
  test("quantile([]) throws a Spanish RangeError", () => {
    expect(() => quantile([], 0.5)).toThrow(/vacía/);
  });
});
