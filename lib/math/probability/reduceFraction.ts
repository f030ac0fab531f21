/**
 * reduceFraction(numerator, denominator) → the same fraction in lowest terms, dividing
 * both by their greatest common divisor (Euclid's algorithm). 0/d reduces to 0/1.
 *
 * Example: reduceFraction(6, 36) = [1, 6] and reduceFraction(3, 6) = [1, 2].
 *
 * Throws a RangeError unless the numerator is an integer ≥ 0 and the denominator an
 * integer ≥ 1.
 */
export function reduceFraction(numerator: number, denominator: number): [number, number] {
  if (!Number.isInteger(numerator) || numerator < 0) {
    throw new RangeError(
      `reduceFraction: el numerador ${String(numerator)} debe ser un entero ≥ 0`,
    );
  }
  if (!Number.isInteger(denominator) || denominator < 1) {
    throw new RangeError(
      `reduceFraction: el denominador ${String(denominator)} debe ser un entero ≥ 1`,
    );
  }
  let x = numerator;
  let y = denominator;
  while (y !== 0) [x, y] = [y, x % y];
  return [numerator / x, denominator / x];
}
