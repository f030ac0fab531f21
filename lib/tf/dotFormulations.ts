/**
 * Five tfjs formulations of the same dot product w = Σ uᵢvᵢ of two 1-D float32 tensors. They
 * give the same number (up to float32 rounding) but run different kernels, and which is
 * fastest depends on the backend:
 *
 * - `dot`: tf.dot(u, v). On 1-D tensors tfjs reshapes to 1×n and n×1 and calls matMul.
 * - `matMul`: that matMul written out.
 * - `sumMul`: tf.sum(tf.mul(u, v)), the element-wise product then a reduction.
 * - `blockedSum`: the product reshaped to r × (n/r), summed along the rows, then the r partial
 *   sums summed. On a backend that reduces serially (tfjs-wasm) this is both faster and far
 *   more accurate: each float32 accumulator only adds up n/r terms.
 * - `blockedMatMul`: the same blocks as r dot products in one batched matMul (r × 1 × n/r by
 *   r × n/r × 1), then their sum: no n-long product in memory, and as accurate as blockedSum.
 *   On WASM at 10⁷ it was the fastest (8.3 ms vs sum(mul) 11.9 ms, error 1.2e-7 vs 1.2 %).
 *
 * FASTEST_FORMULATION picks one per backend, measured on the project's machine (headless
 * Chromium, SwiftShader for WebGPU/WebGL, 2 cores shared with other jobs, so single figures are
 * noisy): at 10⁵–10⁷ with a scratch harness timed like lib/race/raceProtocol.ts (2 warm-ups, median
 * of 5 runs, clock stopped after data()), and at 10⁶ with the page's race itself. At n = 10⁷: WebGPU dot 131 ms
 * vs sum(mul) 219 ms; WebGL sum(mul) 771 ms vs dot 1959 ms (a 1×n·n×1 matMul leaves one GPU
 * thread to add up all n products); CPU matMul 49 ms vs sum(mul) 1091 ms (the CPU backend
 * allocates the product). On WASM blockedSum was 14.5 ms vs sum(mul) 20.3 ms vs dot 32.4 ms at
 * 10⁷, and at 10⁶ blockedSum and sum(mul) tie (fastest runs 1.0 and 1.1 ms), while blockedSum's
 * relative error stays near 1e-7 where the serial kernels drift to 1.4e-4 (10⁶) and 1.2 % (10⁷).
 * The ranking changes with n and with the machine (on WASM here: matMul or blockedSum at 10⁵,
 * sum(mul) at 10⁶, blockedMatMul at 10⁷), so the race does not trust this table: before racing
 * it times every formulation on the student's machine and races the fastest
 * (lib/tf/formulationChoice.ts). FASTEST_FORMULATION is the default where nothing was measured.
 * The benchmark (issue 9) re-measures all five with the same protocol on each backend.
 */
import * as tf from "@tensorflow/tfjs-core";

export type DotFormulationId = "dot" | "matMul" | "sumMul" | "blockedSum" | "blockedMatMul";

export interface DotFormulation {
  id: DotFormulationId;
  /** The tfjs code, as the page shows it. */
  code: string;
  /** Computes w as a tensor (call inside tf.tidy). */
  compute(u: tf.Tensor1D, v: tf.Tensor1D): tf.Tensor;
}

export const DOT_FORMULATIONS: Record<DotFormulationId, DotFormulation> = {
  dot: { id: "dot", code: "tf.dot(u, v)", compute: (u, v) => tf.dot(u, v) },
  matMul: {
    id: "matMul",
    code: "tf.matMul(u.reshape([1, n]), v.reshape([n, 1]))",
    compute: (u, v) => tf.matMul(tf.reshape(u, [1, u.size]), tf.reshape(v, [v.size, 1])),
  },
  sumMul: { id: "sumMul", code: "tf.sum(tf.mul(u, v))", compute: (u, v) => tf.sum(tf.mul(u, v)) },
  blockedSum: {
    id: "blockedSum",
    code: "tf.sum(tf.sum(tf.mul(u, v).reshape([r, n / r]), 1))",
    compute: (u, v) => tf.sum(tf.sum(tf.reshape(tf.mul(u, v), blockShape(u.size)), 1)),
  },
  blockedMatMul: {
    id: "blockedMatMul",
    code: "tf.sum(tf.matMul(u.reshape([r, 1, n / r]), v.reshape([r, n / r, 1])))",
    compute: (u, v) => {
      const [r, m] = blockShape(u.size);
      return tf.sum(tf.matMul(tf.reshape(u, [r, 1, m]), tf.reshape(v, [r, m, 1])));
    },
  },
};

/** The fastest formulation measured per backend at 10⁶–10⁷ (see the module's comment): the default. */
export const FASTEST_FORMULATION: Record<string, DotFormulationId> = {
  webgpu: "dot",
  webgl: "sumMul",
  wasm: "blockedSum",
  cpu: "matMul",
};

/** The formulation the race uses on a backend: the fastest measured, or sum(mul) if unknown. */
export function vectorizedFormulation(backend: string): DotFormulation {
  return DOT_FORMULATIONS[FASTEST_FORMULATION[backend] ?? "sumMul"];
}

/**
 * The r × (n / r) shape blockedSum reshapes to: r is the largest divisor of n that is at most
 * √n, so both sums are about √n long. For a prime n, r = 1 (one serial sum, as sum(mul)).
 *
 * Example: blockShape(1_000_000) = [1000, 1000]; blockShape(1800) = [40, 45]; blockShape(7) = [1, 7].
 */
export function blockShape(n: number): [number, number] {
  for (let r = Math.floor(Math.sqrt(n)); r > 1; r--) if (n % r === 0) return [r, n / r];
  return [1, n];
}
