import { logBase } from "./logBase.js";
import { assertKlArguments } from "../validate.js";

/**
 * Each outcome's contribution to D_KL(P‖Q): pᵢ · log_b(pᵢ / qᵢ). A term with pᵢ = 0 is 0
 * (0 · log 0 = 0), a term with qᵢ = 0 < pᵢ is Infinity. Terms may be negative; their sum
 * (the divergence) never is. Meant for a bar chart of where the divergence comes from.
 *
 * Example: klTerms([0.5, 0.5], [0.25, 0.75]) = [0.5 · log2 2, 0.5 · log2(2/3)]
 * = [0.5, −0.2925…] bits.
 */
export function klTerms(p: readonly number[], q: readonly number[], base = 2): number[] {
  assertKlArguments("klTerms", p, q, base);
  return p.map((pi, i) => {
    if (pi === 0) return 0;
    if (q[i] === 0) return Infinity;
    return pi * logBase(pi / q[i], base);
  });
}
