import { assertFinite, formatValue } from "../validate.js";

/**
 * Plain gradient descent, in float64: θₖ₊₁ = θₖ − η · ∇L(θₖ). The reference the tfjs version
 * (lib/tf/gradientDescentTf.ts) is tested against.
 *
 * Returns the path: the k + 1 points θ₀ … θₖ and the loss at each. Steps keep going when the
 * values overflow (they become ±Infinity or NaN, as in float32 on a GPU); `descentOutcome`
 * reads the losses and says whether the descent converged or diverged.
 *
 * Example: on L(θ) = θ², ∇L = 2θ, from θ₀ = 1 with η = 0.25, each step halves θ:
 * points [1], [0.5], [0.25], losses 1, 0.25, 0.0625.
 */

export interface DescentOptions {
  /** η > 0. */
  learningRate: number;
  /** A whole number of steps, 0 to MAX_DESCENT_STEPS. */
  steps: number;
}

export interface DescentPath {
  /** θ₀ … θ_steps. */
  points: number[][];
  /** L(θ₀) … L(θ_steps). */
  losses: number[];
}

/** The most steps one run takes (the page's slider stops here too). */
export const MAX_DESCENT_STEPS = 500;

export function gradientDescent(
  loss: (theta: readonly number[]) => number,
  gradient: (theta: readonly number[]) => readonly number[],
  start: readonly number[],
  options: DescentOptions,
): DescentPath {
  assertDescentArguments("gradientDescent", start, options);
  const { learningRate, steps } = options;
  let theta = [...start];
  const points = [theta];
  const losses = [loss(theta)];
  for (let k = 0; k < steps; k++) {
    const g = gradient(theta);
    theta = theta.map((t, i) => t - learningRate * g[i]);
    points.push(theta);
    losses.push(loss(theta));
  }
  return { points, losses };
}

/** Validates start, η and the step count; shared with the tfjs version. */
export function assertDescentArguments(
  fn: string,
  start: readonly number[],
  { learningRate, steps }: DescentOptions,
): void {
  if (!Array.isArray(start) || start.length === 0) {
    throw new RangeError(`${fn}: start está vacío; necesita al menos una coordenada`);
  }
  start.forEach((s, i) => assertFinite(fn, `start[${i}]`, s));
  assertFinite(fn, "learningRate", learningRate);
  if (learningRate <= 0) {
    throw new RangeError(
      `${fn}: learningRate = ${formatValue(learningRate)} debe ser mayor que 0 (con η ≤ 0 no se desciende)`,
    );
  }
  if (!Number.isInteger(steps) || steps < 0 || steps > MAX_DESCENT_STEPS) {
    throw new RangeError(
      `${fn}: steps = ${String(steps)} debe ser un entero entre 0 y ${MAX_DESCENT_STEPS}`,
    );
  }
}
