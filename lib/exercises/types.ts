import type { Expected } from "./compare.js";
import type { Constraint } from "./constraints.js";
import type { InputSpec, Inputs } from "./inputs.js";
import type { Value } from "./value.js";

/**
 * An exercise as an instructor declares it. Everything is data except `check`, so a spec can
 * live in lib/ (tested in Node) and be rendered on any page by the Exercise component.
 */
export interface ExerciseSpec {
  /** Stable id, lowercase letters, digits and dashes: the page anchor is `#ej-<id>`. */
  id: string;
  /**
   * Bump it when the starter code changes: a saved answer from another version is not mixed
   * with the new starter; the student is offered both.
   */
  version: string;
  title: string;
  /**
   * The task, in Spanish. Paragraphs are separated by a blank line; `code` in backticks is
   * shown as code.
   */
  prompt: string;
  /** The code the editor starts with (JavaScript or TypeScript). */
  starter: string;
  /**
   * A reference solution, shown on request (and run to get the expected value when `expected`
   * is absent). The catalog keeps its solutions apart (catalog/solutions.ts), so that an
   * evaluation build can leave them out.
   */
  solution?: string;
  /** Progressive hints, from a nudge to almost the answer. */
  hints: readonly string[];
  /**
   * The data the code receives already defined (like `tf`): the lecture's values, and fresh
   * ones for every «Comprobar» (lib/exercises/inputs.ts). Absent: the code gets none.
   */
  inputs?: InputSpec;
  /**
   * What the code must return: an expectation, or one computed from the data (for exercises
   * with `inputs`). Absent: whatever the solution returns on the same data (with `tolerance`).
   */
  expected?: Expected | ((inputs: Inputs) => Expected);
  /** Tolerance for an expectation taken from the solution. */
  tolerance?: { rtol: number; atol: number };
  /** Extra check on the returned value after `expected` passed: a Spanish message, or null. */
  check?: (value: Value, inputs: Inputs) => string | null;
  /**
   * Rules on how the code is written (e.g. no explicit loops), checked on its syntax tree
   * and, for what only a run shows, while it runs (lib/exercises/runRules.ts).
   */
  constraints?: readonly Constraint[];
  /** Milliseconds the code may run before it is stopped. Default 5000. */
  timeLimitMs?: number;
  /** Said after «¡Correcto!» (a remark on the result). */
  success?: string;
}

/** A group of exercises under one heading of the exercises page and of «Mis ejercicios». */
export interface ExerciseSection {
  id: string;
  title: string;
  exercises: readonly ExerciseSpec[];
}

/** The default time limit: 5 seconds. */
export const DEFAULT_TIME_LIMIT_MS = 5_000;
