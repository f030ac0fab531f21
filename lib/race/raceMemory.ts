import { formatCount } from "../format/formatCount.js";

/** The race's n goes from 10³ to 10⁸, the lecture's largest (vectorizacion.ipynb, Ejercicio 3). */
export const RACE_MIN_N = 1_000;
export const RACE_MAX_N = 100_000_000;

/**
 * Bytes a race over two float32 vectors of length n needs at its peak: 20 bytes per element.
 * The page holds u and v (2 × 4n bytes) for the whole race; the contender being timed holds
 * its own copy of both on its backend (2 × 4n: GPU buffers, WASM heap) plus the product u ⊙ v
 * (4n) that `sum(mul)` materialises. Backends run one after another and free their copy, so
 * they do not add up.
 *
 * Example: raceMemoryBytes(1e8) = 2e9 (2 GB).
 */
export function raceMemoryBytes(n: number): number {
  return 20 * n;
}

export type RaceSizeCheck =
  { ok: true; n: number; bytes: number } | { ok: false; message: string; maxN?: number };

/**
 * The memory guard: whether a race of size n may start in a browser that allows it
 * `budgetBytes`, with a Spanish message when not. n must be an integer in
 * [RACE_MIN_N, RACE_MAX_N]; a size whose peak (raceMemoryBytes) exceeds the budget is refused
 * with the largest n that fits, instead of letting the tab run out of memory.
 *
 * Example: checkRaceSize(1e8, 1e9) = { ok: false, maxN: 50000000, message: "n = 100 000 000
 * necesita unos 2.0 GB de memoria …" }; checkRaceSize(1e6, 1e9) = { ok: true, n: 1e6, bytes: 2e7 }.
 */
export function checkRaceSize(n: number, budgetBytes: number): RaceSizeCheck {
  if (typeof n !== "number" || !Number.isFinite(n)) {
    return {
      ok: false,
      message: `n = ${String(n)} no es un número; escribe un entero entre ${range()}.`,
    };
  }
  if (!Number.isInteger(n)) {
    return {
      ok: false,
      message: `n = ${n} no es entero: un vector tiene un número entero de elementos (${range()}).`,
    };
  }
  if (n < RACE_MIN_N) {
    const why =
      n <= 0
        ? "un vector no puede tener 0 ni menos elementos"
        : "con tan pocos elementos no hay nada que medir";
    return {
      ok: false,
      message: `n = ${formatCount(n)} es muy pequeño: ${why}. Elige n entre ${range()}.`,
    };
  }
  if (n > RACE_MAX_N) {
    return {
      ok: false,
      message: `n = ${formatCount(n)} supera el máximo de la carrera (${formatCount(RACE_MAX_N)}, el de la clase).`,
      maxN: RACE_MAX_N,
    };
  }
  const bytes = raceMemoryBytes(n);
  if (bytes > budgetBytes) {
    const maxN = Math.floor(budgetBytes / raceMemoryBytes(1));
    return {
      ok: false,
      maxN,
      message:
        `n = ${formatCount(n)} necesita unos ${gigabytes(bytes)} de memoria (los dos vectores float32 en la página, ` +
        `más su copia y el producto en el motor que se mide), y esta página se limita a ${gigabytes(budgetBytes)} en este equipo. ` +
        `Elige n ≤ ${formatCount(maxN)}.`,
    };
  }
  return { ok: true, n, bytes };
}

function range(): string {
  return `${formatCount(RACE_MIN_N)} y ${formatCount(RACE_MAX_N)}`;
}

function gigabytes(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.round(bytes / 1e6)} MB`;
}
