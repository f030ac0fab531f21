/**
 * mulberry32: a small, fast 32-bit generator (Tommy Ettinger's) that gives the same sequence
 * for the same seed, so a race, a test or a screenshot is reproducible. Not for cryptography.
 * Returns numbers uniform in [0, 1), like NumPy's np.random.rand.
 *
 * Example: const random = mulberry32(42); random() = 0.6011037519201636.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
