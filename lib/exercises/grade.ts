import { compare, type Expected, NO_RETURN_MESSAGE } from "./compare.js";
import type { Violation } from "./constraints.js";
import type { Evaluation, LogEntry } from "./evaluate.js";
import { describeInputs, type Inputs } from "./inputs.js";
import type { ExerciseSpec } from "./types.js";

export type VerdictStatus = "pass" | "fail" | "error" | "timeout";

/** The outcome of «Comprobar»: pass, fail (with what differs), error or timeout. */
export interface Verdict {
  status: VerdictStatus;
  message: string;
}

/** How one run of a cell ended: its evaluation, or stopped at the time limit, or the worker died. */
export type RunOutcome =
  | Evaluation
  | { status: "timeout"; logs: LogEntry[]; violations: Violation[]; limitMs: number }
  | { status: "crash"; message: string; logs: LogEntry[]; violations: Violation[] };

/** One run of «Comprobar»: the data it ran on and how it ended. */
export interface CheckRun {
  inputs: Inputs;
  outcome: RunOutcome;
}

export const PASS_MESSAGE = "¡Correcto!";

type Gradable = Pick<ExerciseSpec, "expected" | "check" | "success">;

/**
 * Grades «Comprobar»: the first run is on the lecture's data, the others on fresh data the
 * student has not seen. The first run decides as the page always did: an error if the code
 * did not run, a failure if it broke a rule (checked first: it is the point of the exercise),
 * returned something other than expected or failed the exercise's own check. Then each fresh
 * run must pass the same way, so a result typed by hand fails; its message names the data.
 * `expectedFromSolution` (one per run) is used when the exercise declares no `expected`.
 *
 * Example: for «sin ciclos explícitos» and a correct answer computed with a `for`, the verdict
 * is { status: "fail", message: "Línea 3: usas un ciclo `for`. …" }.
 */
export function gradeRuns(
  exercise: Gradable,
  runs: readonly CheckRun[],
  expectedFromSolution: readonly (Expected | null)[] = [],
): Verdict {
  if (runs.length === 0) return { status: "error", message: "No se ejecutó tu código." };
  for (let i = 0; i < runs.length; i++) {
    const { inputs, outcome } = runs[i];
    const verdict = gradeOne(exercise, outcome, inputs, expectedFromSolution[i] ?? null);
    if (verdict === null) continue;
    if (i === 0) return verdict;
    const valueOnly = outcome.status === "ok" && outcome.violations.length === 0;
    return freshFailure(verdict, inputs, valueOnly && runs[0].outcome.status === "ok");
  }
  return {
    status: "pass",
    message: exercise.success ? `${PASS_MESSAGE} ${exercise.success}` : PASS_MESSAGE,
  };
}

/** Grades a single evaluation on the lecture's data (no fresh data): as {@link gradeRuns}. */
export function grade(
  exercise: Gradable,
  evaluation: RunOutcome,
  expectedFromSolution?: Expected | null,
  inputs: Inputs = {},
): Verdict {
  return gradeRuns(exercise, [{ inputs, outcome: evaluation }], [expectedFromSolution ?? null]);
}

/** The verdict of one run, or null when it passes. */
function gradeOne(
  exercise: Gradable,
  outcome: RunOutcome,
  inputs: Inputs,
  fromSolution: Expected | null,
): Verdict | null {
  // Code that did not run says why first (a rule broken while running stops it: that is the why).
  if (outcome.status === "error" && outcome.error.kind !== "rule") {
    return { status: "error", message: outcome.error.message };
  }
  const [violation, ...more] = outcome.violations;
  if (violation) {
    const extra =
      more.length === 0 ? "" : ` (y ${more.length} ${more.length === 1 ? "caso" : "casos"} más)`;
    return { status: "fail", message: `${violation.message}${extra}` };
  }
  if (outcome.status === "timeout") {
    return {
      status: "timeout",
      message:
        `Tu código tardó más de ${seconds(outcome.limitMs)} s y se detuvo. ¿Hay un ciclo que nunca ` +
        "termina (por ejemplo, un `while` cuya condición siempre se cumple), o un `await` que nunca se resuelve?",
    };
  }
  if (outcome.status === "crash") return { status: "error", message: outcome.message };
  if (outcome.status === "error") return { status: "error", message: outcome.error.message };
  if (outcome.value.kind === "undefined") return { status: "fail", message: NO_RETURN_MESSAGE };
  const declared =
    typeof exercise.expected === "function" ? exercise.expected(inputs) : exercise.expected;
  const expected = declared ?? fromSolution;
  if (expected === null && !exercise.check) {
    return {
      status: "error",
      message:
        "Este ejercicio no dice qué resultado espera (ni `expected` ni una solución comparable).",
    };
  }
  if (expected !== null) {
    const mismatch = compare(expected, outcome.value);
    if (mismatch) return { status: "fail", message: mismatch.message };
  }
  const problem = exercise.check?.(outcome.value, inputs) ?? null;
  return problem === null ? null : { status: "fail", message: problem };
}

/** A failure on fresh data, said as such: the lecture's data passed, these did not. */
function freshFailure(verdict: Verdict, inputs: Inputs, wrongValue: boolean): Verdict {
  const data = `Con otros datos (${describeInputs(inputs)})`;
  const hint =
    wrongValue && verdict.status === "fail"
      ? " Con los datos del enunciado tu resultado es correcto: ¿escribiste el resultado (o algo que solo vale para esos datos) a mano? Calcúlalo a partir de los datos, que «Comprobar» cambia."
      : "";
  const message = verdict.message.charAt(0).toLowerCase() + verdict.message.slice(1);
  return { status: verdict.status, message: `${data}, ${message}${hint}` };
}

function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10); // a decimal point, as everywhere on the site
}
