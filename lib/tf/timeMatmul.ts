/**
 * Times an n×n matrix product on the active TensorFlow.js backend: the page's counterpart of
 * the lecture's "TF eager (CPU)" vs "TF eager (GPU)" timings. Random inputs from a seed; one
 * untimed warm-up run (it compiles the GPU shaders), then `repeats` timed runs, each until
 * the result is read back with data() (a GPU works asynchronously: without reading, the
 * clock would stop before the GPU finishes).
 */
import * as tf from "@tensorflow/tfjs-core";

export interface MatmulTiming {
  backend: string;
  n: number;
  /** Median of the timed runs, in milliseconds. */
  ms: number;
  runs: number[];
}

export async function timeMatmul(
  n: number,
  { repeats = 3, seed = 0 }: { repeats?: number; seed?: number } = {},
): Promise<MatmulTiming> {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`timeMatmul: n = ${n} no es un entero ≥ 1`);
  const [a, b] = tf.tidy(() => [
    tf.randomUniform([n, n], 0, 1, "float32", seed),
    tf.randomUniform([n, n], 0, 1, "float32", seed + 1),
  ]);
  try {
    const once = async () => {
      const start = performance.now();
      const c = tf.matMul(a, b);
      try {
        await c.data();
      } finally {
        c.dispose();
      }
      return performance.now() - start;
    };
    await once();
    const runs: number[] = [];
    for (let r = 0; r < repeats; r++) runs.push(await once());
    const sorted = [...runs].sort((x, y) => x - y);
    return { backend: tf.getBackend(), n, ms: sorted[Math.floor(sorted.length / 2)], runs };
  } finally {
    tf.dispose([a, b]);
  }
}
