import { expect, test } from "vitest";
import { mulberry32 } from "../../../../lib/random/mulberry32.js";
import { simulateFrequency } from "../../../../lib/math/probability/simulateFrequency.js";
import { expectRangeError } from "../../expectRangeError.js";

test("simulateFrequency(mulberry32(1), 2, [1], 4) tosses cruz, cara, cruz, cruz: 0, 1/2, 1/3, 1/4", () => {
  const run = simulateFrequency(mulberry32(1), 2, [1], 4, [1, 2, 3, 4]);
  expect([...run.frequencies]).toEqual([0, 1 / 2, 1 / 3, 1 / 4]);
  expect([...run.faceCounts]).toEqual([1, 3]);
  expect(run.hits).toBe(1);
  expect(run.probability).toBe(1 / 2);
});

test("simulateFrequency(rng, 6, [2, 4, 6], n) has probability 1/2 and counts every roll once", () => {
  const run = simulateFrequency(mulberry32(3), 6, [2, 4, 6], 1000);
  expect(run.probability).toBe(1 / 2);
  expect(run.faceCounts.reduce((s, c) => s + c, 0)).toBe(1000);
  expect(run.hits).toBe(run.faceCounts[1] + run.faceCounts[3] + run.faceCounts[5]);
  expect(run.frequencies.at(-1)).toBe(run.hits / 1000);
  expect(run.checkpoints.at(-1)).toBe(1000);
});

test("simulateFrequency(mulberry32(7), 6, [6], 10⁶) lands within 0.002 of 1/6 (law of large numbers)", () => {
  const run = simulateFrequency(mulberry32(7), 6, [6], 1_000_000);
  expect(run.hits).toBe(166_488);
  expect(Math.abs(run.frequencies.at(-1)! - 1 / 6)).toBeLessThan(0.002);
});

test("simulateFrequency is reproducible: the same seed gives the same run", () => {
  const a = simulateFrequency(mulberry32(99), 2, [1], 10_000);
  const b = simulateFrequency(mulberry32(99), 2, [1], 10_000);
  expect([...a.frequencies]).toEqual([...b.frequencies]);
});

test("simulateFrequency throws a RangeError for bad sides, faces, n or checkpoints", () => {
  const rng = mulberry32(1);
  expectRangeError(() => simulateFrequency(rng, 1, [1], 10), "sides = 1");
  expectRangeError(() => simulateFrequency(rng, 6, [7], 10), "la cara favorable 7 no existe");
  expectRangeError(
    () => simulateFrequency(rng, 6, [2, 2], 10),
    "la cara favorable 2 está repetida",
  );
  expectRangeError(() => simulateFrequency(rng, 2, [1], 0), "n = 0");
  expectRangeError(() => simulateFrequency(rng, 2, [1], 2.5), "n = 2.5");
  expectRangeError(() => simulateFrequency(rng, 2, [1], 1e8), "n = 100000000");
  expectRangeError(() => simulateFrequency(rng, 2, [1], 10, [1, 5, 5]), "checkpoints[2] = 5");
  expectRangeError(() => simulateFrequency(rng, 2, [1], 10, [11]), "checkpoints[0] = 11");
});
