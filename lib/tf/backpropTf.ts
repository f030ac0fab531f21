/**
 * The tiny graph of lib/math/calculus/backpropGraph.ts in tfjs, with w₁ and w₂ as tf.Variables and their
 * gradients from tf.variableGrads (tfjs's counterpart of tf.GradientTape with trainable
 * variables): the check that backpropagation by hand is what autodiff computes.
 *
 * Example: x = 1, t = 1, w₁ = 1, w₂ = 1 gives L = (tanh 1 − 1)² and
 * ∂L/∂w₂ = 2(tanh 1 − 1) · tanh 1, ∂L/∂w₁ = 2(tanh 1 − 1) · (1 − tanh² 1).
 */
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-core/dist/register_all_gradients.js";
import type { BackpropInputs } from "../math/calculus/backpropGraph.js";
import { assertFinite } from "../math/validate.js";

export interface BackpropTfResult {
  loss: number;
  gradients: { w1: number; w2: number };
}

export async function backpropTf(inputs: BackpropInputs): Promise<BackpropTfResult> {
  for (const key of ["x", "t", "w1", "w2"] as const) assertFinite("backpropTf", key, inputs[key]);
  // tidy disposes the initial scalars; the variables (registered apart) survive it.
  const [w1, w2] = tf.tidy(() => [
    tf.variable(tf.scalar(inputs.w1), true),
    tf.variable(tf.scalar(inputs.w2), true),
  ]);
  try {
    // variableGrads runs f inside its own tidy: only the loss and the gradients survive.
    const { value, grads } = tf.variableGrads(() => {
      const z = tf.mul(w1, inputs.x);
      const h = tf.tanh(z);
      const yHat = tf.mul(w2, h);
      return tf.square(tf.sub(yHat, inputs.t)) as tf.Scalar;
    }, [w1, w2]);
    try {
      const [l, g1, g2] = await Promise.all([
        value.data(),
        grads[w1.name].data(),
        grads[w2.name].data(),
      ]);
      return { loss: l[0], gradients: { w1: g1[0], w2: g2[0] } };
    } finally {
      tf.dispose([value, grads[w1.name], grads[w2.name]]);
    }
  } finally {
    w1.dispose();
    w2.dispose();
  }
}
