/**
 * Three ways to add up w = Σ uᵢvᵢ in plain JavaScript, over the index range [from, to):
 *
 * - dotLoop: the lecture's `for` loop, `w += u[i] * v[i]`. JavaScript numbers are float64,
 *   so the products of float32 inputs are exact and only the running sum rounds, at 2⁻⁵³.
 * - dotCompensated: the float64 reference the race checks every contender against: the same
 *   loop with Neumaier's compensation, which carries the rounding error of every addition in
 *   a second variable and adds it back at the end (error ≈ 2⁻⁵³, independent of n).
 * - dotFloat32Serial: the loop with the accumulator rounded to float32 after every addition
 *   (Math.fround), as a serial float32 kernel (tfjs-wasm's) computes it. Once the sum passes
 *   2²⁴ = 16,777,216, float32's spacing there is 2 and adding a product below 1 rounds back
 *   to the same number: the sum stops growing.
 *
 * Example: for u = v = [1, 2, 3] all three give 14.
 */
type Vector = ArrayLike<number>;

export function dotLoop(u: Vector, v: Vector, from = 0, to = u.length): number {
  let w = 0;
  for (let i = from; i < to; i++) w += u[i] * v[i];
  return w;
}

export function dotCompensated(u: Vector, v: Vector, from = 0, to = u.length): number {
  let sum = 0;
  let compensation = 0;
  for (let i = from; i < to; i++) {
    const x = u[i] * v[i];
    const t = sum + x;
    compensation += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + compensation;
}

/** `start` carries the float32 accumulator over from a previous range (chunked sums). */
export function dotFloat32Serial(u: Vector, v: Vector, from = 0, to = u.length, start = 0): number {
  let w = Math.fround(start);
  for (let i = from; i < to; i++) w = Math.fround(w + Math.fround(u[i] * v[i]));
  return w;
}

/**
 * Adds partial sums (e.g. of chunks) with the same compensation, so a reference computed in
 * chunks (to keep the page responsive) is as exact as one computed in one go.
 *
 * Example: compensatedSum([1e16, 1, -1e16]) = 1 (a plain sum gives 0).
 */
export function compensatedSum(values: readonly number[]): number {
  let sum = 0;
  let compensation = 0;
  for (const x of values) {
    const t = sum + x;
    compensation += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + compensation;
}
