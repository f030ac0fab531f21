import { expect, test } from "vitest";
import { mulberry32 } from "../../../lib/random/mulberry32.js";
import { expectRangeError } from "../expectRangeError.js";

test("mulberry32(1) yields the reference sequence 0.6270739405881613, 0.002735721180215478, …", () => {
  const random = mulberry32(1);
  expect([random(), random(), random(), random()]).toEqual([
    0.6270739405881613, 0.002735721180215478, 0.5274470399599522, 0.9810509674716741,
  ]);
});

test("mulberry32(seed) gives the same sequence for the same seed and another for another seed", () => {
  const a = mulberry32(42);
  const b = mulberry32(42);
  const c = mulberry32(43);
  const first = [a(), a(), a()];
  expect([b(), b(), b()]).toEqual(first);
  expect([c(), c(), c()]).not.toEqual(first);
});

test("mulberry32(seed) reduces the seed to 32 bits: 2³² + 1 behaves like 1", () => {
  expect(mulberry32(2 ** 32 + 1)()).toBe(mulberry32(1)());
});

test("mulberry32(7) stays in [0, 1) and averages 1/2 over 10⁵ draws", () => {
  const random = mulberry32(7);
  let sum = 0;
  for (let i = 0; i < 100_000; i++) {
    const x = random();
    expect(x >= 0 && x < 1).toBe(true);
    sum += x;
  }
  expect(sum / 100_000).toBeCloseTo(0.5, 2);
});

test("mulberry32(NaN) throws a RangeError naming the seed", () => {
  expectRangeError(() => mulberry32(NaN), "mulberry32: seed = NaN");
});
