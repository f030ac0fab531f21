import { assertProbability, formatValue } from "../validate.js";

/** How far above 1 a posterior may land from rounding alone before the inputs count as inconsistent. */
const POSTERIOR_TOLERANCE = 1e-9;

/**
 * Bayes' theorem: P(A|B) = P(A) · P(B|A) / P(B), for P(B) > 0.
 *
 * Example (the lecture's Dr. Gómez): P(H|F) = P(H) · P(F|H) / P(F) = 0.1 · 0.5 / 0.4 = 0.125.
 *
 * Throws a RangeError if an argument is not a probability in [0, 1], if P(B) = 0, or if
 * the inputs are inconsistent: P(A) · P(B|A) = P(A ∩ B) can never exceed P(B), so a
 * posterior above 1 (by more than 1e-9) means the three numbers cannot all be true.
 * A posterior within 1e-9 above 1 is rounding noise and is returned as 1.
 */
export function bayes(pA: number, pBgivenA: number, pB: number): number {
  assertProbability("bayes", "pA", pA);
  assertProbability("bayes", "pBgivenA", pBgivenA);
  assertProbability("bayes", "pB", pB);
  if (pB === 0) {
    throw new RangeError(
      "bayes: pB = 0; P(A|B) solo está definida si P(B) > 0 (no se puede condicionar en un evento imposible)",
    );
  }
  const joint = pA * pBgivenA;
  const posterior = joint / pB;
  if (posterior > 1 + POSTERIOR_TOLERANCE) {
    throw new RangeError(
      `bayes: datos incoherentes, P(A|B) = ${formatValue(posterior)} > 1: P(A)·P(B|A) = ` +
        `${formatValue(pA)}·${formatValue(pBgivenA)} = ${formatValue(joint)} es P(A ∩ B), ` +
        `que no puede ser mayor que P(B) = ${formatValue(pB)}`,
    );
  }
  return Math.min(posterior, 1);
}
