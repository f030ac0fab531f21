import { assertFinite } from "../validate.js";

/**
 * A loss of two weights: the mean squared error of the line ŷ = w·x + b over a few points,
 *
 *   L(w, b) = (1/n) Σᵢ (w·xᵢ + b − yᵢ)²,
 *
 * with its gradient ∇L = [∂L/∂w, ∂L/∂b] = (2/n) Σᵢ rᵢ · [xᵢ, 1] (rᵢ = w·xᵢ + b − yᵢ), its
 * (constant) Hessian (2/n) Σᵢ [[xᵢ², xᵢ], [xᵢ, 1]], and its minimum by least squares. A bowl
 * whose level sets are tilted ellipses: the smallest "neural network" there is, one weight
 * and one bias.
 *
 * Example: for the points (0, 1) and (1, 3), L(2, 1) = 0 and ∇L(0, 0) = [−3, −4].
 */

export interface Point {
  x: number;
  y: number;
}

/** The page's data: y ≈ 2x + 1 with a little fixed noise. */
export const lineFitExample: readonly Point[] = [
  { x: -1, y: -0.7 },
  { x: 0, y: 0.6 },
  { x: 1, y: 3.2 },
  { x: 2, y: 5.5 },
  { x: 3, y: 6.7 },
];

/** L(w, b), the mean squared error of ŷ = w·x + b. */
export function lineFitLoss(points: readonly Point[], w: number, b: number): number {
  assertArguments("lineFitLoss", points, w, b);
  return points.reduce((sum, p) => sum + (w * p.x + b - p.y) ** 2, 0) / points.length;
}

/** ∇L(w, b) = [∂L/∂w, ∂L/∂b]. */
export function lineFitGradient(points: readonly Point[], w: number, b: number): [number, number] {
  assertArguments("lineFitGradient", points, w, b);
  const n = points.length;
  let dw = 0;
  let db = 0;
  for (const p of points) {
    const r = w * p.x + b - p.y;
    dw += (2 * r * p.x) / n;
    db += (2 * r) / n;
  }
  return [dw, db];
}

/** The Hessian [[∂²L/∂w², ∂²L/∂w∂b], [∂²L/∂b∂w, ∂²L/∂b²]], the same at every (w, b). */
export function lineFitHessian(points: readonly Point[]): [[number, number], [number, number]] {
  assertPoints("lineFitHessian", points);
  const n = points.length;
  const sx = points.reduce((s, p) => s + p.x, 0);
  const sxx = points.reduce((s, p) => s + p.x * p.x, 0);
  return [
    [(2 * sxx) / n, (2 * sx) / n],
    [(2 * sx) / n, 2],
  ];
}

/**
 * The (w, b) that minimise L, by the normal equations, and the minimum loss. Throws a
 * RangeError if every x is the same (then no single line is best).
 */
export function leastSquaresLine(points: readonly Point[]): { w: number; b: number; loss: number } {
  assertPoints("leastSquaresLine", points);
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  if (sxx === 0) {
    throw new RangeError(
      "leastSquaresLine: todos los puntos tienen la misma x; ninguna recta es la mejor",
    );
  }
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const w = sxy / sxx;
  const b = my - w * mx;
  return { w, b, loss: lineFitLoss(points, w, b) };
}

function assertPoints(fn: string, points: readonly Point[]): void {
  if (!Array.isArray(points) || points.length === 0) {
    throw new RangeError(`${fn}: no hay puntos; la pérdida necesita al menos uno`);
  }
  points.forEach((p, i) => {
    assertFinite(fn, `points[${i}].x`, p.x);
    assertFinite(fn, `points[${i}].y`, p.y);
  });
}

function assertArguments(fn: string, points: readonly Point[], w: number, b: number): void {
  assertPoints(fn, points);
  assertFinite(fn, "w", w);
  assertFinite(fn, "b", b);
}
