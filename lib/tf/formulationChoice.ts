/**
 * Which tfjs formulation of the dot product is fastest here, measured: on the active backend,
 * u and v are uploaded once, then every formulation in lib/tf/dotFormulations.ts is warmed up
 * and timed by lib/raceProtocol.ts (clock stopped after the read-back). The race runs the
 * winner, so its vectorized contender is the best this machine and this n allow, not a table
 * measured on another machine.
 *
 * Cheap on purpose: two warm-ups and at most `runs` timed runs per formulation, stopping once
 * its timed runs add up to 5 × the best median so far (at least 30 ms): a slow formulation
 * stops after one run, a fast one at small n gets all its runs (its times are the noisiest),
 * each repeating the computation until it lasts `minRunMs`.
 * Ties within noise are expected; the choice only has to be as fast as the fastest.
 *
 * Example: chooseFormulation(u, v, {clock: performance}) on WASM with n = 10⁷ gave
 * {id: "blockedMatMul", medians: {dot: 35.8, matMul: 40.4, sumMul: 11.9, blockedSum: 12.8,
 * blockedMatMul: 8.3}} on the project's machine.
 */
import * as tf from "@tensorflow/tfjs-core";
import { RaceCancelled, timeTask, type Clock, type TimedTask } from "../raceProtocol.js";
import { vectorizedTask } from "./dotContenders.js";
import { DOT_FORMULATIONS, type DotFormulationId } from "./dotFormulations.js";

export interface FormulationChoice {
  /** The formulation with the smallest median time. */
  id: DotFormulationId;
  /** Each formulation's median time (ms); a formulation that failed is absent. */
  medians: Partial<Record<DotFormulationId, number>>;
}

export interface ChoiceOptions {
  clock: Clock;
  /** Timed runs per formulation at most (default 7). */
  runs?: number;
  /** A quick formulation is repeated within each run until the run lasts this long (default
   * 5 ms, as the race page): at n = 10⁵ one call is ~0.1 ms, too close to the clock's jitter. */
  minRunMs?: number;
  pause?: () => Promise<void>;
  signal?: AbortSignal;
}

export async function chooseFormulation(
  u: Float32Array,
  v: Float32Array,
  { clock, runs = 7, minRunMs = 5, pause, signal }: ChoiceOptions,
): Promise<FormulationChoice> {
  const upload = vectorizedTask(u, v, DOT_FORMULATIONS.sumMul);
  const tensors = await upload.prepare();
  const medians: Partial<Record<DotFormulationId, number>> = {};
  let best = Infinity;
  try {
    for (const formulation of Object.values(DOT_FORMULATIONS)) {
      // The inputs are already uploaded: this task's prepare is free and its release keeps them.
      const task: TimedTask<typeof tensors> = {
        prepare: () => tensors,
        compute: (t) => tf.tidy(() => formulation.compute(t.u, t.v)),
        release: () => undefined,
      };
      try {
        const { times } = await timeTask(task, {
          clock,
          warmup: 2,
          runs,
          minRuns: 1,
          budgetMs: Math.max(5 * best, 30),
          minRunMs,
          pause,
          signal,
        });
        const sorted = [...times].sort((a, b) => a - b);
        const median = sorted[Math.floor((sorted.length - 1) / 2)];
        medians[formulation.id] = median;
        best = Math.min(best, median);
      } catch (error) {
        if (error instanceof RaceCancelled) throw error;
        // A formulation this backend cannot run at this n (e.g. a texture too large) is skipped.
      }
    }
  } finally {
    upload.release(tensors);
  }
  const ranked = (Object.entries(medians) as [DotFormulationId, number][]).sort(
    (a, b) => a[1] - b[1],
  );
  if (ranked.length === 0)
    throw new Error("ninguna formulación del producto punto corrió en este motor");
  return { id: ranked[0][0], medians };
}

/**
 * chooseFormulation on each backend in turn (tf.setBackend); the active backend is restored
 * afterwards. A backend where nothing ran gets no entry (the race then uses its default).
 */
export async function chooseFormulations(
  backends: readonly string[],
  u: Float32Array,
  v: Float32Array,
  options: ChoiceOptions & { onBackend?: (backend: string) => void },
): Promise<Record<string, DotFormulationId>> {
  const active = tf.getBackend();
  const chosen: Record<string, DotFormulationId> = {};
  try {
    for (const backend of backends) {
      options.onBackend?.(backend);
      if (!(await tf.setBackend(backend).catch(() => false))) continue;
      try {
        chosen[backend] = (await chooseFormulation(u, v, options)).id;
      } catch (error) {
        if (error instanceof RaceCancelled) throw error;
      }
    }
  } finally {
    if (tf.getBackend() !== active) await tf.setBackend(active);
  }
  return chosen;
}
