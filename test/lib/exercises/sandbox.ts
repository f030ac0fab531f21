/**
 * The tests' sandbox: the same evaluate() the browser worker runs, with tfjs on the CPU
 * backend (chained ops and gradients registered, as in the worker).
 */
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops.js";
import "@tensorflow/tfjs-core/dist/register_all_gradients.js";
import "@tensorflow/tfjs-backend-cpu";
import {
  evaluate,
  type EvaluateOptions,
  type Evaluation,
} from "../../../lib/exercises/evaluate.js";

let ready: Promise<unknown> | null = null;

/** Runs a cell as the worker would (tf ready on the CPU backend). */
export async function run(
  code: string,
  options: Omit<EvaluateOptions, "tf"> = {},
): Promise<Evaluation> {
  ready ??= tf.setBackend("cpu");
  await ready;
  return evaluate(code, { tf, ...options });
}

export { tf };
