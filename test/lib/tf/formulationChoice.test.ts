import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, describe, expect, test } from "vitest";
import { createRaceInputs } from "../../../lib/race/raceInputs.js";
import { RaceCancelled } from "../../../lib/race/raceProtocol.js";
import { DOT_FORMULATIONS } from "../../../lib/tf/dotFormulations.js";
import { chooseFormulation, chooseFormulations } from "../../../lib/tf/formulationChoice.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

const clock = { now: () => performance.now() };

describe("chooseFormulation on the CPU backend", () => {
  test("times every formulation and picks the one with the smallest median, freeing every tensor", async () => {
    const { u, v } = await createRaceInputs(40_000, 3);
    const before = tf.memory().numTensors;
    const choice = await chooseFormulation(u, v, { clock });
    expect(tf.memory().numTensors).toBe(before);
    const medians = Object.entries(choice.medians) as [string, number][];
    expect(medians.map(([id]) => id).sort()).toEqual(Object.keys(DOT_FORMULATIONS).sort());
    for (const [, ms] of medians) expect(ms).toBeGreaterThan(0);
    expect(choice.medians[choice.id]).toBe(Math.min(...medians.map(([, ms]) => ms)));
  });

  test("runs more rounds while they are cheap: `runs`, then up to `maxRuns` within `budgetMs`", async () => {
    // At n = 1 000 every formulation takes microseconds: they tie and none is dropped.
    const { u, v } = await createRaceInputs(1_000, 3);
    const fixed = await chooseFormulation(u, v, { clock, runs: 3, budgetMs: 0, minRunMs: 0.2 });
    expect(fixed.rounds).toBe(3);
    const extended = await chooseFormulation(u, v, {
      clock,
      runs: 3,
      budgetMs: 60_000,
      maxRuns: 6,
      minRunMs: 0.2,
    });
    expect(extended.rounds).toBe(6);
  });

  test("a cancelled choice throws RaceCancelled and leaks nothing", async () => {
    const { u, v } = await createRaceInputs(1_000, 3);
    const before = tf.memory().numTensors;
    const controller = new AbortController();
    controller.abort();
    await expect(
      chooseFormulation(u, v, { clock, signal: controller.signal }),
    ).rejects.toBeInstanceOf(RaceCancelled);
    expect(tf.memory().numTensors).toBe(before);
  });

  test("chooseFormulations skips a backend tfjs cannot activate and restores the active one", async () => {
    const { u, v } = await createRaceInputs(1_000, 3);
    const seen: string[] = [];
    const chosen = await chooseFormulations(["no-such-backend", "cpu"], u, v, {
      clock,
      onBackend: (b) => seen.push(b),
    });
    expect(seen).toEqual(["no-such-backend", "cpu"]);
    expect(Object.keys(chosen)).toEqual(["cpu"]);
    expect(Object.keys(DOT_FORMULATIONS)).toContain(chosen.cpu);
    expect(tf.getBackend()).toBe("cpu");
  });
});
