import { expect, test } from "vitest";
import {
  jointTableFromLikelihoods,
  jointTableFromMarginals,
  treeBranches,
} from "../../../../lib/math/probability/jointTable.js";
import { expectRangeError } from "../../expectRangeError.js";

test("jointTableFromLikelihoods(0.01, 0.95, 0.05) is the medical test's table 0.0095, 0.0005, 0.0495, 0.9405", () => {
  const table = jointTableFromLikelihoods(0.01, 0.95, 0.05);
  expect(table.aAndB).toBeCloseTo(0.0095, 15);
  expect(table.aAndNotB).toBeCloseTo(0.0005, 15);
  expect(table.notAAndB).toBeCloseTo(0.0495, 15);
  expect(table.notAAndNotB).toBeCloseTo(0.9405, 15);
  expect(table.aAndB + table.notAAndB).toBeCloseTo(0.059, 15); // the lecture's P(TP)
});

test("jointTableFromLikelihoods throws a RangeError naming an argument outside [0, 1]", () => {
  expectRangeError(
    () => jointTableFromLikelihoods(0.01, 1.2, 0.05),
    "jointTableFromLikelihoods: pBgivenA = 1.2",
  );
});

test("jointTableFromMarginals(0.1, 0.4, 0.5) is Dr. Gómez's table 0.05, 0.05, 0.35, 0.55", () => {
  const table = jointTableFromMarginals(0.1, 0.4, 0.5);
  expect(table.aAndB).toBe(0.05);
  expect(table.aAndNotB).toBe(0.05);
  expect(table.notAAndB).toBeCloseTo(0.35, 15);
  expect(table.notAAndNotB).toBeCloseTo(0.55, 15);
});

test("jointTableFromMarginals(0.5, 0.2, 0.8) throws: P(A)·P(B|A) = 0.4 > P(B) = 0.2", () => {
  expectRangeError(
    () => jointTableFromMarginals(0.5, 0.2, 0.8),
    "jointTableFromMarginals: datos incoherentes",
    "0.4 es mayor que P(B) = 0.2",
  );
});

test("jointTableFromMarginals(0.9, 0.9, 0.5) throws: 0.45 of B outside A cannot fit in P(¬A) = 0.1", () => {
  expectRangeError(
    () => jointTableFromMarginals(0.9, 0.9, 0.5),
    "datos incoherentes",
    "P(¬A ∩ B) = P(B) − P(A)·P(B|A) = 0.45 no cabe en P(¬A) = 1 − P(A) = 0.1",
  );
});

test("jointTableFromMarginals(1, 1, 1) is all in A ∩ B", () => {
  expect(jointTableFromMarginals(1, 1, 1)).toEqual({
    aAndB: 1,
    aAndNotB: 0,
    notAAndB: 0,
    notAAndNotB: 0,
  });
});

test("treeBranches(medical test) has 0.01 / 0.99, then 0.95 / 0.05 and 0.05 / 0.95", () => {
  const branches = treeBranches(jointTableFromLikelihoods(0.01, 0.95, 0.05));
  expect(branches.a).toBeCloseTo(0.01, 15);
  expect(branches.notA).toBeCloseTo(0.99, 15);
  expect(branches.bGivenA).toBeCloseTo(0.95, 15);
  expect(branches.notBGivenA).toBeCloseTo(0.05, 15);
  expect(branches.bGivenNotA).toBeCloseTo(0.05, 15);
  expect(branches.notBGivenNotA).toBeCloseTo(0.95, 15);
});

test("treeBranches(Dr. Gómez) gives P(F|¬H) = 0.35 / 0.9 = 0.3888…", () => {
  const branches = treeBranches(jointTableFromMarginals(0.1, 0.4, 0.5));
  expect(branches.bGivenA).toBe(0.5);
  expect(branches.bGivenNotA).toBeCloseTo(0.35 / 0.9, 15);
});

test("treeBranches leaves the branches below an impossible event null", () => {
  const branches = treeBranches(jointTableFromLikelihoods(0, 0.95, 0.05));
  expect(branches.a).toBe(0);
  expect(branches.bGivenA).toBeNull();
  expect(branches.notBGivenA).toBeNull();
  expect(branches.bGivenNotA).toBe(0.05);
});
