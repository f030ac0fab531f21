/**
 * Seeded uniform draws for the race's vectors (the generator is lib/mulberry32.ts, shared with
 * the probability simulations), re-exported here for the race modules.
 */
import { mulberry32 } from "./mulberry32.js";

export { mulberry32 };

/**
 * Fills target[from..to) with draws from `random` (rounded to float32 when the target is a
 * Float32Array). Filling in ranges lets a page fill 10⁸ numbers in chunks without freezing.
 *
 * Example: fillUniform(new Float32Array(3), mulberry32(1)) fills three numbers in [0, 1).
 */
export function fillUniform(
  target: { length: number; [i: number]: number },
  random: () => number,
  from = 0,
  to = target.length,
): void {
  for (let i = from; i < to; i++) target[i] = random();
}
