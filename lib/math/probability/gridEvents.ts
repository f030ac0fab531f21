import { areIndependent } from "./areIndependent.js";

/** Counts and probabilities of two events on a grid of equally likely cells. */
export interface GridEvents {
  /** Number of cells (equally likely outcomes). */
  total: number;
  /** Cells in A, in B, and in both. */
  countA: number;
  countB: number;
  countAandB: number;
  /** count / total for each. */
  pA: number;
  pB: number;
  pAandB: number;
  /** Whether P(A ∩ B) = P(A) · P(B) within the independence tolerance. */
  independent: boolean;
}

/**
 * gridEvents(total, a, b) → P(A), P(B) and P(A ∩ B) for two events on a finite space of
 * `total` equally likely outcomes numbered 0 … total − 1, each event given as the list of
 * its outcomes: P(A) = |A| / total (favourable cases over possible cases), and whether
 * A and B are independent. P(A|B) is then conditionalProbability(pAandB, pB).
 *
 * Example (the lecture's two dice on a 6 × 6 grid, cell = 6 · (first − 1) + (second − 1)):
 * A = «the first die is 3» = cells 12…17, B = «the second die is 4» = cells 3, 9, 15, 21,
 * 27, 33; they share cell 15, so P(A) = P(B) = 6/36, P(A ∩ B) = 1/36, and they are
 * independent.
 *
 * Throws a RangeError if total is not an integer ≥ 1 or an outcome is not an integer in
 * 0 … total − 1. Repeated outcomes count once.
 */
export function gridEvents(total: number, a: readonly number[], b: readonly number[]): GridEvents {
  if (!Number.isInteger(total) || total < 1) {
    throw new RangeError(`gridEvents: total = ${String(total)} debe ser un entero ≥ 1`);
  }
  const setA = toSet(total, "a", a);
  const setB = toSet(total, "b", b);
  let countAandB = 0;
  for (const cell of setA) if (setB.has(cell)) countAandB++;
  const pA = setA.size / total;
  const pB = setB.size / total;
  const pAandB = countAandB / total;
  return {
    total,
    countA: setA.size,
    countB: setB.size,
    countAandB,
    pA,
    pB,
    pAandB,
    independent: areIndependent(pA, pB, pAandB),
  };
}

function toSet(total: number, name: string, cells: readonly number[]): Set<number> {
  cells.forEach((cell, i) => {
    if (!Number.isInteger(cell) || cell < 0 || cell >= total) {
      throw new RangeError(
        `gridEvents: ${name}[${i}] = ${String(cell)} no es una casilla; las casillas van de 0 a ${total - 1}`,
      );
    }
  });
  return new Set(cells);
}
