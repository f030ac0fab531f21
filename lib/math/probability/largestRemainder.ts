/** Fractional parts closer than this count as tied (so 9.5 and 9.4999999999 tie). */
const TIE_TOLERANCE = 1e-9;

/**
 * largestRemainder(weights, total) → whole numbers proportional to `weights` that add up
 * to exactly `total` (Hamilton's largest-remainder method): each share gets the whole part
 * of its quota total · wᵢ / Σw, and the units left over go, one each, to the shares with the
 * largest fractional parts. Fractional parts within 1e-9 of each other tie, and ties go to
 * the earlier share, so the result never depends on rounding noise.
 *
 * Example: largestRemainder([0.0095, 0.0005], 10) has quotas 9.5 and 0.5; the whole parts
 * 9 + 0 leave 1 unit, the fractional parts tie, and the first share takes it: [10, 0].
 * largestRemainder([1, 1, 1], 10) = [4, 3, 3].
 *
 * Throws a RangeError if total is not an integer ≥ 0, a weight is negative or not finite,
 * or the weights add up to 0 while total > 0.
 */
export function largestRemainder(weights: readonly number[], total: number): number[] {
  if (!Number.isInteger(total) || total < 0) {
    throw new RangeError(`largestRemainder: total = ${String(total)} debe ser un entero ≥ 0`);
  }
  weights.forEach((w, i) => {
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0) {
      throw new RangeError(
        `largestRemainder: weights[${i}] = ${String(w)} debe ser un número finito ≥ 0`,
      );
    }
  });
  const sum = weights.reduce((s, w) => s + w, 0);
  if (total === 0) return weights.map(() => 0);
  if (sum === 0) {
    throw new RangeError(
      `largestRemainder: los pesos suman 0; no hay cómo repartir ${total} unidades`,
    );
  }
  const quotas = weights.map((w) => (total * w) / sum);
  const shares = quotas.map(Math.floor);
  let left = total - shares.reduce((s, x) => s + x, 0);
  const order = quotas
    .map((q, i) => ({ i, fraction: q - Math.floor(q) }))
    .sort((x, y) =>
      Math.abs(x.fraction - y.fraction) <= TIE_TOLERANCE ? x.i - y.i : y.fraction - x.fraction,
    );
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) shares[order[k].i]++;
  return shares;
}
