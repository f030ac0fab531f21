import { assertProbability, formatValue } from "../validate.js";

/**
 * Conditional probability: P(A|B) = P(A ∩ B) / P(B), for P(B) > 0.
 *
 * Example (the lecture's coin and die): P(A ∩ B) = 1/4, P(B) = 1/2, so P(A|B) = 1/2.
 *
 * Throws a RangeError if an argument is not a probability in [0, 1], if P(B) = 0, or if
 * P(A ∩ B) > P(B) (an intersection cannot be more likely than one of its events).
 */
export function conditionalProbability(pAandB: number, pB: number): number {
  assertProbability("conditionalProbability", "pAandB", pAandB);
  assertProbability("conditionalProbability", "pB", pB);
  if (pB === 0) {
    throw new RangeError(
      "conditionalProbability: pB = 0; P(A|B) solo está definida si P(B) > 0 (no se puede condicionar en un evento imposible)",
    );
  }
  if (pAandB > pB) {
    throw new RangeError(
      `conditionalProbability: datos incoherentes, pAandB = ${formatValue(pAandB)} es mayor que pB = ${formatValue(pB)}; P(A ∩ B) no puede superar P(B)`,
    );
  }
  return pAandB / pB;
}
