import { expect, test } from "vitest";
import { dotCompensated, dotFloat32Serial } from "../../../lib/math/tensors/dot.js";
import { createRaceInputs } from "../../../lib/race/raceInputs.js";
import { RaceCancelled } from "../../../lib/race/raceProtocol.js";

test("createRaceInputs(n, seed) in chunks gives the same vectors and sums as in one chunk", async () => {
  const whole = await createRaceInputs(1000, 5);
  const chunked = await createRaceInputs(1000, 5, { chunk: 64, pause: async () => {} });
  expect(chunked.u).toEqual(whole.u);
  expect(chunked.v).toEqual(whole.v);
  expect(chunked.reference).toBeCloseTo(whole.reference, 10);
  expect(chunked.float32Serial).toBe(whole.float32Serial);
});

test("createRaceInputs: the reference is the float64 dot and float32Serial the float32 loop", async () => {
  const inputs = await createRaceInputs(5000, 9, { chunk: 1000 });
  expect(inputs.reference).toBeCloseTo(dotCompensated(inputs.u, inputs.v), 9);
  expect(inputs.float32Serial).toBe(dotFloat32Serial(inputs.u, inputs.v));
  // u, v uniform in [0, 1): each product has mean 1/4.
  expect(inputs.reference / 5000).toBeCloseTo(0.25, 1);
});

test("createRaceInputs reports progress up to 1 and pauses between chunks only", async () => {
  const fractions: number[] = [];
  let pauses = 0;
  await createRaceInputs(100, 1, {
    chunk: 40,
    onProgress: (f) => fractions.push(f),
    pause: async () => {
      pauses++;
    },
  });
  expect(fractions).toEqual([0.4, 0.8, 1]);
  expect(pauses).toBe(2);
});

test("createRaceInputs stops with RaceCancelled when the signal is aborted", async () => {
  const controller = new AbortController();
  const promise = createRaceInputs(100, 1, {
    chunk: 10,
    onProgress: (f) => f > 0.3 && controller.abort(),
    signal: controller.signal,
  });
  await expect(promise).rejects.toBeInstanceOf(RaceCancelled);
});
