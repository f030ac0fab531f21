import { conditionalProbability } from "./conditionalProbability.js";
import { assertProbability, formatValue } from "../validate.js";

/**
 * The four joint probabilities of two yes/no events A and B (a 2 × 2 table that sums
 * to 1): P(A ∩ B), P(A ∩ ¬B), P(¬A ∩ B), P(¬A ∩ ¬B).
 */
export interface JointTable {
  aAndB: number;
  aAndNotB: number;
  notAAndB: number;
  notAAndNotB: number;
}

/** The branches of the probability tree «first A or ¬A, then B or ¬B»; null where undefined. */
export interface TreeBranches {
  a: number;
  notA: number;
  /** P(B|A) and P(¬B|A): null when P(A) = 0 (one cannot condition on an impossible event). */
  bGivenA: number | null;
  notBGivenA: number | null;
  /** P(B|¬A) and P(¬B|¬A): null when P(¬A) = 0. */
  bGivenNotA: number | null;
  notBGivenNotA: number | null;
}

/** How far below 0 a cell may land from rounding alone before the inputs count as inconsistent. */
const CELL_TOLERANCE = 1e-9;

/**
 * jointTableFromLikelihoods(pA, pBgivenA, pBgivenNotA) → the joint table when we know the
 * prior of A and how likely B is with and without A (the product rule,
 * P(A ∩ B) = P(A) · P(B|A)).
 *
 * Example (the lecture's medical test, A = enferma, B = prueba positiva):
 * jointTableFromLikelihoods(0.01, 0.95, 0.05) = {aAndB: 0.0095, aAndNotB: 0.0005,
 * notAAndB: 0.0495, notAAndNotB: 0.9405}.
 *
 * Throws a RangeError if an argument is not a probability in [0, 1].
 */
export function jointTableFromLikelihoods(
  pA: number,
  pBgivenA: number,
  pBgivenNotA: number,
): JointTable {
  assertProbability("jointTableFromLikelihoods", "pA", pA);
  assertProbability("jointTableFromLikelihoods", "pBgivenA", pBgivenA);
  assertProbability("jointTableFromLikelihoods", "pBgivenNotA", pBgivenNotA);
  return {
    aAndB: pA * pBgivenA,
    aAndNotB: pA * (1 - pBgivenA),
    notAAndB: (1 - pA) * pBgivenNotA,
    notAAndNotB: (1 - pA) * (1 - pBgivenNotA),
  };
}

/**
 * jointTableFromMarginals(pA, pB, pBgivenA) → the joint table when we know both marginals
 * and one likelihood: P(A ∩ B) = P(A) · P(B|A), and the other cells by subtraction.
 *
 * Example (the lecture's Dr. Gómez, A = hombre, B = finge): jointTableFromMarginals(0.1,
 * 0.4, 0.5) = {aAndB: 0.05, aAndNotB: 0.05, notAAndB: 0.35, notAAndNotB: 0.55}.
 *
 * Throws a RangeError if an argument is not a probability, or if the three numbers cannot
 * all be true: P(A ∩ B) larger than P(B), or more of B outside A than there is ¬A
 * (P(B) − P(A ∩ B) > 1 − P(A)), by more than 1e-9.
 */
export function jointTableFromMarginals(pA: number, pB: number, pBgivenA: number): JointTable {
  const fn = "jointTableFromMarginals";
  assertProbability(fn, "pA", pA);
  assertProbability(fn, "pB", pB);
  assertProbability(fn, "pBgivenA", pBgivenA);
  const aAndB = pA * pBgivenA;
  const notA = 1 - pA;
  const notAAndB = pB - aAndB;
  if (notAAndB < -CELL_TOLERANCE) {
    throw new RangeError(
      `${fn}: datos incoherentes, P(A ∩ B) = P(A)·P(B|A) = ${formatValue(aAndB)} es mayor que P(B) = ${formatValue(pB)}`,
    );
  }
  if (notAAndB > notA + CELL_TOLERANCE) {
    throw new RangeError(
      `${fn}: datos incoherentes, P(¬A ∩ B) = P(B) − P(A)·P(B|A) = ${formatValue(notAAndB)} no cabe en P(¬A) = 1 − P(A) = ${formatValue(notA)}`,
    );
  }
  const clamped = Math.min(Math.max(notAAndB, 0), notA);
  return {
    aAndB,
    aAndNotB: pA - aAndB,
    notAAndB: clamped,
    notAAndNotB: notA - clamped,
  };
}

/**
 * treeBranches(table) → the probabilities on the branches of the tree that splits first
 * by A and then by B: P(A), P(¬A), then P(B|A) = P(A ∩ B) / P(A) and the others, computed
 * with conditionalProbability. A branch below an impossible event is null.
 *
 * Example: treeBranches of the medical test's table gives a = 0.01, notA = 0.99,
 * bGivenA = 0.95, notBGivenA = 0.05, bGivenNotA = 0.05, notBGivenNotA = 0.95 (up to rounding).
 */
export function treeBranches(table: JointTable): TreeBranches {
  const a = table.aAndB + table.aAndNotB;
  const notA = table.notAAndB + table.notAAndNotB;
  const given = (cell: number, parent: number) =>
    parent === 0 ? null : conditionalProbability(Math.min(cell, parent), Math.min(parent, 1));
  return {
    a,
    notA,
    bGivenA: given(table.aAndB, a),
    notBGivenA: given(table.aAndNotB, a),
    bGivenNotA: given(table.notAAndB, notA),
    notBGivenNotA: given(table.notAAndNotB, notA),
  };
}
