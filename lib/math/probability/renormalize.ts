import { assertFinite, formatValue } from "../validate.js";

/**
 * renormalize(weights) → the distribution proportional to `weights`: each weight divided
 * by their sum, pᵢ = wᵢ / Σw, so the result adds up to 1. Weights that already add up to
 * 1 come back unchanged, and equal weight lists give identical distributions, so two bars
 * edited to the same values give exactly the same P.
 *
 * Example: renormalize([3, 1, 1]) = [0.6, 0.2, 0.2] (each divided by 5).
 *
 * Throws a RangeError if there are no weights, a weight is negative or not finite, or all
 * weights are 0 (there is nothing to divide).
 */
export function renormalize(weights: readonly number[]): number[] {
  if (weights.length === 0) {
    throw new RangeError("renormalize: no hay pesos; hace falta al menos un resultado");
  }
  weights.forEach((w, i) => {
    assertFinite("renormalize", `el peso ${i + 1}`, w);
    if (w < 0) {
      throw new RangeError(
        `renormalize: el peso ${i + 1} vale ${formatValue(w)}; los pesos no pueden ser negativos`,
      );
    }
  });
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum === 0) {
    throw new RangeError(
      "renormalize: todos los pesos valen 0; al menos uno debe ser mayor que 0 para formar una distribución",
    );
  }
  return weights.map((w) => w / sum);
}
