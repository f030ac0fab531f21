import { assertFinite } from "../validate.js";

/**
 * The lecture's reading of a loss's derivative with respect to a weight:
 * - "positiva": raising the weight a little raises the loss (lower it to reduce the loss);
 * - "negativa": raising the weight a little lowers the loss;
 * - near zero (|L'| < tolerance): a small change barely moves the loss. The second
 *   derivative tells which case: "minimo" (L'' > 0, a valley), "maximo" (L'' < 0, a peak the
 *   lecture does not mention, where the derivative is also zero) or "plana" (L'' ≈ 0 too).
 *
 * Example: slopeReading(0.01, 2) = "minimo"; slopeReading(-0.3, 2) = "negativa".
 */
export type SlopeReading = "positiva" | "negativa" | "minimo" | "maximo" | "plana";

/** |L'| below this counts as "near zero". */
export const FLAT_SLOPE = 0.05;

export function slopeReading(
  derivative: number,
  secondDerivative: number,
  tolerance: number = FLAT_SLOPE,
): SlopeReading {
  assertFinite("slopeReading", "derivative", derivative);
  assertFinite("slopeReading", "secondDerivative", secondDerivative);
  if (Math.abs(derivative) >= tolerance) return derivative > 0 ? "positiva" : "negativa";
  if (secondDerivative > tolerance) return "minimo";
  if (secondDerivative < -tolerance) return "maximo";
  return "plana";
}
