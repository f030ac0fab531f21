import { expect, test } from "vitest";
import { measureTimerResolution } from "../../../lib/race/timerResolution.js";

/** A clock that returns `readings` in turn, then keeps returning the last one. */
function scripted(readings: number[]) {
  let i = 0;
  return { now: () => readings[Math.min(i++, readings.length - 1)] };
}

test("measureTimerResolution finds a 0.1 ms step in a coarsened clock", () => {
  const clock = scripted([0, 0, 0, 0.1, 0.1, 0.2, 0.2, 0.2, 0.4, 0.5]);
  expect(measureTimerResolution(clock, { ticks: 4 })).toBeCloseTo(0.1, 12);
});

test("measureTimerResolution finds 5 µs in a cross-origin isolated clock", () => {
  let t = 0;
  const clock = { now: () => Math.floor((t += 0.001) / 0.005) * 0.005 };
  expect(measureTimerResolution(clock)).toBeCloseTo(0.005, 9);
});

test("measureTimerResolution of a frozen clock is Infinity, after a bounded spin", () => {
  expect(measureTimerResolution({ now: () => 3 }, { maxSpins: 100 })).toBe(Infinity);
});
