/**
 * The vectorization race: every contender timed by lib/race/raceProtocol.ts on its backend, its w
 * checked against the float64 reference, its speed expressed in ms, GFLOP/s and GB/s.
 * Shared by the page and the benchmark script. The result types live in lib/race/raceResult.ts. A contender that fails (a texture too large
 * for WebGL, a buffer too large for WebGPU, no memory) is reported, and the race goes on.
 */
import * as tf from "@tensorflow/tfjs-core";
import { explainBackendFailure } from "../race/backendFailure.js";
import { dotCompensated } from "../math/tensors/dot.js";
import {
  protocolSteps,
  RaceCancelled,
  timeTask,
  type Clock,
  type ProtocolPhase,
  type TimedTask,
} from "../race/raceProtocol.js";
import {
  DOT_TOLERANCE,
  dotThroughput,
  relativeError,
  summarizeTimings,
  type DotThroughput,
  type TimingSummary,
} from "../race/raceStats.js";
import {
  contenderKey,
  type ContenderKind,
  type ContenderResult,
  type ContenderSpec,
} from "../race/raceResult.js";
import { elementLoopTask, jsLoopTask, vectorizedTask } from "./dotContenders.js";
import {
  DOT_FORMULATIONS,
  vectorizedFormulation,
  type DotFormulationId,
} from "./dotFormulations.js";

/**
 * The page's line-up: the element-by-element tfjs loop on the active backend, the plain
 * JavaScript loop, and the vectorized dot on every available backend, the active one first,
 * each with its fastest formulation (`chosen`, measured by lib/tf/formulationChoice.ts, else
 * the default); with `allFormulations`, all five formulations per backend.
 */
export function raceLineup(
  backends: readonly string[],
  active: string,
  {
    allFormulations = false,
    chosen = {},
  }: { allFormulations?: boolean; chosen?: Record<string, DotFormulationId> } = {},
): ContenderSpec[] {
  const ordered = [active, ...backends.filter((b) => b !== active)];
  const vectorized = ordered.flatMap((backend) =>
    (allFormulations
      ? (Object.keys(DOT_FORMULATIONS) as DotFormulationId[])
      : [chosen[backend] ?? vectorizedFormulation(backend).id]
    ).map((formulation): ContenderSpec => ({ kind: "vectorized", backend, formulation })),
  );
  return [
    { kind: "tfjsLoop", backend: active, formulation: null },
    { kind: "jsLoop", backend: null, formulation: null },
    ...vectorized,
  ];
}

export interface RaceSettings {
  u: Float32Array;
  v: Float32Array;
  /** The float64 reference for all n elements (lib/race/raceInputs.ts computes it in chunks). */
  reference: number;
  /** The backend to leave active afterwards. */
  active: string;
  clock: Clock;
  warmup: number;
  /** Warm up adaptively to at most this many runs (see lib/race/raceProtocol.ts; default warmup). */
  maxWarmup?: number;
  /** Per contender: stop warming up (after `warmup` runs) once this many ms are spent. */
  warmupBudgetMs?: number;
  /** Warm-up has settled when the last three times are within this ratio (default 1.3). */
  stableRatio?: number;
  runs: number;
  /** Repeat a quick computation within each timed run until a run lasts this long (the
   * vectorized contenders and the JS loop; see lib/race/raceProtocol.ts). Default: one call. */
  minRunMs?: number;
  /** Per contender: stop repeating after this many ms of timed runs (not before 3 runs). */
  budgetMs?: number;
  pause?: () => Promise<void>;
  signal?: AbortSignal;
  /** The element-by-element tfjs loop: how many elements at most, and its runs. */
  loop?: { maxElements?: number; chunk?: number; warmup?: number; runs?: number };
  onProgress?: (progress: RaceProgress) => void;
}

export interface RaceProgress {
  /** Steps done and total (an upload, a warm-up run or a timed run is a step). */
  done: number;
  total: number;
  spec: ContenderSpec;
  phase: ProtocolPhase;
  index: number;
  of: number;
}

/** The loop's defaults: 2,000 elements, 1 warm-up, 3 runs. */
export const LOOP_DEFAULTS = { maxElements: 2000, chunk: 250, warmup: 1, runs: 3 };

/**
 * Runs the contenders one after the other, each on its backend (tf.setBackend), and restores
 * `active` at the end, even when cancelled. Throws RaceCancelled when the signal is aborted;
 * any other failure becomes that contender's `error`.
 */
export async function runDotRace(
  specs: readonly ContenderSpec[],
  settings: RaceSettings,
): Promise<ContenderResult[]> {
  const { u, v, active, onProgress } = settings;
  const n = u.length;
  const loop = { ...LOOP_DEFAULTS, ...settings.loop };
  const plans = specs.map((spec) => {
    const isLoop = spec.kind === "tfjsLoop";
    const protocol = isLoop
      ? { warmup: loop.warmup, runs: loop.runs }
      : {
          warmup: settings.warmup,
          maxWarmup: settings.maxWarmup,
          warmupBudgetMs: settings.warmupBudgetMs,
          stableRatio: settings.stableRatio,
          runs: settings.runs,
          minRunMs: settings.minRunMs,
        };
    return { spec, protocol, computedN: isLoop ? Math.min(n, loop.maxElements) : n };
  });
  const total = plans.reduce((sum, plan) => sum + protocolSteps(plan.protocol), 0);
  let before = 0;
  const results: ContenderResult[] = [];
  try {
    for (const { spec, protocol, computedN } of plans) {
      let within = 0;
      const steps = protocolSteps(protocol);
      const base = { spec, key: contenderKey(spec), n, computedN, extrapolated: computedN < n };
      try {
        if (spec.backend !== null && tf.getBackend() !== spec.backend) {
          if (!(await tf.setBackend(spec.backend))) {
            throw new Error(`TensorFlow.js no pudo activar el motor ${spec.backend}`);
          }
        }
        const timing = await timeTask(task(spec, computedN, settings, loop) as TimedTask<unknown>, {
          ...protocol,
          clock: settings.clock,
          budgetMs: settings.budgetMs,
          minRuns: Math.min(3, protocol.runs),
          pause: settings.pause,
          signal: settings.signal,
          onStep: (phase, index, of) =>
            onProgress?.({
              done: before + Math.min(within++, steps - 1),
              total,
              spec,
              phase,
              index,
              of,
            }),
        });
        const summary = summarizeTimings(timing.times);
        const value = timing.values[timing.values.length - 1];
        const reference = computedN < n ? dotCompensated(u, v, 0, computedN) : settings.reference;
        const error = relativeError(value, reference);
        results.push({
          ...base,
          status: "ok",
          uploadMs: timing.uploadMs,
          warmupMs: timing.warmupMs,
          times: timing.times,
          loops: timing.loops,
          summary,
          msForN: (summary.median * n) / computedN,
          value,
          reference,
          relativeError: error,
          agrees: error <= DOT_TOLERANCE,
          spread: timing.spread,
          throughput: summary.median > 0 ? dotThroughput(computedN, summary.median) : undefined,
        });
      } catch (error) {
        if (error instanceof RaceCancelled) throw error;
        results.push({ ...base, status: "error", error: explainBackendFailure(error) });
      }
      before += steps;
    }
    return results;
  } finally {
    if (tf.getBackend() !== active) await tf.setBackend(active);
  }
}

function task(
  spec: ContenderSpec,
  computedN: number,
  { u, v, pause, signal }: RaceSettings,
  loop: typeof LOOP_DEFAULTS,
): TimedTask<unknown> {
  switch (spec.kind) {
    case "tfjsLoop":
      return elementLoopTask(u, v, computedN, { chunk: loop.chunk, pause, signal });
    case "jsLoop":
      return jsLoopTask(u, v);
    case "vectorized":
      return vectorizedTask(u, v, DOT_FORMULATIONS[spec.formulation ?? "sumMul"]);
  }
}

export { contenderKey };
export type { ContenderKind, ContenderResult, ContenderSpec };
