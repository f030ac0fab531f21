/**
 * logCheckpoints(n, perDecade) → the sample sizes at which to record a running frequency:
 * the integers round(10^(k / perDecade)) for k = 0, 1, 2, … that are ≤ n, without
 * repeats, always ending in n itself. Evenly spaced on a logarithmic axis, so a chart of
 * 10 to 10⁶ tosses gets as many points per decade at the start as at the end.
 *
 * Example: logCheckpoints(100, 4) = [1, 2, 3, 6, 10, 18, 32, 56, 100].
 *
 * Throws a RangeError if n is not an integer ≥ 1 or perDecade is not an integer ≥ 1.
 */
export function logCheckpoints(n: number, perDecade = 10): number[] {
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`logCheckpoints: n = ${String(n)} debe ser un entero ≥ 1`);
  }
  if (!Number.isInteger(perDecade) || perDecade < 1) {
    throw new RangeError(`logCheckpoints: perDecade = ${String(perDecade)} debe ser un entero ≥ 1`);
  }
  const points: number[] = [];
  for (let k = 0; ; k++) {
    const x = Math.round(10 ** (k / perDecade));
    if (x >= n) break;
    if (x !== points[points.length - 1]) points.push(x);
  }
  points.push(n);
  return points;
}
