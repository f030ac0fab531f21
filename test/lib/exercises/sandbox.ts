/**
 * The tests' sandbox: the same compile-and-run the browser worker does (lib/exercises/
 * evaluate.ts), loaded with Function instead of a blob module, with tfjs on the CPU backend
 * (chained ops and gradients registered, as in the worker).
 */
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops.js";
import "@tensorflow/tfjs-core/dist/register_all_gradients.js";
import "@tensorflow/tfjs-backend-cpu";
import {
  evaluate,
  type CompileOptions,
  type Evaluation,
  type RunOptions,
} from "../../../lib/exercises/evaluate.js";
import { gradeRuns, type Verdict } from "../../../lib/exercises/grade.js";
import { inputSets, type Inputs } from "../../../lib/exercises/inputs.js";
import type { ExerciseSpec } from "../../../lib/exercises/types.js";
import { mulberry32 } from "../../../lib/random/mulberry32.js";

let ready: Promise<unknown> | null = null;

/** Runs a cell as the worker would (tf ready on the CPU backend). */
export async function run(
  code: string,
  options: Omit<RunOptions, "tf"> & CompileOptions = {},
): Promise<Evaluation> {
  ready ??= tf.setBackend("cpu");
  await ready;
  return evaluate(code, { tf, ...options });
}

/**
 * «Comprobar» as the page does it: the cell on the lecture's data, then (with `seed`) on
 * fresh data from that seed, graded together. Without `seed`, the lecture's data only.
 */
export async function check(exercise: ExerciseSpec, code: string, seed?: number): Promise<Verdict> {
  const sets: Inputs[] = !exercise.inputs
    ? [{}]
    : seed === undefined
      ? [exercise.inputs.lecture]
      : inputSets(exercise.inputs, mulberry32(seed));
  const runs = [];
  for (const inputs of sets) {
    const outcome = await run(code, { constraints: exercise.constraints, inputs });
    runs.push({ inputs, outcome });
    if (outcome.status !== "ok") break;
  }
  return gradeRuns(exercise, runs);
}

export { tf };
