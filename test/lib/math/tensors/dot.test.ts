import { expect, test } from "vitest";
import {
  compensatedSum,
  dotCompensated,
  dotFloat32Serial,
  dotLoop,
} from "../../../../lib/math/tensors/dot.js";

test("dotLoop, dotCompensated and dotFloat32Serial of [1, 2, 3]·[1, 2, 3] are all 14", () => {
  const u = [1, 2, 3];
  expect(dotLoop(u, u)).toBe(14);
  expect(dotCompensated(u, u)).toBe(14);
  expect(dotFloat32Serial(u, u)).toBe(14);
});

test("dot*(u, v, from, to) sums only the index range [from, to)", () => {
  const u = [1, 2, 3, 4];
  const v = [1, 1, 1, 1];
  expect(dotLoop(u, v, 1, 3)).toBe(5);
  expect(dotCompensated(u, v, 2)).toBe(7);
  expect(dotFloat32Serial(u, v, 0, 0)).toBe(0);
});

test("dotCompensated keeps what a plain loop loses: [1e16, 1, −1e16]·[1, 1, 1] = 1", () => {
  const u = [1e16, 1, -1e16];
  const ones = [1, 1, 1];
  expect(dotLoop(u, ones)).toBe(0);
  expect(dotCompensated(u, ones)).toBe(1);
});

test("dotFloat32Serial stalls at 2^24: adding 0.25 to 16777216 in float32 changes nothing", () => {
  const n = 1000;
  const u = new Float32Array(n + 1).fill(0.5);
  const v = new Float32Array(n + 1).fill(0.5);
  u[0] = 2 ** 24;
  v[0] = 1;
  expect(dotFloat32Serial(u, v)).toBe(2 ** 24);
  expect(dotLoop(u, v)).toBe(2 ** 24 + n * 0.25);
});

test("compensatedSum([1e16, 1, -1e16]) = 1 where a plain sum gives 0", () => {
  expect(compensatedSum([1e16, 1, -1e16])).toBe(1);
  expect([1e16, 1, -1e16].reduce((s, x) => s + x, 0)).toBe(0);
  expect(compensatedSum([])).toBe(0);
});
