/**
 * Automatic differentiation with TensorFlow.js, returning plain numbers.
 *
 * tfjs computes in float32 (about 7 significant digits), so compare its results with a
 * relative tolerance (1e-3 is comfortable), and expect Infinity where |f| exceeds float32's
 * ~3.4e38. A backend must be ready (e.g. `await tf.setBackend("cpu")`). Non-finite results
 * are returned as tfjs computes them: check the function's domain first.
 */
import * as tf from "@tensorflow/tfjs-core";
// tfjs-core registers no gradients by itself (the @tensorflow/tfjs bundle does); this is
// the side-effect import tfjs documents for custom tfjs-core builds that need tf.grad.
import "@tensorflow/tfjs-core/dist/register_all_gradients.js";
import { assertFinite } from "../math/validate.js";

/** f(x) and f'(x) at one point. */
export interface ValueAndDerivative {
  value: number;
  derivative: number;
}

/** f(x) and ∇f(x) at one point of several variables. */
export interface ValueAndGradient {
  value: number;
  gradient: number[];
}

/**
 * f(x) and f'(x) by reverse-mode autodiff (tf.valueAndGrad), synchronously.
 *
 * Example: derivativeAt((x) => tf.pow(tf.add(tf.square(x), 1), 3), 5)
 * = { value: 17576, derivative: 20280 }.
 *
 * Reads the two scalars back with the blocking dataSync(): fine for tests and small scalars
 * off the UI's critical path; in a page prefer derivativeAtAsync.
 */
export function derivativeAt(f: (x: tf.Scalar) => tf.Scalar, x: number): ValueAndDerivative {
  assertFinite("derivativeAt", "x", x);
  const [value, derivative] = scalarValueAndGrad("derivativeAt", f, x);
  try {
    return { value: value.dataSync()[0], derivative: derivative.dataSync()[0] };
  } finally {
    tf.dispose([value, derivative]);
  }
}

/** Like derivativeAt, but reads the results with the non-blocking data(). */
export async function derivativeAtAsync(
  f: (x: tf.Scalar) => tf.Scalar,
  x: number,
): Promise<ValueAndDerivative> {
  assertFinite("derivativeAtAsync", "x", x);
  const [value, derivative] = scalarValueAndGrad("derivativeAtAsync", f, x);
  try {
    const [v, d] = await Promise.all([value.data(), derivative.data()]);
    return { value: v[0], derivative: d[0] };
  } finally {
    tf.dispose([value, derivative]);
  }
}

/**
 * f(x) and its gradient ∇f = [∂f/∂x₁, …, ∂f/∂xₙ] at a point, by autodiff, synchronously
 * (dataSync; see derivativeAt).
 *
 * Example: gradientAt((v) => tf.sum(tf.square(v)), [3, 4]) = { value: 25, gradient: [6, 8] }.
 *
 * Throws a RangeError if the point is empty or has a non-finite coordinate.
 */
export function gradientAt(
  f: (xs: tf.Tensor1D) => tf.Scalar,
  point: readonly number[],
): ValueAndGradient {
  assertPoint("gradientAt", point);
  const [value, gradient] = vectorValueAndGrad("gradientAt", f, point);
  try {
    return { value: value.dataSync()[0], gradient: Array.from(gradient.dataSync()) };
  } finally {
    tf.dispose([value, gradient]);
  }
}

/** Like gradientAt, but reads the results with the non-blocking data(). */
export async function gradientAtAsync(
  f: (xs: tf.Tensor1D) => tf.Scalar,
  point: readonly number[],
): Promise<ValueAndGradient> {
  assertPoint("gradientAtAsync", point);
  const [value, gradient] = vectorValueAndGrad("gradientAtAsync", f, point);
  try {
    const [v, g] = await Promise.all([value.data(), gradient.data()]);
    return { value: v[0], gradient: Array.from(g) };
  } finally {
    tf.dispose([value, gradient]);
  }
}

/** Runs valueAndGrad inside tf.tidy; only the two returned tensors survive it. */
function scalarValueAndGrad(
  fn: string,
  f: (x: tf.Scalar) => tf.Scalar,
  x: number,
): [tf.Scalar, tf.Scalar] {
  return tf.tidy(() => {
    const { value, grad } = tf.valueAndGrad(f)(tf.scalar(x));
    assertScalarOutput(fn, value);
    return [value, grad];
  });
}

function vectorValueAndGrad(
  fn: string,
  f: (xs: tf.Tensor1D) => tf.Scalar,
  point: readonly number[],
): [tf.Scalar, tf.Tensor1D] {
  return tf.tidy(() => {
    const { value, grad } = tf.valueAndGrad(f)(tf.tensor1d([...point]));
    assertScalarOutput(fn, value);
    return [value, grad];
  });
}

/**
 * Throws a Spanish RangeError naming the shape when f did not return a scalar. Checked after
 * valueAndGrad returns (tfjs then differentiates the sum of the outputs), not inside f:
 * an error thrown mid-tape would leak the tensors the tape saved.
 */
function assertScalarOutput(fn: string, y: tf.Tensor): void {
  if (y.rank !== 0) {
    throw new RangeError(
      `${fn}: f debe devolver un escalar (forma []), pero devolvió forma [${y.shape.join(",")}]`,
    );
  }
}

function assertPoint(fn: string, point: readonly number[]): void {
  if (!Array.isArray(point) || point.length === 0) {
    throw new RangeError(`${fn}: point está vacío; necesita al menos una coordenada`);
  }
  point.forEach((xi, i) => assertFinite(fn, `point[${i}]`, xi));
}
