/**
 * Gradient descent with tfjs autodiff: θₖ₊₁ = θₖ − η · ∇L(θₖ), the gradient from tf.valueAndGrad
 * at every step. All steps run on the backend inside one tf.tidy; the path comes back with one
 * asynchronous read (data()), so a page's UI thread is not blocked.
 *
 * float32: a run that diverges overflows to Infinity and then NaN, as it would on a GPU;
 * descentOutcome (lib/math/calculus/descentOutcome.ts) reads that as divergence.
 *
 * Example: on L(θ) = Σθ², from [1] with η = 0.25 the path is [1], [0.5], [0.25] with losses
 * 1, 0.25, 0.0625 (same as lib/math/calculus/gradientDescent.ts).
 */
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-core/dist/register_all_gradients.js";
import {
  assertDescentArguments,
  type DescentOptions,
  type DescentPath,
} from "../math/calculus/gradientDescent.js";

export async function gradientDescentTf(
  loss: (theta: tf.Tensor1D) => tf.Scalar,
  start: readonly number[],
  options: DescentOptions,
): Promise<DescentPath> {
  assertDescentArguments("gradientDescentTf", start, options);
  const { learningRate, steps } = options;
  const [pointsT, lossesT] = tf.tidy(() => {
    const valueAndGrad = tf.valueAndGrad(loss);
    let theta = tf.tensor1d([...start]);
    const points: tf.Tensor1D[] = [theta];
    const losses: tf.Scalar[] = [];
    for (let k = 0; k < steps; k++) {
      const { value, grad } = valueAndGrad(theta);
      losses.push(value);
      theta = tf.sub(theta, tf.mul(grad, learningRate));
      points.push(theta);
    }
    losses.push(loss(theta));
    return [tf.stack(points), tf.stack(losses)];
  });
  try {
    const [flatPoints, lossValues] = await Promise.all([pointsT.data(), lossesT.data()]);
    const d = start.length;
    return {
      points: Array.from({ length: steps + 1 }, (_, k) =>
        Array.from(flatPoints.slice(k * d, k * d + d)),
      ),
      losses: Array.from(lossValues),
    };
  } finally {
    tf.dispose([pointsT, lossesT]);
  }
}
