import { jointProbability } from "./jointProbability.js";
import { assertProbability } from "../validate.js";

/** How far P(A ∩ B) may be from P(A) · P(B) for A and B to count as independent. */
export const INDEPENDENCE_TOLERANCE = 1e-9;

/**
 * areIndependent(pA, pB, pAandB) → whether A and B are independent:
 * |P(A ∩ B) − P(A) · P(B)| ≤ tolerance (1e-9 by default, so that 1/6 · 1/6 and 1/36,
 * which differ in the last bit of a double, count as equal).
 *
 * Example (the lecture's two dice): areIndependent(1/6, 1/6, 1/36) = true; on the same
 * grid «first die is 3» and «the sum is 6» give areIndependent(1/6, 5/36, 1/36) = false.
 *
 * Throws a RangeError if an argument is not a probability or the tolerance is negative.
 */
export function areIndependent(
  pA: number,
  pB: number,
  pAandB: number,
  tolerance = INDEPENDENCE_TOLERANCE,
): boolean {
  assertProbability("areIndependent", "pAandB", pAandB);
  if (!(tolerance >= 0)) {
    throw new RangeError(`areIndependent: tolerance = ${String(tolerance)} debe ser ≥ 0`);
  }
  return Math.abs(pAandB - jointProbability(pA, pB)) <= tolerance;
}
