import { assertFinite, formatValue } from "../validate.js";

/**
 * Slope of the secant through (x, f(x)) and (x + h, f(x + h)): the difference quotient
 * (f(x + h) − f(x)) / h, whose limit as h → 0 is the derivative f'(x). Its error is about
 * h · |f''(x)| / 2, so it halves when h halves.
 *
 * Example: secantSlope((x) => x * x, 3, 0.1) = (3.1² − 3²) / 0.1 = 6.1 (f'(3) = 6).
 *
 * Throws a RangeError if x or h is not finite, h = 0, or f is not finite at x or x + h.
 */
export function secantSlope(f: (x: number) => number, x: number, h: number): number {
  assertFinite("secantSlope", "x", x);
  assertFinite("secantSlope", "h", h);
  if (h === 0) throw new RangeError("secantSlope: h = 0; la secante necesita dos puntos distintos");
  const y0 = f(x);
  const y1 = f(x + h);
  if (!Number.isFinite(y0) || !Number.isFinite(y1)) {
    throw new RangeError(
      `secantSlope: f no es finita en x = ${formatValue(x)} o en x + h = ${formatValue(x + h)}`,
    );
  }
  return (y1 - y0) / h;
}
