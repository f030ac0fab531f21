import { describe, expect, test } from "vitest";
import {
  loopsFor,
  protocolSteps,
  RaceCancelled,
  timeTask,
  type Clock,
  type Readback,
  type TimedTask,
} from "../../../lib/race/raceProtocol.js";
import { expectRangeError } from "../expectRangeError.js";

/** A clock that only moves when the fake task says so. */
function fakeClock(): Clock & { advance(ms: number): void } {
  let t = 0;
  return { now: () => t, advance: (ms) => (t += ms) };
}

interface Log {
  events: string[];
}

/**
 * A task on the fake clock: prepare takes `uploadMs`; compute takes `computeMs` to dispatch and
 * the read-back takes `readMs` more (like a GPU: the op returns before the work is done).
 */
function fakeTask(
  clock: ReturnType<typeof fakeClock>,
  { uploadMs = 5, computeMs = [2], readMs = 1, value = 42, log = { events: [] } as Log } = {},
): TimedTask<string> & { log: Log } {
  let run = 0;
  return {
    log,
    prepare() {
      log.events.push("prepare");
      clock.advance(uploadMs);
      return "inputs";
    },
    compute(prepared) {
      expect(prepared).toBe("inputs");
      log.events.push("compute");
      clock.advance(computeMs[Math.min(run++, computeMs.length - 1)]);
      const result: Readback = {
        async data() {
          log.events.push("data");
          clock.advance(readMs);
          return [value];
        },
        dispose() {
          log.events.push("dispose");
          clock.advance(1000); // freeing is never timed
        },
      };
      return result;
    },
    release(prepared) {
      log.events.push(`release ${prepared}`);
    },
  };
}

describe("timeTask", () => {
  test("reports the upload apart and stops the clock only after the read-back", async () => {
    const clock = fakeClock();
    const task = fakeTask(clock, { uploadMs: 5, computeMs: [2], readMs: 1 });
    const result = await timeTask(task, { clock, warmup: 1, runs: 3 });
    expect(result.uploadMs).toBe(5);
    // 2 ms to dispatch + 1 ms to read back; the 1000 ms of dispose() are not counted.
    expect(result.warmupMs).toEqual([3]);
    expect(result.times).toEqual([3, 3, 3]);
    expect(result.values).toEqual([42, 42, 42]);
    expect(result.spread).toBe(0);
  });

  test("warms up before timing: slow first runs land in warmupMs, not in times", async () => {
    const clock = fakeClock();
    const task = fakeTask(clock, { computeMs: [50, 20, 2], readMs: 0 });
    const result = await timeTask(task, { clock, warmup: 2, runs: 3 });
    expect(result.warmupMs).toEqual([50, 20]);
    expect(result.times).toEqual([2, 2, 2]);
  });

  test("with maxWarmup, keeps warming up until the last three warm-ups agree within stableRatio", async () => {
    const clock = fakeClock();
    const task = fakeTask(clock, { computeMs: [50, 30, 20, 5, 6, 5, 5], readMs: 0 });
    const result = await timeTask(task, { clock, warmup: 2, maxWarmup: 10, runs: 2 });
    expect(result.warmupMs).toEqual([50, 30, 20, 5, 6, 5]);
    expect(result.times).toEqual([5, 5]);
  });

  test("adaptive warm-up stops at maxWarmup or once warmupBudgetMs is spent, never before warmup", async () => {
    const clock = fakeClock();
    const slowlyImproving = [100, 80, 60, 40, 20, 10, 5, 5, 5];
    const capped = await timeTask(fakeTask(clock, { computeMs: slowlyImproving, readMs: 0 }), {
      clock,
      warmup: 1,
      maxWarmup: 4,
      runs: 1,
    });
    expect(capped.warmupMs).toEqual([100, 80, 60, 40]);
    const budgeted = await timeTask(fakeTask(clock, { computeMs: slowlyImproving, readMs: 0 }), {
      clock,
      warmup: 1,
      maxWarmup: 20,
      warmupBudgetMs: 150,
      runs: 1,
    });
    expect(budgeted.warmupMs).toEqual([100, 80]);
    const minimum = await timeTask(fakeTask(clock, { computeMs: slowlyImproving, readMs: 0 }), {
      clock,
      warmup: 3,
      maxWarmup: 20,
      warmupBudgetMs: 1,
      runs: 1,
    });
    expect(minimum.warmupMs).toEqual([100, 80, 60]);
  });

  test("calls prepare once, compute/data/dispose per run, release once at the end", async () => {
    const clock = fakeClock();
    const task = fakeTask(clock);
    await timeTask(task, { clock, warmup: 1, runs: 2 });
    expect(task.log.events).toEqual([
      "prepare",
      ...["compute", "data", "dispose"],
      ...["compute", "data", "dispose"],
      ...["compute", "data", "dispose"],
      "release inputs",
    ]);
  });

  test("with minRunMs, repeats a quick computation within each run and reports the time per call", async () => {
    const clock = fakeClock();
    const task = fakeTask(clock, { computeMs: [0.1], readMs: 0.02, value: 7 });
    const result = await timeTask(task, { clock, warmup: 2, runs: 3, minRunMs: 2 });
    // 0.12 ms per call: 20 calls reach 2 ms (10 would not); dispose() is still not timed.
    expect(result.loops).toBe(20);
    expect(result.times).toHaveLength(3);
    for (const ms of result.times) expect(ms).toBeCloseTo(0.12, 10);
    expect(result.values).toEqual([7, 7, 7]);
    // 2 prepare-free warm-ups + 3 runs × 20 calls, each read back and freed.
    expect(task.log.events.filter((e) => e === "data")).toHaveLength(2 + 3 * 20);
    expect(task.log.events.filter((e) => e === "dispose")).toHaveLength(2 + 3 * 20);
    // A slow computation stays one call per run.
    const slow = await timeTask(fakeTask(clock, { computeMs: [30] }), {
      clock,
      warmup: 1,
      runs: 2,
      minRunMs: 2,
    });
    expect(slow.loops).toBe(1);
    expect(slow.times).toEqual([31, 31]);
  });

  test("a fixed loops count (found by an earlier call) needs no warm-up", async () => {
    const clock = fakeClock();
    const task = fakeTask(clock, { computeMs: [0.1], readMs: 0 });
    const result = await timeTask(task, { clock, warmup: 0, runs: 2, loops: 50 });
    expect(result.loops).toBe(50);
    expect(result.warmupMs).toEqual([]);
    for (const ms of result.times) expect(ms).toBeCloseTo(0.1, 10);
    expect(task.log.events.filter((e) => e === "compute")).toHaveLength(100);
  });

  test("loopsFor counts 1, 2, 5, 10, 20, 50, … until the run lasts minRunMs, at most 10 000", () => {
    expect(loopsFor(0.12, 2)).toBe(20);
    expect(loopsFor(0.5, 2)).toBe(5);
    expect(loopsFor(1, 2)).toBe(2);
    expect(loopsFor(30, 2)).toBe(1);
    expect(loopsFor(0.001, 2)).toBe(2000);
    expect(loopsFor(0, 2)).toBe(10_000);
    expect(loopsFor(5, 0)).toBe(1);
  });

  test("the budget counts every call of a run", async () => {
    const clock = fakeClock();
    const task = fakeTask(clock, { computeMs: [0.5], readMs: 0 });
    // 5 calls of 0.5 ms per run (2 would not reach 2 ms): 2.5 ms per run, so 2 runs spend 5 ms.
    const result = await timeTask(task, {
      clock,
      warmup: 1,
      runs: 9,
      minRunMs: 2,
      budgetMs: 5,
      minRuns: 1,
    });
    expect(result.loops).toBe(5);
    expect(result.times).toHaveLength(2);
  });

  test("stops repeating once the budget is spent, but never before minRuns", async () => {
    const clock = fakeClock();
    const task = fakeTask(clock, { computeMs: [400], readMs: 0 });
    const result = await timeTask(task, { clock, warmup: 0, runs: 9, budgetMs: 1000, minRuns: 3 });
    expect(result.times).toEqual([400, 400, 400]);
    const single = await timeTask(fakeTask(clock, { computeMs: [4000] }), {
      clock,
      warmup: 0,
      runs: 9,
      budgetMs: 1000,
      minRuns: 1,
    });
    expect(single.times).toHaveLength(1);
  });

  test("records every run's value and their largest relative spread", async () => {
    const clock = fakeClock();
    let k = 0;
    const values = [100, 101, 99.5];
    const task: TimedTask<null> = {
      prepare: () => null,
      compute: () => ({ data: async () => [values[k++]] }),
      release: () => {},
    };
    const result = await timeTask(task, { clock, warmup: 0, runs: 3 });
    expect(result.values).toEqual(values);
    expect(result.spread).toBeCloseTo(0.01, 12);
  });

  test("tells onStep about the upload, each warm-up and each run, in order", async () => {
    const clock = fakeClock();
    const steps: string[] = [];
    await timeTask(fakeTask(clock), {
      clock,
      warmup: 1,
      runs: 2,
      onStep: (phase, i, of) => steps.push(`${phase} ${i + 1}/${of}`),
    });
    expect(steps).toEqual(["upload 1/1", "warmup 1/1", "run 1/2", "run 2/2"]);
    expect(steps).toHaveLength(protocolSteps({ warmup: 1, runs: 2 }));
  });

  test("awaits pause() between steps so the page can paint", async () => {
    const clock = fakeClock();
    let pauses = 0;
    await timeTask(fakeTask(clock), {
      clock,
      warmup: 1,
      runs: 2,
      pause: async () => {
        pauses++;
      },
    });
    expect(pauses).toBe(4);
  });

  test("throws RaceCancelled when aborted, and still releases the inputs", async () => {
    const clock = fakeClock();
    const controller = new AbortController();
    const task = fakeTask(clock);
    let runs = 0;
    const promise = timeTask(task, {
      clock,
      warmup: 0,
      runs: 5,
      signal: controller.signal,
      onStep: (phase) => {
        if (phase === "run" && ++runs === 2) controller.abort();
      },
    });
    await expect(promise).rejects.toBeInstanceOf(RaceCancelled);
    expect(task.log.events.at(-1)).toBe("release inputs");
  });

  test("an aborted signal stops before prepare: nothing is uploaded", async () => {
    const clock = fakeClock();
    const controller = new AbortController();
    controller.abort();
    const task = fakeTask(clock);
    await expect(
      timeTask(task, { clock, warmup: 0, runs: 1, signal: controller.signal }),
    ).rejects.toThrow("carrera cancelada");
    expect(task.log.events).toEqual([]);
  });

  test("a failing compute propagates its error after releasing the inputs", async () => {
    const clock = fakeClock();
    const events: string[] = [];
    const task: TimedTask<string> = {
      prepare: () => "x",
      compute: () => {
        throw new Error("texture too large");
      },
      release: () => events.push("release"),
    };
    await expect(timeTask(task, { clock, warmup: 1, runs: 1 })).rejects.toThrow(
      "texture too large",
    );
    expect(events).toEqual(["release"]);
  });

  test("rejects warmup < 0, runs < 1 and minRuns > runs with a Spanish RangeError", async () => {
    const clock = fakeClock();
    const task = fakeTask(clock);
    for (const [options, fragment] of [
      [{ warmup: -1, runs: 1 }, "warmup = -1"],
      [{ warmup: 0, runs: 0 }, "runs = 0"],
      [{ warmup: 0, runs: 2, minRuns: 3 }, "minRuns = 3"],
    ] as const) {
      let error: unknown;
      try {
        await timeTask(task, { clock, ...options });
      } catch (e) {
        error = e;
      }
      expectRangeError(() => {
        throw error;
      }, fragment);
    }
  });
});
