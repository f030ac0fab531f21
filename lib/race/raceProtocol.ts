/**
 * The race's timing protocol, shared by the vectorization page and the benchmark script.
 *
 * For one contender it:
 * 1. prepares the inputs (creates them and uploads them where the computation runs: the GPU,
 *    the WebAssembly heap) and reports that time apart, as `uploadMs`;
 * 2. warms up (shader compilation, JIT, GPU buffer pools): at least `warmup` runs, and with
 *    `maxWarmup` more until the last three warm-up times agree within `stableRatio` (a GPU
 *    emulated in software can need a dozen runs before it settles), or `warmupBudgetMs` is
 *    spent; their times are kept only for display;
 * 3. times `runs` runs, each from just before the computation starts until its result has been
 *    read back (`await result.data()`): a GPU returns from an op long before it has computed,
 *    so a clock stopped earlier would time only the dispatch;
 * 4. keeps every run's value, so the caller can cross-check them with a reference.
 * A computation too quick to time on its own (n = 10⁵ on WebAssembly: ~0.1 ms, near the
 * clock's resolution and its jitter) is repeated within each timed run, as Python's `timeit`
 * does: with `minRunMs`, each run calls it `loops` times (loopsFor: 1, 2, 5, 10, 20, 50, …,
 * enough for the last warm-up time to reach minRunMs) and its time is the total ÷ loops.
 * Results are freed after the clock stops, as for a single call.
 * Between runs it awaits `pause()` so the page can paint and answer the keyboard, and it stops
 * with a RaceCancelled error when `signal` is aborted. The clock is injected: tests drive it.
 *
 * No tfjs here: a tfjs Tensor already is a Readback (it has data() and dispose()).
 */
import { relativeError } from "./raceStats.js";

/** A monotonic clock in milliseconds, e.g. `performance`. */
export interface Clock {
  now(): number;
}

/** A computation's result that can be read back asynchronously; a tfjs Tensor is one. */
export interface Readback {
  data(): Promise<ArrayLike<number>>;
  dispose?(): void;
}

/** One contender, in three steps. */
export interface TimedTask<P> {
  /** Creates the inputs and puts them where the computation runs. Timed as the upload. */
  prepare(): P | Promise<P>;
  /** Starts the computation; the protocol reads its result back before stopping the clock. */
  compute(prepared: P): Readback | Promise<Readback>;
  /** Frees what prepare made. Always called once prepare has succeeded, even after an error. */
  release(prepared: P): void;
}

export type ProtocolPhase = "upload" | "warmup" | "run";

export interface ProtocolOptions {
  clock: Clock;
  /** Runs before the timed ones, not counted in the verdict (≥ 0): the minimum. */
  warmup: number;
  /** Keep warming up, to at most this many runs, until the times settle (default: warmup). */
  maxWarmup?: number;
  /** Settled: the last three warm-up times are within this ratio of each other (default 1.3). */
  stableRatio?: number;
  /** Stop warming up (after the minimum) once the warm-up runs add up to this (default ∞). */
  warmupBudgetMs?: number;
  /** Timed runs wanted (≥ 1). */
  runs: number;
  /** Repeat a quick computation within each timed run until a run lasts this long (default 0). */
  minRunMs?: number;
  /** Computations per timed run, fixed (instead of minRunMs: e.g. found by an earlier call). */
  loops?: number;
  /** Stop repeating once the timed runs add up to this many ms (never before minRuns). */
  budgetMs?: number;
  /** The fewest timed runs, whatever the budget (default min(3, runs)). */
  minRuns?: number;
  /** Awaited between steps, so the page stays responsive. */
  pause?: () => Promise<void>;
  signal?: AbortSignal;
  /** Told before every step: the upload, each warm-up run, each timed run. */
  onStep?: (phase: ProtocolPhase, index: number, of: number) => void;
}

export interface ProtocolResult {
  /** Creating the inputs and uploading them (ms). */
  uploadMs: number;
  /** The warm-up runs (ms), for display only. */
  warmupMs: number[];
  /** The timed runs (ms per computation), clock stopped after the read-back. */
  times: number[];
  /** Computations per timed run (1 unless minRunMs asked for more). */
  loops: number;
  /** The value each timed run read back. */
  values: number[];
  /** The largest relative difference between a run's value and the first run's (0 if equal). */
  spread: number;
}

/** Thrown by timeTask when its signal is aborted; the page says «carrera cancelada». */
export class RaceCancelled extends Error {
  constructor() {
    super("carrera cancelada");
    this.name = "RaceCancelled";
  }
}

/**
 * How many onStep calls timeTask makes when it warms up the minimum: the upload, the warm-ups,
 * the runs (adaptive warm-up runs come on top, reported with index ≥ warmup).
 */
export function protocolSteps({ warmup, runs }: Pick<ProtocolOptions, "warmup" | "runs">): number {
  return 1 + warmup + runs;
}

/**
 * Times one task by the protocol above.
 *
 * Example: with a clock that advances 2 ms per compute and 5 ms per prepare,
 * timeTask(task, { clock, warmup: 1, runs: 3 }) = { uploadMs: 5, warmupMs: [2], times: [2, 2, 2], … }.
 *
 * Throws a RangeError for a warmup < 0, runs < 1 or minRuns outside [1, runs]; RaceCancelled
 * when aborted; whatever the task throws (after releasing what it prepared).
 */
export async function timeTask<P>(
  task: TimedTask<P>,
  options: ProtocolOptions,
): Promise<ProtocolResult> {
  const { clock, warmup, runs, budgetMs = Infinity, pause, signal, onStep } = options;
  const { stableRatio = 1.3, warmupBudgetMs = Infinity } = options;
  const maxWarmup = Math.max(warmup, options.maxWarmup ?? warmup);
  const minRuns = options.minRuns ?? Math.min(3, runs);
  if (!Number.isInteger(warmup) || warmup < 0) {
    throw new RangeError(`timeTask: warmup = ${warmup} no es un entero ≥ 0`);
  }
  if (!Number.isInteger(runs) || runs < 1) {
    throw new RangeError(`timeTask: runs = ${runs} no es un entero ≥ 1`);
  }
  if (!Number.isInteger(minRuns) || minRuns < 1 || minRuns > runs) {
    throw new RangeError(
      `timeTask: minRuns = ${minRuns} debe ser un entero entre 1 y runs = ${runs}`,
    );
  }
  const checkpoint = async () => {
    if (signal?.aborted) throw new RaceCancelled();
    if (pause) await pause();
    if (signal?.aborted) throw new RaceCancelled();
  };

  await checkpoint();
  onStep?.("upload", 0, 1);
  const start = clock.now();
  const prepared = await task.prepare();
  const uploadMs = clock.now() - start;
  try {
    const warmupMs: number[] = [];
    while (
      warmupMs.length < warmup ||
      !warm(warmupMs, { maxWarmup, stableRatio, warmupBudgetMs })
    ) {
      await checkpoint();
      onStep?.("warmup", warmupMs.length, maxWarmup);
      warmupMs.push((await timeOnce(task, prepared, clock)).ms);
    }
    // Without a warm-up run there is no time to go by: one computation per run.
    const loops =
      options.loops ??
      (warmupMs.length > 0 ? loopsFor(warmupMs[warmupMs.length - 1], options.minRunMs ?? 0) : 1);
    const times: number[] = [];
    const values: number[] = [];
    for (let i = 0; i < runs; i++) {
      await checkpoint();
      onStep?.("run", i, runs);
      const { ms, value } = await timeOnce(task, prepared, clock, loops);
      times.push(ms);
      values.push(value);
      const spent = loops * times.reduce((s, t) => s + t, 0);
      if (times.length >= minRuns && spent >= budgetMs) break;
    }
    const spread = Math.max(0, ...values.map((v) => spreadOf(v, values[0])));
    return { uploadMs, warmupMs, times, loops, values, spread };
  } finally {
    task.release(prepared);
  }
}

/** Whether warming up may stop: the runs are used up, the budget spent, or the times settled. */
function warm(
  times: readonly number[],
  {
    maxWarmup,
    stableRatio,
    warmupBudgetMs,
  }: { maxWarmup: number; stableRatio: number; warmupBudgetMs: number },
): boolean {
  if (times.length >= maxWarmup) return true;
  if (times.reduce((s, t) => s + t, 0) >= warmupBudgetMs) return true;
  if (times.length < 3) return false;
  const last = times.slice(-3);
  return Math.max(...last) <= stableRatio * Math.min(...last);
}

/**
 * How many computations per timed run so that one lasting `ms` fills `minRunMs`: the first of
 * 1, 2, 5, 10, 20, 50, … (as Python's timeit) with loops × ms ≥ minRunMs, at most 10 000.
 * Example: loopsFor(0.12, 2) = 20; loopsFor(30, 2) = 1.
 */
export function loopsFor(ms: number, minRunMs: number): number {
  for (let scale = 1; scale <= 10_000; scale *= 10) {
    for (const step of [1, 2, 5]) {
      if (step * scale * ms >= minRunMs || step * scale >= 10_000) return step * scale;
    }
  }
  return 10_000;
}

/**
 * One timed run: start the clock, compute and read back `loops` times, stop the clock; then
 * free the results. Its time is per computation; its value is the last one read.
 */
async function timeOnce<P>(task: TimedTask<P>, prepared: P, clock: Clock, loops = 1) {
  const results: Readback[] = [];
  try {
    const start = clock.now();
    let value = NaN;
    for (let i = 0; i < loops; i++) {
      const result = await task.compute(prepared);
      results.push(result);
      value = Number((await result.data())[0]);
    }
    return { ms: (clock.now() - start) / loops, value };
  } finally {
    for (const result of results) result.dispose?.();
  }
}

function spreadOf(value: number, first: number): number {
  if (Object.is(value, first)) return 0;
  if (!Number.isFinite(first)) return Infinity;
  return relativeError(value, first);
}
