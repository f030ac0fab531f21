import { assertFinite } from "../validate.js";

/**
 * How large a learning rate gradient descent tolerates on a quadratic loss with Hessian H.
 *
 * One step multiplies the error along each eigenvector of H by (1 − η·λ). It shrinks when
 * |1 − η·λ| < 1, that is, η < 2/λ; so descent converges for η < 2/λ_max and diverges for
 * η > 2/λ_max, and it zig-zags (overshoots the valley floor) for η > 1/λ_max.
 *
 * Example: for H = [[6, 2], [2, 2]], λ = 4 ± √8, so λ_max ≈ 6.828 and η < 2/λ_max ≈ 0.2929.
 */

/** The eigenvalues of a symmetric 2×2 matrix, largest first. */
export function symmetricEigenvalues2(m: readonly (readonly number[])[]): [number, number] {
  const [[a, b], [c, d]] = m;
  [a, b, c, d].forEach((v, i) =>
    assertFinite("symmetricEigenvalues2", `m[${i >> 1}][${i & 1}]`, v),
  );
  if (b !== c) {
    throw new RangeError(`symmetricEigenvalues2: la matriz no es simétrica (${b} ≠ ${c})`);
  }
  const mean = (a + d) / 2;
  const radius = Math.hypot((a - d) / 2, b);
  return [mean + radius, mean - radius];
}

/**
 * The learning rates that matter for gradient descent on L with Hessian H: `oscillation`
 * = 1/λ_max (above it the steps overshoot) and `divergence` = 2/λ_max (above it they grow).
 * Throws a RangeError unless H is positive definite (a bowl with a minimum).
 */
export function stableLearningRate(hessian: readonly (readonly number[])[]): {
  lambdaMax: number;
  lambdaMin: number;
  oscillation: number;
  divergence: number;
} {
  const [lambdaMax, lambdaMin] = symmetricEigenvalues2(hessian);
  if (lambdaMin <= 0) {
    throw new RangeError(
      `stableLearningRate: la hessiana no es definida positiva (λ_min = ${lambdaMin}); la pérdida no tiene un único mínimo`,
    );
  }
  return { lambdaMax, lambdaMin, oscillation: 1 / lambdaMax, divergence: 2 / lambdaMax };
}
