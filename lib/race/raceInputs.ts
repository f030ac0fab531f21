import { compensatedSum, dotCompensated, dotFloat32Serial } from "../math/tensors/dot.js";
import { RaceCancelled } from "./raceProtocol.js";
import { fillUniform, mulberry32 } from "../random/seededRandom.js";

/** The race's inputs: u and v like np.random.rand(n), and two ways of adding up Σ uᵢvᵢ. */
export interface RaceInputs {
  n: number;
  seed: number;
  u: Float32Array;
  v: Float32Array;
  /** The float64 reference (compensated) every contender is checked against. */
  reference: number;
  /** What a serial float32 accumulator gives (see dotFloat32Serial): explains tfjs-wasm's error. */
  float32Serial: number;
}

export interface RaceInputOptions {
  /** Elements per chunk between pauses (default 2²⁰). */
  chunk?: number;
  pause?: () => Promise<void>;
  signal?: AbortSignal;
  /** Told the fraction done, from 0 to 1. */
  onProgress?: (fraction: number) => void;
}

/**
 * Draws u and v (float32, uniform in [0, 1), seeded) and computes the float64 reference and the
 * serial float32 sum, in chunks with a pause between them so a page stays responsive even at
 * n = 10⁸ (two passes of a few hundred milliseconds each). Nothing here is timed.
 *
 * Example: createRaceInputs(3, 1) gives u, v of length 3 and reference = Σ uᵢvᵢ in float64.
 *
 * Throws RaceCancelled when the signal is aborted between chunks.
 */
export async function createRaceInputs(
  n: number,
  seed: number,
  { chunk = 1 << 20, pause, signal, onProgress }: RaceInputOptions = {},
): Promise<RaceInputs> {
  const u = new Float32Array(n);
  const v = new Float32Array(n);
  // One stream per vector, so the vectors do not depend on the chunk size.
  const randomU = mulberry32(seed);
  const randomV = mulberry32(seed ^ 0x9e3779b9);
  const partials: number[] = [];
  let float32Serial = 0;
  for (let from = 0; from < n; from += chunk) {
    const to = Math.min(n, from + chunk);
    fillUniform(u, randomU, from, to);
    fillUniform(v, randomV, from, to);
    partials.push(dotCompensated(u, v, from, to));
    float32Serial = dotFloat32Serial(u, v, from, to, float32Serial);
    onProgress?.(to / n);
    if (signal?.aborted) throw new RaceCancelled();
    if (to < n && pause) await pause();
  }
  return { n, seed, u, v, reference: compensatedSum(partials), float32Serial };
}
