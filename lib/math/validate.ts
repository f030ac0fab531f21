/**
 * Shared input validators for the math library, and its one edge-case policy.
 *
 * Edge-case policy (every module follows it; each rule is tested):
 *
 * - 0·log 0 = 0. An outcome with probability 0 adds nothing to an entropy, a
 *   cross-entropy or a KL divergence, whatever q says about it.
 * - D_KL(P‖Q) = ∞ (and H(P, Q) = ∞) when some outcome has q = 0 < p: Q says
 *   "impossible" about something P produces. The result is `Infinity`, not an error.
 * - A distribution must be non-empty, have finite entries ≥ 0 and sum to 1 within
 *   {@link SUM_TOLERANCE} (1e-6); otherwise the function throws. Nothing is renormalised.
 * - Two distributions compared with each other must have the same length.
 * - A single probability must be a finite number in [0, 1].
 * - A logarithm base must be finite, > 0 and ≠ 1.
 * - A tensor dimension must be an integer ≥ 0 (0 is allowed: an empty axis).
 *
 * Bad input never yields a silent NaN: every violation throws a `RangeError` whose
 * Spanish message names the function, the argument and the offending value, e.g.
 * `entropy: la distribución p suma 0.9, no 1 (tolerancia 1e-6)`.
 */

/** How far from 1 a distribution's sum may be: |Σ pᵢ − 1| ≤ 1e-6. */
export const SUM_TOLERANCE = 1e-6;

/**
 * Formats a number for an error message with at most 12 significant digits, so
 * that rounding noise does not show: formatValue(0.1 + 0.8) = "0.9".
 */
export function formatValue(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(12))) : String(x);
}

/** Throws unless x is a finite number: assertFinite("f", "x", NaN) throws. */
export function assertFinite(fn: string, name: string, x: number): void {
  if (typeof x !== "number" || !Number.isFinite(x)) {
    throw new RangeError(`${fn}: ${name} = ${String(x)} no es un número finito`);
  }
}

/**
 * Throws unless every row of `matrix` has as many values as row 0 and every value is finite;
 * returns that number of columns (0 for an empty matrix).
 * assertMatrix("f", [[1, 2], [3]]) throws ("la fila 1 tiene 1 valores y la fila 0 tiene 2").
 */
export function assertMatrix(fn: string, matrix: readonly (readonly number[])[]): number {
  const columns = matrix.length === 0 ? 0 : matrix[0].length;
  matrix.forEach((row, i) => {
    if (row.length !== columns) {
      throw new RangeError(
        `${fn}: la fila ${i} tiene ${row.length} valores y la fila 0 tiene ${columns}; todas las filas deben tener el mismo largo`,
      );
    }
    row.forEach((x, j) => assertFinite(fn, `matrix[${i}][${j}]`, x));
  });
  return columns;
}

/** Throws unless p is a finite number in [0, 1]: assertProbability("bayes", "pA", 1.2) throws. */
export function assertProbability(fn: string, name: string, p: number): void {
  assertFinite(fn, name, p);
  if (p < 0 || p > 1) {
    throw new RangeError(
      `${fn}: ${name} = ${formatValue(p)} está fuera de [0, 1]; una probabilidad va de 0 a 1`,
    );
  }
}

/**
 * Throws unless p is a probability distribution: non-empty, finite entries ≥ 0 and
 * |Σ pᵢ − 1| ≤ 1e-6. [0.5, 0.5] passes; [0.5, 0.4] throws ("suma 0.9, no 1").
 */
export function assertDistribution(fn: string, name: string, p: readonly number[]): void {
  if (!Array.isArray(p) || p.length === 0) {
    throw new RangeError(`${fn}: la distribución ${name} está vacía; necesita al menos un valor`);
  }
  p.forEach((pi, i) => {
    assertFinite(fn, `${name}[${i}]`, pi);
    if (pi < 0) {
      throw new RangeError(
        `${fn}: ${name}[${i}] = ${formatValue(pi)} es negativo; una probabilidad no puede ser negativa`,
      );
    }
  });
  const sum = p.reduce((s, pi) => s + pi, 0);
  if (Math.abs(sum - 1) > SUM_TOLERANCE) {
    throw new RangeError(
      `${fn}: la distribución ${name} suma ${formatValue(sum)}, no 1 (tolerancia ${SUM_TOLERANCE.toExponential()})`,
    );
  }
}

/** Throws unless a and b have the same length: ([0.5, 0.5], [1]) throws ("2 y 1"). */
export function assertSameLength(
  fn: string,
  nameA: string,
  a: readonly number[],
  nameB: string,
  b: readonly number[],
): void {
  if (a.length !== b.length) {
    throw new RangeError(
      `${fn}: ${nameA} y ${nameB} tienen longitudes distintas (${a.length} y ${b.length}); deben describir los mismos resultados`,
    );
  }
}

/** Throws unless base is a valid logarithm base: finite, > 0 and ≠ 1. Base 1 throws. */
export function assertLogBase(fn: string, base: number): void {
  if (typeof base !== "number" || !Number.isFinite(base) || base <= 0 || base === 1) {
    throw new RangeError(
      `${fn}: la base ${String(base)} no sirve para el logaritmo; debe ser un número finito, mayor que 0 y distinto de 1`,
    );
  }
}

/** Throws unless d is a tensor dimension, an integer ≥ 0: 0 and 3 pass; -1 and 2.5 throw. */
export function assertDimension(fn: string, name: string, d: number): void {
  if (typeof d !== "number" || !Number.isInteger(d) || d < 0) {
    throw new RangeError(
      `${fn}: ${name} = ${String(d)} no es un tamaño de eje válido; debe ser un entero ≥ 0`,
    );
  }
}

/**
 * Validates the (p, q, base) of a divergence: two distributions of the same length
 * and a valid log base. Shared by klTerms, klDivergence and crossEntropy.
 */
export function assertKlArguments(
  fn: string,
  p: readonly number[],
  q: readonly number[],
  base: number,
): void {
  assertDistribution(fn, "p", p);
  assertDistribution(fn, "q", q);
  assertSameLength(fn, "p", p, "q", q);
  assertLogBase(fn, base);
}
