import { expect, test } from "vitest";
import {
  jointTableFromLikelihoods,
  jointTableFromMarginals,
} from "../../../../lib/math/probability/jointTable.js";
import { naturalFrequencies } from "../../../../lib/math/probability/naturalFrequencies.js";
import { expectRangeError } from "../../expectRangeError.js";

test("naturalFrequencies(medical test) = 10, 0, 50, 940 of 1,000: half-person ties go to «positive»", () => {
  expect(naturalFrequencies(jointTableFromLikelihoods(0.01, 0.95, 0.05))).toEqual({
    aAndB: 10,
    aAndNotB: 0,
    notAAndB: 50,
    notAAndNotB: 940,
  });
});

test("naturalFrequencies(medical test, 10000) = 95, 5, 495, 9405: exact at 10,000 people", () => {
  expect(naturalFrequencies(jointTableFromLikelihoods(0.01, 0.95, 0.05), 10_000)).toEqual({
    aAndB: 95,
    aAndNotB: 5,
    notAAndB: 495,
    notAAndNotB: 9405,
  });
});

test("naturalFrequencies(Dr. Gómez) = 50, 50, 350, 550 of 1,000", () => {
  expect(naturalFrequencies(jointTableFromMarginals(0.1, 0.4, 0.5))).toEqual({
    aAndB: 50,
    aAndNotB: 50,
    notAAndB: 350,
    notAAndNotB: 550,
  });
});

test("naturalFrequencies rounds the A total first: 1/3 of 1,000 is 333 in A, then split", () => {
  const counts = naturalFrequencies(jointTableFromLikelihoods(1 / 3, 0.5, 0.5));
  expect(counts.aAndB + counts.aAndNotB).toBe(333);
  expect(counts).toEqual({ aAndB: 167, aAndNotB: 166, notAAndB: 334, notAAndNotB: 333 });
});

test("naturalFrequencies(table) always adds up to the population", () => {
  const counts = naturalFrequencies(jointTableFromLikelihoods(0.0137, 0.912, 0.0731));
  expect(counts.aAndB + counts.aAndNotB + counts.notAAndB + counts.notAAndNotB).toBe(1000);
});

test("naturalFrequencies throws a RangeError if the cells do not add up to 1", () => {
  expectRangeError(
    () => naturalFrequencies({ aAndB: 0.5, aAndNotB: 0.5, notAAndB: 0.5, notAAndNotB: 0 }),
    "naturalFrequencies: las cuatro celdas suman 1.5",
  );
  expectRangeError(
    () => naturalFrequencies({ aAndB: 1, aAndNotB: 0, notAAndB: 0, notAAndNotB: 0 }, -1),
    "population = -1",
  );
});
