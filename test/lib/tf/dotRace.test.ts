import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, describe, expect, test } from "vitest";
import { createRaceInputs } from "../../../lib/race/raceInputs.js";
import { RaceCancelled } from "../../../lib/race/raceProtocol.js";
import { DOT_TOLERANCE } from "../../../lib/race/raceStats.js";
import {
  contenderKey,
  raceLineup,
  runDotRace,
  type RaceProgress,
} from "../../../lib/tf/dotRace.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

const clock = { now: () => performance.now() };

describe("raceLineup", () => {
  test("puts the tfjs loop on the active backend, the JS loop, then each backend's fastest dot, active first", () => {
    const lineup = raceLineup(["webgpu", "webgl", "wasm", "cpu"], "wasm");
    expect(lineup.map(contenderKey)).toEqual([
      "tfjsLoop:wasm:-",
      "jsLoop:js:-",
      "vectorized:wasm:blockedSum",
      "vectorized:webgpu:dot",
      "vectorized:webgl:sumMul",
      "vectorized:cpu:matMul",
    ]);
  });

  test("with allFormulations lists the five formulations per backend", () => {
    const lineup = raceLineup(["cpu"], "cpu", { allFormulations: true });
    expect(lineup.map(contenderKey).slice(2)).toEqual([
      "vectorized:cpu:dot",
      "vectorized:cpu:matMul",
      "vectorized:cpu:sumMul",
      "vectorized:cpu:blockedSum",
      "vectorized:cpu:blockedMatMul",
    ]);
  });

  test("a measured choice replaces a backend's default; backends without one keep theirs", () => {
    const lineup = raceLineup(["wasm", "cpu"], "wasm", { chosen: { wasm: "blockedMatMul" } });
    expect(lineup.map(contenderKey).slice(2)).toEqual([
      "vectorized:wasm:blockedMatMul",
      "vectorized:cpu:matMul",
    ]);
  });
});

describe("runDotRace on the CPU backend", () => {
  test("every contender agrees with the float64 reference; the loop is capped and extrapolated", async () => {
    const inputs = await createRaceInputs(5000, 1);
    const before = tf.memory().numTensors;
    const progress: RaceProgress[] = [];
    const results = await runDotRace(raceLineup(["cpu"], "cpu"), {
      ...inputs,
      active: "cpu",
      clock,
      warmup: 1,
      runs: 3,
      loop: { maxElements: 300, chunk: 100 },
      onProgress: (p) => progress.push(p),
    });
    expect(results.map((r) => r.status)).toEqual(["ok", "ok", "ok"]);
    for (const r of results) {
      expect(r.relativeError).toBeLessThan(DOT_TOLERANCE);
      expect(r.agrees).toBe(true);
      expect(r.times).toHaveLength(3);
      expect(r.summary!.min).toBeLessThanOrEqual(r.summary!.median);
    }
    const [loop, js, vectorized] = results;
    expect(loop.computedN).toBe(300);
    expect(loop.extrapolated).toBe(true);
    expect(loop.msForN).toBeCloseTo((loop.summary!.median * 5000) / 300, 9);
    expect(js.computedN).toBe(5000);
    expect(js.extrapolated).toBe(false);
    expect(js.uploadMs).toBeGreaterThanOrEqual(0);
    expect(vectorized.reference).toBe(inputs.reference);
    expect(vectorized.throughput!.bytes).toBe(8 * 5000);
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total - 1);
    expect(progress.map((p) => p.done)).toEqual(progress.map((_, i) => i));
    expect(tf.memory().numTensors).toBe(before);
  });

  test("a contender whose backend does not exist fails in Spanish and the race goes on", async () => {
    const inputs = await createRaceInputs(1000, 2);
    const results = await runDotRace(
      [
        { kind: "vectorized", backend: "nope", formulation: "dot" },
        { kind: "jsLoop", backend: null, formulation: null },
      ],
      { ...inputs, active: "cpu", clock, warmup: 0, runs: 1 },
    );
    expect(results[0].status).toBe("error");
    expect(results[0].error).toMatch(/^falló al calcular — detalle técnico: /);
    expect(results[1].status).toBe("ok");
    expect(tf.getBackend()).toBe("cpu");
  });

  test("cancelling rejects with RaceCancelled, restores the backend and leaks nothing", async () => {
    const inputs = await createRaceInputs(2000, 3);
    const before = tf.memory().numTensors;
    const controller = new AbortController();
    const race = runDotRace(raceLineup(["cpu"], "cpu"), {
      ...inputs,
      active: "cpu",
      clock,
      warmup: 1,
      runs: 3,
      signal: controller.signal,
      pause: async () => {},
      onProgress: (p) => p.done === 5 && controller.abort(),
    });
    await expect(race).rejects.toBeInstanceOf(RaceCancelled);
    expect(tf.getBackend()).toBe("cpu");
    expect(tf.memory().numTensors).toBe(before);
  });
});
