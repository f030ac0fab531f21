/**
 * Functions of one weight w for the "derivative as slope" explorer, each with its analytic
 * first and second derivatives. Two read as losses: a quadratic loss with its minimum at
 * w = 1, and the logistic loss ln(1 + e^(−w)) of one positive example, which flattens out for
 * large w without reaching a minimum. The third has two valleys (a local and a global
 * minimum) and a local maximum between them, where the derivative is also zero.
 *
 * The tfjs versions, for autodiff, are in lib/tf/lossCurvesTf.ts.
 */

export type LossCurveId = "cuadratica" | "dos-valles" | "logistica";

export interface LossCurve {
  id: LossCurveId;
  /** Spanish name for the picker. */
  title: string;
  /** LaTeX of L(w). */
  latex: string;
  /** LaTeX of L'(w). */
  derivativeLatex: string;
  f: (w: number) => number;
  derivative: (w: number) => number;
  secondDerivative: (w: number) => number;
  /** The w range the explorer shows. */
  domain: readonly [number, number];
  /** The starting w of the slider. */
  start: number;
}

/** L(w) = (w − 1)² + 0.5: minimum 0.5 at w = 1; L'(w) = 2(w − 1). */
const cuadratica: LossCurve = {
  id: "cuadratica",
  title: "Pérdida cuadrática",
  latex: "L(w) = (w - 1)^2 + 0.5",
  derivativeLatex: "L'(w) = 2(w - 1)",
  f: (w) => (w - 1) ** 2 + 0.5,
  derivative: (w) => 2 * (w - 1),
  secondDerivative: () => 2,
  domain: [-2, 4],
  start: 2.5,
};

/**
 * L(w) = 0.1w⁴ − 0.6w² + 0.2w + 1.5: two valleys, the left one deeper (L'(w) = 0.4w³ − 1.2w
 * + 0.2 vanishes near w = −1.81, 0.17 and 1.64).
 */
const dosValles: LossCurve = {
  id: "dos-valles",
  title: "Pérdida con dos valles",
  latex: "L(w) = 0.1w^4 - 0.6w^2 + 0.2w + 1.5",
  derivativeLatex: "L'(w) = 0.4w^3 - 1.2w + 0.2",
  f: (w) => 0.1 * w ** 4 - 0.6 * w ** 2 + 0.2 * w + 1.5,
  derivative: (w) => 0.4 * w ** 3 - 1.2 * w + 0.2,
  secondDerivative: (w) => 1.2 * w ** 2 - 1.2,
  domain: [-3, 3],
  start: 2.4,
};

/**
 * L(w) = ln(1 + e^(−w)), the logistic (binary cross-entropy) loss of one positive example
 * with logit w: L'(w) = −1/(1 + e^w) < 0 everywhere, tending to 0 as w grows (a flat region,
 * not a minimum).
 */
const logistica: LossCurve = {
  id: "logistica",
  title: "Pérdida logística (entropía cruzada binaria)",
  latex: "L(w) = \\ln\\left(1 + e^{-w}\\right)",
  derivativeLatex: "L'(w) = -\\frac{1}{1 + e^{w}}",
  f: (w) => (w > 0 ? Math.log1p(Math.exp(-w)) : -w + Math.log1p(Math.exp(w))),
  derivative: (w) => -1 / (1 + Math.exp(w)),
  secondDerivative: (w) => Math.exp(w) / (1 + Math.exp(w)) ** 2,
  domain: [-4, 8],
  start: -1,
};

/** The curves in the picker's order. */
export const lossCurves: readonly LossCurve[] = [cuadratica, dosValles, logistica];

/** The curve with this id; throws a RangeError naming the ids if there is none. */
export function lossCurve(id: string): LossCurve {
  const curve = lossCurves.find((c) => c.id === id);
  if (!curve) {
    throw new RangeError(
      `lossCurve: no hay curva «${id}»; las curvas son ${lossCurves.map((c) => c.id).join(", ")}`,
    );
  }
  return curve;
}

/** n + 1 evenly spaced points (w, L(w)) over the curve's domain, for drawing it. */
export function sampleCurve(curve: LossCurve, n = 200): { w: number; loss: number }[] {
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`sampleCurve: n = ${n} debe ser un entero ≥ 1`);
  }
  const [a, b] = curve.domain;
  return Array.from({ length: n + 1 }, (_, i) => {
    const w = a + ((b - a) * i) / n;
    return { w, loss: curve.f(w) };
  });
}
