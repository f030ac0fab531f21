/**
 * The race's results as plain data (no tfjs): who ran, where, how fast and how exactly, and
 * the verdicts the page draws from them. lib/tf/dotRace.ts produces them.
 */
import type { DotFormulationId } from "../tf/dotFormulations.js";
import type { DotThroughput, TimingSummary } from "./raceStats.js";

export type ContenderKind = "tfjsLoop" | "jsLoop" | "vectorized";

export interface ContenderSpec {
  kind: ContenderKind;
  /** The tfjs backend it runs on; null for plain JavaScript. */
  backend: string | null;
  /** For "vectorized": which tfjs formulation. */
  formulation: DotFormulationId | null;
}

/** A stable identifier, e.g. "vectorized:wasm:blockedSum", "jsLoop:js:-". */
export function contenderKey({ kind, backend, formulation }: ContenderSpec): string {
  return `${kind}:${backend ?? "js"}:${formulation ?? "-"}`;
}

export interface ContenderResult {
  spec: ContenderSpec;
  key: string;
  /** The race's n. */
  n: number;
  /** Elements this contender actually added up: n, or fewer for the capped tfjs loop. */
  computedN: number;
  status: "ok" | "error";
  /** Why it failed, in Spanish (status "error"). */
  error?: string;
  uploadMs?: number;
  warmupMs?: number[];
  /** Per computation (ms); a quick one is repeated `loops` times within each timed run. */
  times?: number[];
  loops?: number;
  summary?: TimingSummary;
  /** Median ms for all n elements: measured, or extrapolated linearly from computedN. */
  msForN?: number;
  extrapolated: boolean;
  value?: number;
  /** The float64 reference for the computedN elements it added up. */
  reference?: number;
  relativeError?: number;
  /** relativeError ≤ DOT_TOLERANCE. */
  agrees?: boolean;
  /** How much the runs' values differ from each other (0 for a deterministic kernel). */
  spread?: number;
  /** Rates at the median time, for computedN elements. */
  throughput?: DotThroughput;
}

/** The contenders that finished, fastest first (by the median time for all n). */
export function rankResults(results: readonly ContenderResult[]): ContenderResult[] {
  return results
    .filter((r) => r.status === "ok" && r.msForN !== undefined)
    .sort((a, b) => a.msForN! - b.msForN!);
}

/** The lecture's comparison on this machine: a loop against the fastest vectorized contender. */
export interface RaceSpeedup {
  slow: ContenderResult;
  fast: ContenderResult;
  /** slow.msForN / fast.msForN. */
  speedup: number;
}

/**
 * How many times faster the fastest vectorized contender is than the loop of `slowKind`
 * (default the element-by-element tfjs loop, the analogue of the lecture's Python loop), both
 * for all n elements; null if either did not finish.
 *
 * Example: a loop at 400 ms and vectorized contenders at 2 ms and 4 ms give speedup 200.
 */
export function raceSpeedup(
  results: readonly ContenderResult[],
  slowKind: ContenderKind = "tfjsLoop",
): RaceSpeedup | null {
  const ranked = rankResults(results);
  const slow = ranked.find((r) => r.spec.kind === slowKind);
  const fast = ranked.find((r) => r.spec.kind === "vectorized");
  if (!slow || !fast || !(fast.msForN! > 0)) return null;
  return { slow, fast, speedup: slow.msForN! / fast.msForN! };
}
