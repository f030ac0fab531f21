/**
 * The loss curves of lib/math/calculus/lossCurves.ts as tfjs functions, so that tf.grad can differentiate
 * them: lossCurvesTf["cuadratica"] is L(w) = (w − 1)² + 0.5.
 */
import * as tf from "@tensorflow/tfjs-core";
import type { LossCurveId } from "../math/calculus/lossCurves.js";

export const lossCurvesTf: Readonly<Record<LossCurveId, (w: tf.Scalar) => tf.Scalar>> = {
  // (w − 1)² + 0.5
  cuadratica: (w) => tf.add(tf.square(tf.sub(w, 1)), 0.5),
  // 0.1w⁴ − 0.6w² + 0.2w + 1.5
  "dos-valles": (w) =>
    tf.add(
      tf.add(tf.sub(tf.mul(0.1, tf.pow(w, 4)), tf.mul(0.6, tf.square(w))), tf.mul(0.2, w)),
      1.5,
    ),
  // ln(1 + e^(−w)) = softplus(−w), stable for large |w|
  logistica: (w) => tf.softplus(tf.neg(w)),
};
