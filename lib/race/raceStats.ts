import { assertFinite } from "../math/validate.js";

/** The median, extremes and count of repeated timings, in the timings' unit. */
export interface TimingSummary {
  median: number;
  min: number;
  max: number;
  count: number;
}

/**
 * Summarises repeated timings: the median (the mean of the two middle values when the count
 * is even) and the min–max range. The median, not the mean, because a single run slowed by a
 * garbage collection or a background tab should not move the figure.
 *
 * Example: summarizeTimings([5, 1, 3, 100]) = { median: 4, min: 1, max: 100, count: 4 }.
 *
 * Throws a RangeError for an empty list or a non-finite or negative timing.
 */
export function summarizeTimings(times: readonly number[]): TimingSummary {
  if (times.length === 0) {
    throw new RangeError("summarizeTimings: no hay tiempos; se necesita al menos una corrida");
  }
  times.forEach((t, i) => {
    assertFinite("summarizeTimings", `times[${i}]`, t);
    if (t < 0) {
      throw new RangeError(
        `summarizeTimings: times[${i}] = ${t} es negativo; un tiempo no puede serlo`,
      );
    }
  });
  const sorted = [...times].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], count: sorted.length };
}

/**
 * |value − reference| / |reference|: how far a computed w is from the float64 reference, as a
 * fraction of it. A reference of 0 gives 0 when value is 0 and Infinity otherwise. A
 * non-finite value (a backend that overflowed or failed) gives Infinity, never NaN.
 *
 * Example: relativeError(101, 100) = 0.01.
 */
export function relativeError(value: number, reference: number): number {
  assertFinite("relativeError", "reference", reference);
  if (!Number.isFinite(value)) return Infinity;
  if (reference === 0) return value === 0 ? 0 : Infinity;
  return Math.abs(value - reference) / Math.abs(reference);
}

/**
 * The relative tolerance within which a contender's w "agrees" with the float64 reference.
 * float32 carries about 7 significant digits (machine epsilon 2⁻²³ ≈ 1.2e-7); a sum of n
 * float32 products computed as a tree (GPU reductions, blocked sums) typically stays within
 * 1e-6; 1e-4 leaves room for that and still catches a serial float32 accumulation that has
 * drifted (about 1 % at n = 10⁷).
 */
export const DOT_TOLERANCE = 1e-4;

/** Operations and bytes of a dot product of two float32 vectors of length n, and their rates. */
export interface DotThroughput {
  /** n multiplications and n − 1 additions. */
  flops: number;
  /** Both inputs read once: 2 · n · 4 bytes. */
  bytes: number;
  /** Billions of floating-point operations per second (10⁹, not 2³⁰). */
  gflops: number;
  /** Billions of bytes read per second (10⁹). */
  gbps: number;
}

/**
 * The arithmetic and memory traffic of w = Σ uᵢvᵢ for n float32s computed in `ms`
 * milliseconds: 2n − 1 floating-point operations and 8n bytes read.
 *
 * Example: dotThroughput(1_000_000, 1) = { flops: 1999999, bytes: 8e6, gflops: 1.999999,
 * gbps: 8 }.
 *
 * Throws a RangeError unless n is an integer ≥ 1 and ms a finite number > 0.
 */
export function dotThroughput(n: number, ms: number): DotThroughput {
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`dotThroughput: n = ${n} no es un entero ≥ 1`);
  }
  assertFinite("dotThroughput", "ms", ms);
  if (ms <= 0) {
    throw new RangeError(`dotThroughput: ms = ${ms} no es positivo; el tiempo debe ser > 0`);
  }
  const flops = 2 * n - 1;
  const bytes = 8 * n;
  const seconds = ms / 1000;
  return { flops, bytes, gflops: flops / seconds / 1e9, gbps: bytes / seconds / 1e9 };
}
