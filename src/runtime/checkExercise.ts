/**
 * checkExercise(spec, code) → the verdict of «Comprobar»: the cell runs in a fresh sandbox
 * worker on the lecture's data and on fresh data drawn here (./exerciseRunner.ts), and is
 * graded here, in the page, with the exercise's checker (lib/exercises/grade.ts). The one
 * way a cell is graded: the Exercise component and the grading page (src/calificador.md,
 * used by `npm run calificar`) both call it.
 */
import type { Expected } from "../lib/exercises/compare.js";
import type { LogEntry } from "../lib/exercises/evaluate.js";
import { expectedFromValue } from "../lib/exercises/expect.js";
import { gradeRuns, type RunOutcome, type Verdict } from "../lib/exercises/grade.js";
import { inputSets, type Inputs } from "../lib/exercises/inputs.js";
import { DEFAULT_TIME_LIMIT_MS, type ExerciseSpec } from "../lib/exercises/types.js";
import { mulberry32 } from "../lib/random/mulberry32.js";
import { runCell } from "./exerciseRunner.js";

export interface CheckResult {
  verdict: Verdict;
  /** The data sets the cell ran on: the lecture's first. */
  sets: Inputs[];
  /** How each run ended (fewer than `sets` when one did not end normally). */
  outcomes: RunOutcome[];
}

export interface CheckOptions {
  /** Draws the fresh data; default: seeded from the browser's cryptographic randomness. */
  random?: () => number;
  /** Every line the first run prints, as it happens. */
  onLog?: (entry: LogEntry) => void;
  /** The reference solution, when the exercise declares neither `expected` nor `check`. */
  solution?: string;
}

export async function checkExercise(
  spec: ExerciseSpec,
  code: string,
  options: CheckOptions = {},
): Promise<CheckResult> {
  const timeLimitMs = spec.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const sets = spec.inputs ? inputSets(spec.inputs, options.random ?? freshRandom()) : [{}];
  const outcomes = await runCell(code, {
    timeLimitMs,
    constraints: spec.constraints,
    inputSets: sets,
    onLog: options.onLog,
  });
  const solution = options.solution ?? spec.solution;
  let fromSolution: (Expected | null)[] = [];
  if (!spec.expected && !spec.check && solution !== undefined) {
    const reference = await runCell(solution, { timeLimitMs, inputSets: sets });
    fromSolution = reference.map((o) =>
      o.status === "ok" ? expectedFromValue(o.value, spec.tolerance) : null,
    );
  }
  const runs = outcomes.map((outcome, i) => ({ inputs: sets[i], outcome }));
  return { verdict: gradeRuns(spec, runs, fromSolution), sets, outcomes };
}

/** A generator for fresh data, seeded from the browser's cryptographic randomness. */
export function freshRandom(): () => number {
  const seed = new Uint32Array(1);
  crypto.getRandomValues(seed);
  return mulberry32(seed[0]);
}
