import { expect, test } from "vitest";
import {
  DOT_TOLERANCE,
  dotThroughput,
  relativeError,
  summarizeTimings,
} from "../../../lib/race/raceStats.js";
import { expectRangeError } from "../expectRangeError.js";

test("summarizeTimings([3, 1, 2]) = { median: 2, min: 1, max: 3, count: 3 }", () => {
  expect(summarizeTimings([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, count: 3 });
});

test("summarizeTimings([5, 1, 3, 100]) takes the mean of the two middle values: median 4", () => {
  expect(summarizeTimings([5, 1, 3, 100])).toEqual({ median: 4, min: 1, max: 100, count: 4 });
});

test("summarizeTimings(times) does not reorder its argument", () => {
  const times = [3, 1, 2];
  summarizeTimings(times);
  expect(times).toEqual([3, 1, 2]);
});

test("summarizeTimings([]) and negative or NaN timings throw a Spanish RangeError", () => {
  expectRangeError(() => summarizeTimings([]), "summarizeTimings: no hay tiempos");
  expectRangeError(() => summarizeTimings([1, -2]), "times[1] = -2 es negativo");
  expectRangeError(() => summarizeTimings([NaN]), "times[0] = NaN no es un número finito");
});

test("relativeError(101, 100) = 0.01 and is symmetric in the sign of the difference", () => {
  expect(relativeError(101, 100)).toBeCloseTo(0.01, 15);
  expect(relativeError(99, 100)).toBeCloseTo(0.01, 15);
  expect(relativeError(-99, -100)).toBeCloseTo(0.01, 15);
});

test("relativeError(value, 0) is 0 for 0 and Infinity otherwise; a NaN value gives Infinity", () => {
  expect(relativeError(0, 0)).toBe(0);
  expect(relativeError(1e-9, 0)).toBe(Infinity);
  expect(relativeError(NaN, 3)).toBe(Infinity);
  expect(relativeError(Infinity, 3)).toBe(Infinity);
});

test("relativeError(v, NaN) throws: the reference must be finite", () => {
  expectRangeError(() => relativeError(1, NaN), "relativeError: reference = NaN");
});

test("relativeError of 2^24 against the float64 sum of 10^8 products of mean 1/4 is about 0.33", () => {
  // The serial float32 accumulator stalls at 2^24 = 16777216 while the true sum is ~2.5e7.
  expect(relativeError(2 ** 24, 2.5e7)).toBeCloseTo(0.329, 3);
  expect(relativeError(2 ** 24, 2.5e7)).toBeGreaterThan(DOT_TOLERANCE);
});

test("dotThroughput(1e6, 1) = 2n − 1 flops and 8n bytes in a millisecond: ~2 GFLOP/s, 8 GB/s", () => {
  expect(dotThroughput(1_000_000, 1)).toEqual({
    flops: 1_999_999,
    bytes: 8_000_000,
    gflops: 1.999999,
    gbps: 8,
  });
});

test("dotThroughput(n, ms) rejects n < 1, a fractional n and ms ≤ 0", () => {
  expectRangeError(() => dotThroughput(0, 1), "dotThroughput: n = 0");
  expectRangeError(() => dotThroughput(2.5, 1), "n = 2.5");
  expectRangeError(() => dotThroughput(10, 0), "ms = 0 no es positivo");
  expectRangeError(() => dotThroughput(10, NaN), "ms = NaN");
});
