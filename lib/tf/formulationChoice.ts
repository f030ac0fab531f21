/**
 * Which tfjs formulation of the dot product is fastest here, measured: on the active backend,
 * u and v are uploaded once, then every formulation in lib/tf/dotFormulations.ts is warmed up
 * and timed by lib/race/raceProtocol.ts (clock stopped after the read-back). The race runs the
 * winner, so its vectorized contender is the best this machine and this n allow, not a table
 * measured on another machine.
 *
 * Fair and cheap: each formulation is warmed up (two runs, which also tell how many calls a
 * run needs to last `minRunMs`), then the timed runs go round-robin, one run of each
 * formulation per round, so whatever the machine does meanwhile (a collection, another tab)
 * falls on all of them alike. After the second round a formulation slower than twice the best
 * median is dropped (at n = 10⁷ the slow ones take 40 ms a run). `runs` rounds, then more
 * while the rounds so far took less than `budgetMs` in all (up to `maxRuns`): at n = 10⁵ a
 * round is ~25 ms and the formulations tie within noise, so more rounds are cheap and make the
 * medians steadier (with 7 rounds the choice landed 1.12–1.20× from the fastest median of the
 * benchmark's 15 rounds). Ties within noise are expected; the choice only has to be as fast as
 * the fastest.
 *
 * Example: chooseFormulation(u, v, {clock: performance}) on WASM with n = 10⁷ gave
 * {id: "blockedMatMul", medians: {dot: 35.8, matMul: 40.4, sumMul: 11.9, blockedSum: 12.8,
 * blockedMatMul: 8.3}} on the project's machine.
 */
import * as tf from "@tensorflow/tfjs-core";
import { RaceCancelled, timeTask, type Clock, type TimedTask } from "../race/raceProtocol.js";
import { vectorizedTask } from "./dotContenders.js";
import { DOT_FORMULATIONS, type DotFormulationId } from "./dotFormulations.js";

export interface FormulationChoice {
  /** The formulation with the smallest median time. */
  id: DotFormulationId;
  /** Each formulation's median time (ms); a formulation that failed is absent. */
  medians: Partial<Record<DotFormulationId, number>>;
  /** How many timed rounds ran (the warm-up's timed run counts as the first). */
  rounds: number;
}

export interface ChoiceOptions {
  clock: Clock;
  /** Timed runs per formulation (default 7)… */
  runs?: number;
  /** …and more while all the rounds so far took less than this (ms, default 500)… */
  budgetMs?: number;
  /** …up to this many (default 21). */
  maxRuns?: number;
  /** A quick formulation is repeated within each run until the run lasts this long (default
   * 5 ms, as the race page): at n = 10⁵ one call is ~0.1 ms, too close to the clock's jitter. */
  minRunMs?: number;
  pause?: () => Promise<void>;
  signal?: AbortSignal;
}

export async function chooseFormulation(
  u: Float32Array,
  v: Float32Array,
  { clock, runs = 7, budgetMs = 500, maxRuns = 21, minRunMs = 5, pause, signal }: ChoiceOptions,
): Promise<FormulationChoice> {
  const upload = vectorizedTask(u, v, DOT_FORMULATIONS.sumMul);
  const tensors = await upload.prepare();
  type Task = TimedTask<typeof tensors>;
  let rounds = 1;
  const contenders: { id: DotFormulationId; task: Task; loops: number; times: number[] }[] = [];
  const median = (times: readonly number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)];
  };
  /** One timed run: after two warm-ups (which size `loops`), or with the loops found then. */
  const timeRun = (
    task: Task,
    how: { warmup: 2; minRunMs: number } | { warmup: 0; loops: number },
  ) => timeTask(task, { clock, runs: 1, minRuns: 1, pause, signal, ...how });
  try {
    for (const formulation of Object.values(DOT_FORMULATIONS)) {
      // The inputs are already uploaded: this task's prepare is free and its release keeps them.
      const task: Task = {
        prepare: () => tensors,
        compute: (t) => tf.tidy(() => formulation.compute(t.u, t.v)),
        release: () => undefined,
      };
      try {
        const { times, loops } = await timeRun(task, { warmup: 2, minRunMs });
        contenders.push({ id: formulation.id, task, loops, times });
      } catch (error) {
        if (error instanceof RaceCancelled) throw error;
        // A formulation this backend cannot run at this n (e.g. a texture too large) is skipped.
      }
    }
    let racing = [...contenders];
    const roundsStart = clock.now();
    const another = (round: number) =>
      round < runs || (round < Math.max(runs, maxRuns) && clock.now() - roundsStart < budgetMs);
    for (; another(rounds) && racing.length > 1; rounds++) {
      for (const contender of [...racing]) {
        try {
          const { times } = await timeRun(contender.task, { warmup: 0, loops: contender.loops });
          contender.times.push(times[0]);
        } catch (error) {
          if (error instanceof RaceCancelled) throw error;
          contenders.splice(contenders.indexOf(contender), 1);
          racing.splice(racing.indexOf(contender), 1);
        }
      }
      const best = Math.min(...racing.map((c) => median(c.times)));
      racing = racing.filter((c) => median(c.times) <= 2 * best);
    }
  } finally {
    upload.release(tensors);
  }
  const medians: Partial<Record<DotFormulationId, number>> = {};
  for (const contender of contenders) medians[contender.id] = median(contender.times);
  const ranked = (Object.entries(medians) as [DotFormulationId, number][]).sort(
    (a, b) => a[1] - b[1],
  );
  if (ranked.length === 0)
    throw new Error("ninguna formulación del producto punto corrió en este motor");
  return { id: ranked[0][0], medians, rounds };
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
