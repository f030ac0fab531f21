import { logBase } from "./logBase.js";
import { assertKlArguments } from "../validate.js";

/**
 * Cross-entropy H(P, Q) = −Σ pᵢ · log_b(qᵢ) = H(P) + D_KL(P‖Q): the average code length
 * when outcomes come from P but the code was built for Q. A term with pᵢ = 0 adds 0; if
 * some qᵢ = 0 < pᵢ the cross-entropy is Infinity.
 *
 * Example: crossEntropy([0.5, 0.5], [0.25, 0.75]) = −(0.5 · log2 0.25 + 0.5 · log2 0.75)
 * = 1.2075… bits = 1 bit of entropy + 0.2075… bits of KL divergence.
 */
export function crossEntropy(p: readonly number[], q: readonly number[], base = 2): number {
  assertKlArguments("crossEntropy", p, q, base);
  const sum = p.reduce((s, pi, i) => {
    if (pi === 0) return s;
    if (q[i] === 0) return -Infinity;
    return s + pi * logBase(q[i], base);
  }, 0);
  return -sum + 0;
}
