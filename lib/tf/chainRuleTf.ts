/**
 * The lecture's chain-rule functions (lib/math/calculus/chainRule.ts) written with tfjs ops, so that
 * tf.grad can differentiate them: chainRuleTf["ejemplo-1"] is y = (x² + 1)³.
 * Kept apart from lib/math/calculus/chainRule.ts so that the data module stays free of tfjs.
 */
import * as tf from "@tensorflow/tfjs-core";
import type { ChainRuleExerciseId } from "../math/calculus/chainRule.js";

/** y(x) for each exercise, as a function of a float32 scalar tensor. */
export const chainRuleTf: Readonly<Record<ChainRuleExerciseId, (x: tf.Scalar) => tf.Scalar>> = {
  // y = (x² + 1)³
  "ejemplo-1": (x) => tf.pow(tf.add(tf.square(x), 1), 3),
  // y = (3x² − 7x + 1)⁵
  "ejercicio-1": (x) => tf.pow(tf.add(tf.sub(tf.mul(3, tf.square(x)), tf.mul(7, x)), 1), 5),
  // y = (x² − 3x + 8)³
  "ejercicio-2": (x) => tf.pow(tf.add(tf.sub(tf.square(x), tf.mul(3, x)), 8), 3),
  // y = (8x − 7)⁻⁵
  "ejercicio-3": (x) => tf.pow(tf.sub(tf.mul(8, x), 7), -5),
  // y = sen((3x² + 1)⁴)
  "ejercicio-4": (x) => tf.sin(tf.pow(tf.add(tf.mul(3, tf.square(x)), 1), 4)),
  // y = √(ln(sen(3x)))
  "ejercicio-5": (x) => tf.sqrt(tf.log(tf.sin(tf.mul(3, x)))),
};
