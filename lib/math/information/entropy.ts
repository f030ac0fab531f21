import { logBase } from "./logBase.js";
import { assertDistribution, assertLogBase } from "../validate.js";

/**
 * Shannon entropy H(P) = −Σ pᵢ · log_b(pᵢ), in bits for base 2 (the default) and in
 * nats for base e. By convention 0 · log 0 = 0, so impossible outcomes add nothing.
 *
 * Example: a fair coin, entropy([0.5, 0.5]) = −(0.5 · (−1) + 0.5 · (−1)) = 1 bit;
 * a rigged coin that always lands heads, entropy([1, 0]) = 0 bits.
 *
 * Throws a RangeError if p is not a distribution or base is not a valid log base.
 */
export function entropy(p: readonly number[], base = 2): number {
  assertDistribution("entropy", "p", p);
  assertLogBase("entropy", base);
  const sum = p.reduce((s, pi) => (pi === 0 ? s : s + pi * logBase(pi, base)), 0);
  return -sum + 0; // + 0 turns −0 into 0
}
