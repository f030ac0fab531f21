/**
 * The race figures printed in the lecture, as data (the page shows them next to the student's
 * own measurements; nothing here is computed).
 */

/** The slide «Vectorización»: w = Σ uᵢvᵢ for n = 1,000,000 random floats, Python vs NumPy. */
export const LECTURE_DOT = {
  n: 1_000_000,
  /** «Version for: 479.0992736816406ms» */
  loopMs: 479.0992736816406,
  /** «Version vectorizada: 1.3687610626220703ms» */
  dotMs: 1.3687610626220703,
  /** The two w's the slide prints: they differ in the 14th significant digit. */
  loopW: 249816.30215526323,
  dotW: 249816.30215527286,
} as const;

/** The slide's Python program, as the lecture shows it (its four cells, one after the other). */
export const LECTURE_DOT_PYTHON = `import numpy as np
n = 1000000
u = np.random.rand(n)
v = np.random.rand(n)

import time

# 1) Con un ciclo for
inicio = time.time()
w=0
for i in range(n):
    w+= u[i]*v[i]
fin = time.time()
print("Version for: ", str(1000*(fin-inicio)) + "ms")
print(w)

# 2) Versión vectorizada
inicio = time.time()
w = np.dot(u,v)
fin = time.time()
print("Version vectorizada: ", str(1000*(fin-inicio)) + "ms")
print(w)`;

/** vectorizacion.ipynb, Ejercicio 3: N = 100,000,000. */
export const LECTURE_EXERCISE_3 = {
  n: 100_000_000,
  loopMs: 32415.270566940308,
  numpyDotMs: 96.90570831298828,
  tfCpuMs: 6.6585540771484375,
  tfGpuMs: 0.9670257568359375,
} as const;

/**
 * The slide's table «Tiempo con método lento / Tiempo con método rápido», in seconds, with the
 * fast side as printed.
 */
export const LECTURE_SPEEDUP_ROWS: readonly {
  slowSeconds: number;
  fastPrinted: string;
  fastSeconds: number;
}[] = [
  { slowSeconds: 60, fastPrinted: "0.17 segundos", fastSeconds: 0.17 },
  { slowSeconds: 600, fastPrinted: "1.70 segundos", fastSeconds: 1.7 },
  { slowSeconds: 1800, fastPrinted: "5.12 segundos", fastSeconds: 5.12 },
  { slowSeconds: 3600, fastPrinted: "10.23 segundos", fastSeconds: 10.23 },
  { slowSeconds: 7200, fastPrinted: "20.46 segundos", fastSeconds: 20.46 },
  { slowSeconds: 18000, fastPrinted: "51.09 segundos", fastSeconds: 51.09 },
  { slowSeconds: 36000, fastPrinted: "1 min 42 segundos", fastSeconds: 102 },
  { slowSeconds: 86400, fastPrinted: "4 min 5 segundos", fastSeconds: 245 },
];
