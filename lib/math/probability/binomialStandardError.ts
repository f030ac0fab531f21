import { assertProbability } from "../validate.js";

/**
 * binomialStandardError(p, n) = √(p · (1 − p) / n): the standard deviation of the
 * frequency of an event of probability p over n independent trials. About 95 % of runs
 * land within two standard errors of p, which is why a frequency settles like 1/√n.
 *
 * Example: a fair coin tossed 100 times, binomialStandardError(0.5, 100) = √(0.25 / 100)
 * = 0.05, so the frequency of cara is usually between 0.4 and 0.6.
 *
 * Throws a RangeError if p is not a probability or n is not a number > 0.
 */
export function binomialStandardError(p: number, n: number): number {
  assertProbability("binomialStandardError", "p", p);
  if (typeof n !== "number" || !Number.isFinite(n) || n <= 0) {
    throw new RangeError(`binomialStandardError: n = ${String(n)} debe ser un número > 0`);
  }
  return Math.sqrt((p * (1 - p)) / n);
}
