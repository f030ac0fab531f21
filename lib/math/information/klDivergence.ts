import { klTerms } from "./klTerms.js";
import { assertKlArguments } from "../validate.js";

/**
 * Kullback–Leibler divergence D_KL(P‖Q) = Σ pᵢ · log_b(pᵢ / qᵢ): the information lost
 * when Q is used to approximate P. A term with pᵢ = 0 adds 0; if some qᵢ = 0 < pᵢ the
 * divergence is Infinity. It is not symmetric, and it is 0 exactly when P = Q.
 * Rounding can make a sum of terms come out as −1e-17; the result is clamped at 0
 * (Gibbs' inequality: D_KL ≥ 0).
 *
 * Example: klDivergence([0.5, 0.5], [0.25, 0.75]) = 0.5 · log2 2 + 0.5 · log2(2/3)
 * = 0.2075… bits, while klDivergence([0.25, 0.75], [0.5, 0.5]) = 0.1887… bits.
 */
export function klDivergence(p: readonly number[], q: readonly number[], base = 2): number {
  assertKlArguments("klDivergence", p, q, base);
  const sum = klTerms(p, q, base).reduce((s, t) => s + t, 0);
  return Math.max(0, sum);
}
