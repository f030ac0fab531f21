import { expect, test } from "vitest";
import { DIGIT_GROUP } from "../../../lib/format/formatCount.js";
import {
  checkRaceSize,
  RACE_MAX_N,
  RACE_MIN_N,
  raceMemoryBytes,
} from "../../../lib/race/raceMemory.js";

/** Writes the digit groups of a readable string with the real separator. */
const g = (text: string) => text.replace(/(?<=\d) (?=\d)/g, DIGIT_GROUP);

test("raceMemoryBytes(1e8) = 2e9: 20 bytes per element at the peak", () => {
  expect(raceMemoryBytes(1e8)).toBe(2e9);
});

test("checkRaceSize(1e6, 1e9) accepts and reports the bytes", () => {
  expect(checkRaceSize(1e6, 1e9)).toEqual({ ok: true, n: 1e6, bytes: 2e7 });
});

test("checkRaceSize(1e8, 1e9) refuses with the bytes needed, the budget and the largest n that fits", () => {
  const check = checkRaceSize(1e8, 1e9);
  expect(check.ok).toBe(false);
  if (check.ok) return;
  expect(check.maxN).toBe(50_000_000);
  expect(check.message).toContain(g("n = 100 000 000 necesita unos 2.0 GB"));
  expect(check.message).toContain("se limita a 1.0 GB");
  expect(check.message).toContain(g("Elige n ≤ 50 000 000."));
});

test("checkRaceSize writes budgets under a gigabyte in MB", () => {
  const check = checkRaceSize(1e7, 1.5e8);
  expect(!check.ok && check.message).toContain("necesita unos 200 MB");
  expect(!check.ok && check.message).toContain("se limita a 150 MB");
});

test("checkRaceSize accepts the exact bounds 10^3 and 10^8 with room", () => {
  expect(checkRaceSize(RACE_MIN_N, 4e9).ok).toBe(true);
  expect(checkRaceSize(RACE_MAX_N, 4e9).ok).toBe(true);
});

test("checkRaceSize refuses negative, zero, fractional, NaN and too large n in Spanish", () => {
  const message = (n: number) => {
    const check = checkRaceSize(n, 4e9);
    expect(check.ok).toBe(false);
    return check.ok ? "" : check.message;
  };
  expect(message(-5)).toContain("no puede tener 0 ni menos elementos");
  expect(message(0)).toContain("no puede tener 0 ni menos elementos");
  expect(message(10)).toContain("con tan pocos elementos no hay nada que medir");
  expect(message(1500.5)).toContain("n = 1500.5 no es entero");
  expect(message(NaN)).toContain("n = NaN no es un número");
  expect(message(2e8)).toContain(g("supera el máximo de la carrera (100 000 000"));
});
