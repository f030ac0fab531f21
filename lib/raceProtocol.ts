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
  /** The timed runs (ms), clock stopped after the read-back. */
  times: number[];
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
    const times: number[] = [];
    const values: number[] = [];
    for (let i = 0; i < runs; i++) {
      await checkpoint();
      onStep?.("run", i, runs);
      const { ms, value } = await timeOnce(task, prepared, clock);
      times.push(ms);
      values.push(value);
      const spent = times.reduce((s, t) => s + t, 0);
      if (times.length >= minRuns && spent >= budgetMs) break;
    }
    const spread = Math.max(0, ...values.map((v) => spreadOf(v, values[0])));
    return { uploadMs, warmupMs, times, values, spread };
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

/** One run: start the clock, compute, read back, stop the clock; then free the result. */
async function timeOnce<P>(task: TimedTask<P>, prepared: P, clock: Clock) {
  const start = clock.now();
  const result = await task.compute(prepared);
  try {
    const data = await result.data();
    const ms = clock.now() - start;
    return { ms, value: Number(data[0]) };
  } finally {
    result.dispose?.();
  }
}

function spreadOf(value: number, first: number): number {
  if (Object.is(value, first)) return 0;
  if (!Number.isFinite(first)) return Infinity;
  return relativeError(value, first);
}
