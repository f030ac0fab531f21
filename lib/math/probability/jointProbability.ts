import { assertProbability } from "../validate.js";

/**
 * Joint probability of two independent events: P(A ∩ B) = P(A) · P(B).
 *
 * Example (the lecture's two dice): a 3 on the first die and a 4 on the second,
 * P = 1/6 · 1/6 = 1/36.
 *
 * Throws a RangeError if an argument is not a probability in [0, 1].
 */
export function jointProbability(pA: number, pB: number): number {
  assertProbability("jointProbability", "pA", pA);
  assertProbability("jointProbability", "pB", pB);
  return pA * pB;
}
