import { expect, test } from "vitest";
import { fillUniform, mulberry32 } from "../../../lib/random/seededRandom.js";

test("mulberry32(42) gives the same sequence every time", () => {
  const a = mulberry32(42);
  const b = mulberry32(42);
  const first = [a(), a(), a()];
  expect([b(), b(), b()]).toEqual(first);
  expect(first[0]).toBe(0.6011037519201636);
});

test("mulberry32(seed) draws in [0, 1) with a mean near 1/2", () => {
  const random = mulberry32(7);
  let sum = 0;
  for (let i = 0; i < 10_000; i++) {
    const x = random();
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThan(1);
    sum += x;
  }
  expect(sum / 10_000).toBeCloseTo(0.5, 1);
});

test("fillUniform in two ranges fills the same numbers as in one go", () => {
  const whole = new Float32Array(10);
  fillUniform(whole, mulberry32(3));
  const parts = new Float32Array(10);
  const random = mulberry32(3);
  fillUniform(parts, random, 0, 4);
  fillUniform(parts, random, 4, 10);
  expect(parts).toEqual(whole);
});
