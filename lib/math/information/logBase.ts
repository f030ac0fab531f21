/**
 * Logarithm of x in the given base, log_b(x) = ln(x) / ln(b), using Math.log2 and
 * Math.log directly for bases 2 and e so that e.g. logBase(0.25, 2) is exactly -2.
 * Inputs are not validated here; callers validate `base` with assertLogBase.
 */
export function logBase(x: number, base: number): number {
  if (base === 2) return Math.log2(x);
  if (base === Math.E) return Math.log(x);
  return Math.log(x) / Math.log(base);
}
