import { compare, type Expected, NO_RETURN_MESSAGE } from "./compare.js";
import type { Evaluation } from "./evaluate.js";
import type { ExerciseSpec } from "./types.js";

export type VerdictStatus = "pass" | "fail" | "error";

/** The outcome of «Comprobar»: pass, fail (with what differs) or error (the code did not run). */
export interface Verdict {
  status: VerdictStatus;
  message: string;
}

export const PASS_MESSAGE = "¡Correcto!";

/**
 * Grades an evaluation against an exercise: an error if the code did not run; a failure if it
 * broke a constraint (checked first: it is the point of the exercise), returned something
 * other than expected, or failed the exercise's own check; otherwise a pass.
 * `expectedFromSolution` is used when the exercise declares no `expected`.
 *
 * Example: for «sin ciclos explícitos» and a correct answer computed with a `for`, the verdict
 * is { status: "fail", message: "Línea 3: usas un ciclo `for`. …" }.
 */
export function grade(
  exercise: Pick<ExerciseSpec, "expected" | "check" | "success">,
  evaluation: Evaluation,
  expectedFromSolution?: Expected | null,
): Verdict {
  if (evaluation.status === "error") return { status: "error", message: evaluation.error.message };
  const [violation, ...more] = evaluation.violations;
  if (violation) {
    const extra =
      more.length === 0 ? "" : ` (y ${more.length} ${more.length === 1 ? "caso" : "casos"} más)`;
    return { status: "fail", message: `${violation.message}${extra}` };
  }
  if (evaluation.value.kind === "undefined") return { status: "fail", message: NO_RETURN_MESSAGE };
  const expected = exercise.expected ?? expectedFromSolution ?? null;
  if (expected === null && !exercise.check) {
    return {
      status: "error",
      message:
        "Este ejercicio no dice qué resultado espera (ni `expected` ni una solución comparable).",
    };
  }
  if (expected !== null) {
    const mismatch = compare(expected, evaluation.value);
    if (mismatch) return { status: "fail", message: mismatch.message };
  }
  const problem = exercise.check?.(evaluation.value) ?? null;
  if (problem !== null) return { status: "fail", message: problem };
  return {
    status: "pass",
    message: exercise.success ? `${PASS_MESSAGE} ${exercise.success}` : PASS_MESSAGE,
  };
}
