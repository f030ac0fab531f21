/**
 * Rounds x to `digits` significant digits: roundSignificant(1778.28, 2) = 1800.
 * Zero stays zero; negative numbers keep their sign.
 */
export function roundSignificant(x: number, digits: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const scale = 10 ** (Math.floor(Math.log10(Math.abs(x))) - digits + 1);
  return Math.round(x / scale) * scale;
}

/**
 * The n a log slider at position `exponent` stands for: 10^exponent rounded to two
 * significant digits, so quarter steps give 1000, 1800, 3200, 5600, 10000, …
 *
 * Example: nFromExponent(3.25) = 1800; nFromExponent(8) = 100000000.
 */
export function nFromExponent(exponent: number): number {
  return roundSignificant(10 ** exponent, 2);
}

/** The slider position closest to n on a grid of `step`: exponentFromN(1800, 0.25) = 3.25. */
export function exponentFromN(n: number, step = 0.25): number {
  return Math.round(Math.log10(n) / step) * step;
}
