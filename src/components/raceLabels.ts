/** Spanish names of the race's contenders, long (tables) and short (chart legends). */
import type { ContenderSpec } from "../lib/tf/dotRace.js";
import { DOT_FORMULATIONS, type DotFormulationId } from "../lib/tf/dotFormulations.js";
import { BACKEND_LABELS, type BackendName } from "../runtime/tfRuntime.js";

// Every formulation needs one (the type says so: a new formulation without it does not compile).
const FORMULATION_SHORT: Record<DotFormulationId, string> = {
  dot: "tf.dot",
  matMul: "tf.matMul",
  sumMul: "sum(mul)",
  blockedSum: "suma por bloques",
  blockedMatMul: "matMul por bloques",
};

export function backendLabel(backend: string | null): string {
  return backend === null ? "JavaScript" : (BACKEND_LABELS[backend as BackendName] ?? backend);
}

/** e.g. «Vectorizado en WebGL: tf.sum(tf.mul(u, v))». */
export function contenderLabel(spec: ContenderSpec): string {
  switch (spec.kind) {
    case "tfjsLoop":
      return `Ciclo for con TensorFlow.js, un elemento a la vez (${backendLabel(spec.backend)})`;
    case "jsLoop":
      return "Ciclo for en JavaScript";
    case "vectorized":
      return `Vectorizado en ${backendLabel(spec.backend)}: ${DOT_FORMULATIONS[spec.formulation ?? "sumMul"].code}`;
  }
}

/** e.g. «WebGL · sum(mul)», for legends. */
export function contenderShortLabel(spec: ContenderSpec): string {
  switch (spec.kind) {
    case "tfjsLoop":
      return `Ciclo TensorFlow.js (${backendLabel(spec.backend)})`;
    case "jsLoop":
      return "Ciclo JavaScript";
    case "vectorized":
      return `${backendLabel(spec.backend)} · ${FORMULATION_SHORT[spec.formulation ?? "sumMul"]}`;
  }
}
