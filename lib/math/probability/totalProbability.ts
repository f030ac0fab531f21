import { assertProbability } from "../validate.js";

/**
 * Law of total probability for a yes/no event A:
 * P(B) = P(B|A) · P(A) + P(B|¬A) · (1 − P(A)).
 *
 * Example (the lecture's medical test): P(TP) = 0.95 · 0.01 + 0.05 · 0.99
 * = 0.0095 + 0.0495 = 0.059.
 *
 * Throws a RangeError if an argument is not a probability in [0, 1].
 */
export function totalProbability(pBgivenA: number, pA: number, pBgivenNotA: number): number {
  assertProbability("totalProbability", "pBgivenA", pBgivenA);
  assertProbability("totalProbability", "pA", pA);
  assertProbability("totalProbability", "pBgivenNotA", pBgivenNotA);
  return pBgivenA * pA + pBgivenNotA * (1 - pA);
}
