import type { Clock } from "./raceProtocol.js";

/**
 * The smallest step the clock takes, measured: spin until the reading changes, `ticks` times,
 * and keep the smallest change. Browsers coarsen performance.now() against timing attacks:
 * Chromium rounds to 100 µs (0.1 ms) unless the page is cross-origin isolated, then to 5 µs.
 * A timing much shorter than this resolution cannot be trusted.
 *
 * Gives up after `maxSpins` readings without a change (a frozen clock) and returns Infinity if the clock
 * never moved.
 *
 * Example: for a clock that reads 0, 0, 0.1, 0.1, 0.2, … it returns 0.1.
 */
export function measureTimerResolution(
  clock: Clock,
  { ticks = 20, maxSpins = 1_000_000 } = {},
): number {
  let smallest = Infinity;
  let last = clock.now();
  for (let k = 0; k < ticks; k++) {
    let now = clock.now();
    for (let spins = 0; now === last && spins < maxSpins; spins++) now = clock.now();
    if (now === last) break;
    if (now > last) smallest = Math.min(smallest, now - last);
    last = now;
  }
  return smallest;
}
