import { logCheckpoints } from "./logCheckpoints.js";

/** What a frequency simulation returns: the running frequency of the event at each checkpoint. */
export interface FrequencyRun {
  /** Number of trials so far at each checkpoint (increasing, the last one is n). */
  checkpoints: number[];
  /** Frequency of the event after checkpoints[i] trials: hits so far / checkpoints[i]. */
  frequencies: Float64Array;
  /** How many times each face came up over all n trials (faceCounts[0] is face 1). */
  faceCounts: Uint32Array;
  /** How many of the n trials fell in the event. */
  hits: number;
  /** The event's theoretical probability: favourable faces / sides. */
  probability: number;
}

/** The largest run allowed: 10⁷ trials take a fraction of a second. */
export const MAX_TRIALS = 10_000_000;

/**
 * simulateFrequency(random, sides, favorable, n) → rolls a fair die with `sides` faces
 * (a coin is sides = 2: face 1 = cara, face 2 = cruz) n times and records how often the
 * event «the face is one of `favorable`» has happened so far, at each of `checkpoints`.
 *
 * Method: face = ⌊random() · sides⌋ + 1 for each trial; a lookup table (Uint8Array) says
 * whether a face is favourable, and counts live in a Uint32Array, so a run of 10⁶ trials
 * allocates nothing per trial. The law of large numbers makes the frequency approach
 * `probability`; the gap shrinks like 1/√n.
 *
 * Example: mulberry32(1) draws 0.627…, 0.0027…, 0.527…, 0.981…, so
 * simulateFrequency(mulberry32(1), 2, [1], 4, [1, 2, 3, 4]) tosses cruz, cara, cruz, cruz
 * and the frequency of cara after 1, 2, 3 and 4 tosses is 0, 1/2, 1/3, 1/4.
 *
 * Throws a RangeError if sides is not an integer ≥ 2, a favourable face is not an integer
 * in 1…sides or is repeated, n is not an integer in 1…10⁷, or the checkpoints are not
 * increasing integers in 1…n.
 */
export function simulateFrequency(
  random: () => number,
  sides: number,
  favorable: readonly number[],
  n: number,
  checkpoints: readonly number[] = logCheckpoints(n),
): FrequencyRun {
  if (!Number.isInteger(sides) || sides < 2) {
    throw new RangeError(`simulateFrequency: sides = ${String(sides)} debe ser un entero ≥ 2`);
  }
  if (!Number.isInteger(n) || n < 1 || n > MAX_TRIALS) {
    throw new RangeError(
      `simulateFrequency: n = ${String(n)} debe ser un entero entre 1 y ${MAX_TRIALS}`,
    );
  }
  const isFavorable = new Uint8Array(sides + 1);
  for (const face of favorable) {
    if (!Number.isInteger(face) || face < 1 || face > sides) {
      throw new RangeError(
        `simulateFrequency: la cara favorable ${String(face)} no existe; las caras van de 1 a ${sides}`,
      );
    }
    if (isFavorable[face]) {
      throw new RangeError(`simulateFrequency: la cara favorable ${face} está repetida`);
    }
    isFavorable[face] = 1;
  }
  checkpoints.forEach((c, i) => {
    if (!Number.isInteger(c) || c < 1 || c > n || (i > 0 && c <= checkpoints[i - 1])) {
      throw new RangeError(
        `simulateFrequency: checkpoints[${i}] = ${String(c)}; los puntos de registro deben ser enteros crecientes entre 1 y n = ${n}`,
      );
    }
  });

  const faceCounts = new Uint32Array(sides);
  const frequencies = new Float64Array(checkpoints.length);
  let hits = 0;
  let next = 0;
  for (let trial = 1; trial <= n; trial++) {
    const face = ((random() * sides) | 0) + 1;
    faceCounts[face - 1]++;
    hits += isFavorable[face];
    if (trial === checkpoints[next]) frequencies[next++] = hits / trial;
  }
  return {
    checkpoints: [...checkpoints],
    frequencies,
    faceCounts,
    hits,
    probability: favorable.length / sides,
  };
}
