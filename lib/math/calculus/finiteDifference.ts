import { assertFinite, formatValue } from "../validate.js";

/**
 * Central finite difference f'(x) ≈ (f(x + h) − f(x − h)) / (2h), in float64. Its error
 * is about h² · |f'''| / 6 from truncation plus ε · |f| / h from rounding; the default
 * h = ∛ε · max(1, |x|) ≈ 6e-6 · max(1, |x|) balances the two. h is nudged so that
 * x + h − x is exactly h.
 *
 * Example: centralDifference((x) => (x * x + 1) ** 3, 5) ≈ 20280 (exact: 6x(x² + 1)² = 20280).
 *
 * Throws a RangeError if x or h is not finite, h ≤ 0, or f(x ± h) is not finite.
 */
export function centralDifference(
  f: (x: number) => number,
  x: number,
  h: number = Math.cbrt(Number.EPSILON) * Math.max(1, Math.abs(x)),
): number {
  assertFinite("centralDifference", "x", x);
  assertFinite("centralDifference", "h", h);
  if (h <= 0) {
    throw new RangeError(`centralDifference: h = ${formatValue(h)} debe ser mayor que 0`);
  }
  const step = x + h - x;
  if (step === 0) {
    throw new RangeError(
      `centralDifference: h = ${formatValue(h)} es demasiado pequeño para x = ${formatValue(x)} (x + h = x en float64)`,
    );
  }
  const right = f(x + step);
  const left = f(x - step);
  if (!Number.isFinite(right) || !Number.isFinite(left)) {
    throw new RangeError(
      `centralDifference: f(x ± h) no es finito en x = ${formatValue(x)} (f(x + h) = ${right}, f(x − h) = ${left}); f no es derivable ahí`,
    );
  }
  return (right - left) / (2 * step);
}
