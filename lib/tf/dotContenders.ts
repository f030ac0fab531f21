/**
 * The race's contenders as TimedTasks for lib/race/raceProtocol.ts. Each runs on the active tfjs
 * backend (the caller switches with tf.setBackend) and frees every tensor it makes.
 */
import * as tf from "@tensorflow/tfjs-core";
import { dotLoop } from "../math/tensors/dot.js";
import { RaceCancelled, type Readback, type TimedTask } from "../race/raceProtocol.js";
import type { DotFormulation } from "./dotFormulations.js";

interface Uploaded {
  u: tf.Tensor1D;
  v: tf.Tensor1D;
}

/**
 * The vectorized dot on the active backend. prepare() copies u and v into tensors and forces
 * their upload (WebGL and WebGPU upload lazily, on first use): it asks the backend to upload,
 * then reads back one element computed from both on that backend, so the upload has really
 * finished when the clock stops. compute() returns the formulation's scalar tensor.
 */
export function vectorizedTask(
  u: Float32Array,
  v: Float32Array,
  formulation: DotFormulation,
): TimedTask<Uploaded> {
  return {
    async prepare() {
      const tensors = { u: tf.tensor1d(u), v: tf.tensor1d(v) };
      try {
        await forceUpload(tensors.u, tensors.v);
      } catch (error) {
        tf.dispose([tensors.u, tensors.v]);
        throw error;
      }
      return tensors;
    },
    compute: ({ u, v }) => tf.tidy(() => formulation.compute(u, v)),
    release: ({ u, v }) => tf.dispose([u, v]),
  };
}

/** Uploads tensors to the active backend's memory and waits until the upload has finished. */
async function forceUpload(...tensors: tf.Tensor1D[]): Promise<void> {
  const backend = tf.backend() as unknown as { uploadToGPU?: (dataId: object) => void };
  for (const t of tensors) backend.uploadToGPU?.(t.dataId);
  const last = tensors[0].size - 1;
  const probe = tf.tidy(() => tf.addN(tensors.map((t) => tf.slice(t, [last], [1]))));
  try {
    await probe.data();
  } finally {
    probe.dispose();
  }
}

export interface ElementLoopOptions {
  /** Elements per chunk between pauses (default 250). */
  chunk?: number;
  pause?: () => Promise<void>;
  signal?: AbortSignal;
}

/**
 * The lecture's `for` loop, one tfjs operation at a time: for each i, `w = tf.add(w,
 * tf.mul(u[i], v[i]))`. Every element pays tfjs's per-operation cost (making scalar tensors,
 * choosing a kernel, bookkeeping), as every element of the Python loop pays the interpreter's.
 * Over the first `count` elements only (the caller extrapolates), in chunks with a pause
 * between them so the page stays responsive; the pauses are part of the timed run but are a
 * tiny fraction of a chunk.
 */
export function elementLoopTask(
  u: Float32Array,
  v: Float32Array,
  count: number,
  { chunk = 250, pause, signal }: ElementLoopOptions = {},
): TimedTask<null> {
  return {
    prepare: () => null,
    async compute() {
      let w: tf.Tensor = tf.scalar(0);
      for (let from = 0; from < count; from += chunk) {
        const to = Math.min(count, from + chunk);
        const previous = w;
        w = tf.tidy(() => {
          let acc = previous;
          for (let i = from; i < to; i++) acc = tf.add(acc, tf.mul(u[i], v[i]));
          return acc;
        });
        previous.dispose();
        if (to < count) {
          if (signal?.aborted) {
            w.dispose();
            throw new RaceCancelled();
          }
          await pause?.();
        }
      }
      return w;
    },
    release: () => {},
  };
}

/**
 * The same loop in plain JavaScript over the Float32Arrays: `w += u[i] * v[i]` (lib/math/tensors/dot.ts).
 * There is nothing to upload: the arrays already are in the page's memory.
 */
export function jsLoopTask(u: Float32Array, v: Float32Array): TimedTask<null> {
  return {
    prepare: () => null,
    compute(): Readback {
      const w = dotLoop(u, v);
      return { data: async () => [w] };
    },
    release: () => {},
  };
}
