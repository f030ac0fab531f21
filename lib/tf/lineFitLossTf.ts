/**
 * The two-weight loss of lib/math/calculus/lineFitLoss.ts as a tfjs function of θ = [w, b]:
 * L(θ) = mean((w·x + b − y)²), for tf.grad and gradient descent.
 */
import * as tf from "@tensorflow/tfjs-core";
import type { Point } from "../math/calculus/lineFitLoss.js";

/** Returns θ ↦ L(θ) for these points; the points' tensors are created per call (inside tidy). */
export function lineFitLossTf(points: readonly Point[]): (theta: tf.Tensor1D) => tf.Scalar {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return (theta) => {
    const [w, b] = tf.unstack(theta);
    const residuals = tf.sub(tf.add(tf.mul(w, tf.tensor1d(xs)), b), tf.tensor1d(ys));
    return tf.mean(tf.square(residuals));
  };
}
