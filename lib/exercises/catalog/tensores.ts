/**
 * Tensors: the tasks of the lecture's tutorial and of «Ejercicios_vectores_matrices_tensores
 * _con_Numpy1/2.ipynb», translated to TensorFlow.js: create tensors of given shapes and
 * values, read their attributes, index and slice them, and the table of operations.
 */
import { expectExact, expectNumber, expectRecord, expectTensor, type Nested } from "../expect.js";
import type { ExerciseSection, ExerciseSpec } from "../types.js";

/** 0, 1, …, n − 1. */
const range = (n: number, start = 0): number[] => Array.from({ length: n }, (_, i) => start + i);

/** Reshapes a flat row-major list into a nested array of the given shape. */
export function reshape(values: readonly number[], shape: readonly number[]): Nested {
  if (shape.length === 0) return values[0];
  const [n, ...rest] = shape;
  const step = rest.reduce((a, b) => a * b, 1);
  return range(n).map((i) => reshape(values.slice(i * step, (i + 1) * step), rest));
}

/** The lecture's 3-D tensor: shape (2, 3, 2) with 1…12. */
const crear: ExerciseSpec = {
  id: "tensor-crear",
  version: "1",
  title: "Crea un tensor 3D",
  prompt: `La clase crea con \`tf.constant\` un tensor de forma (2, 3, 2) con los números del 1 al 12: \`[[[1, 2], [3, 4], [5, 6]], [[7, 8], [9, 10], [11, 12]]]\`.

Créalo en TensorFlow.js con tipo de dato entero (\`int32\`) y devuélvelo. Ojo: en TensorFlow.js los números son \`float32\` si no pides otro tipo (en TensorFlow de Python, \`tf.constant([1, 2])\` ya es \`int32\`).`,
  starter: `// tf.tensor(valores, forma, dtype) crea un tensor.
const t = tf.tensor([1, 2, 3]);
return t;
`,
  solution: `const t = tf.tensor(
  [[[1, 2], [3, 4], [5, 6]], [[7, 8], [9, 10], [11, 12]]],
  undefined, // la forma se deduce de los corchetes
  "int32",
);
return t;
`,
  hints: [
    "La forma (2, 3, 2) se lee de afuera hacia adentro: 2 bloques, cada uno con 3 filas de 2 números.",
    'El tercer argumento de `tf.tensor` es el tipo de dato: `tf.tensor(valores, undefined, "int32")`.',
    'Otra forma, sin escribir los corchetes: `tf.range(1, 13, 1, "int32").reshape([2, 3, 2])`.',
  ],
  expected: expectTensor(reshape(range(12, 1), [2, 3, 2]), { dtype: "int32" }),
};

/** The initialisation functions: zeros, ones, fill, range. */
const inicializar: ExerciseSpec = {
  id: "tensor-inicializar",
  version: "1",
  title: "Funciones de inicialización",
  prompt: `Traduce las funciones de inicialización de la clase y devuelve un objeto con cuatro tensores:

- \`ceros\`: ceros de forma (2, 3), como \`tf.zeros([2, 3])\`;
- \`unos\`: unos de forma (2, 3, 4);
- \`cincos\`: forma (2, 3) llena de 5, como \`tf.fill([2, 3], value=5)\`;
- \`pares\`: de 0 a 10 (sin incluir el 10) de 2 en 2, como \`tf.range(start=0, limit=10, delta=2)\`.`,
  starter: `const ceros = tf.zeros([2, 3]);
// Completa los otros tres.
return { ceros };
`,
  solution: `const ceros = tf.zeros([2, 3]);
const unos = tf.ones([2, 3, 4]);
const cincos = tf.fill([2, 3], 5);
const pares = tf.range(0, 10, 2);
return { ceros, unos, cincos, pares };
`,
  hints: [
    "Devuelve un objeto con las cuatro propiedades: `return { ceros, unos, cincos, pares };`.",
    "En TensorFlow.js los argumentos no tienen nombre: `tf.fill(forma, valor)` y `tf.range(inicio, límite, paso)`.",
    "`tf.ones([2, 3, 4])`, `tf.fill([2, 3], 5)` y `tf.range(0, 10, 2)`.",
  ],
  expected: expectRecord({
    ceros: expectTensor(reshape(new Array(6).fill(0), [2, 3])),
    unos: expectTensor(reshape(new Array(24).fill(1), [2, 3, 4])),
    cincos: expectTensor(reshape(new Array(6).fill(5), [2, 3])),
    pares: expectTensor(range(5).map((i) => 2 * i)),
  }),
};

const A24 = range(24);

/** Attributes: the lecture's table (ndim, shape, size, min, max, mean). */
const atributos: ExerciseSpec = {
  id: "tensor-atributos",
  version: "1",
  title: "Atributos de un tensor",
  prompt: `La tabla de la clase compara los atributos de NumPy y TensorFlow. Para \`a = tf.reshape(tf.range(0, 24), [2, 3, 4])\`, devuelve un objeto con:

- \`ndim\`: el número de dimensiones (en TensorFlow.js, \`a.rank\`);
- \`forma\`: la forma como arreglo, \`[2, 3, 4]\`;
- \`tamano\`: el número total de elementos;
- \`minimo\`, \`maximo\` y \`promedio\` de sus valores (números o tensores escalares).`,
  starter: `const a = tf.reshape(tf.range(0, 24), [2, 3, 4]);
return {
  ndim: a.rank,
  forma: null,
  tamano: null,
  minimo: null,
  maximo: null,
  promedio: null,
};
`,
  solution: `const a = tf.reshape(tf.range(0, 24), [2, 3, 4]);
return {
  ndim: a.rank,
  forma: a.shape,
  tamano: a.size,
  minimo: tf.min(a),
  maximo: tf.max(a),
  promedio: tf.mean(a),
};
`,
  hints: [
    "`a.shape` es un arreglo de JavaScript; `a.size` cuenta todos los elementos (como `a.size` en NumPy).",
    "`tf.reduce_min`, `tf.reduce_max` y `tf.reduce_mean` de Python son `tf.min`, `tf.max` y `tf.mean` en TensorFlow.js.",
    "`tamano` no es el número de ejes (`a.shape.length`), sino 2 · 3 · 4.",
  ],
  expected: expectRecord({
    ndim: expectNumber(3, { tolerance: { rtol: 0, atol: 0 } }),
    forma: expectExact([2, 3, 4]),
    tamano: expectNumber(A24.length, {
      tolerance: { rtol: 0, atol: 0 },
      mistakes: [
        {
          values: 3,
          message: "Ese es el número de ejes (`a.rank`); el tamaño cuenta todos los elementos.",
        },
      ],
    }),
    minimo: expectNumber(Math.min(...A24)),
    maximo: expectNumber(Math.max(...A24)),
    promedio: expectNumber(A24.reduce((s, x) => s + x, 0) / A24.length),
  }),
};

/** Indexing: a[0, 1] and a[-1] with tf.slice / gather / squeeze. */
const indexar: ExerciseSpec = {
  id: "tensor-indexar",
  version: "1",
  title: "Acceso a elementos",
  prompt: `En NumPy, \`a[0, 1]\` toma el bloque 0, fila 1, y \`a[-1]\` el último bloque. TensorFlow.js no tiene corchetes para tensores: se usa \`tf.slice(t, inicio, tamaño)\` (o \`t.slice\`), \`tf.gather\` y \`squeeze\`.

Con \`a = tf.reshape(tf.range(0, 24), [2, 3, 4])\`, devuelve \`{ fila, ultimo }\`: \`fila\` es \`a[0, 1]\` (forma (4,)) y \`ultimo\` es \`a[-1]\` (forma (3, 4)).`,
  starter: `const a = tf.reshape(tf.range(0, 24), [2, 3, 4]);
const fila = a; // a[0, 1]
const ultimo = a; // a[-1]
return { fila, ultimo };
`,
  solution: `const a = tf.reshape(tf.range(0, 24), [2, 3, 4]);
// slice(inicio, tamaño): -1 en el tamaño significa «hasta el final».
const fila = a.slice([0, 1, 0], [1, 1, -1]).squeeze();
const ultimo = tf.gather(a, a.shape[0] - 1);
return { fila, ultimo };
`,
  hints: [
    "`a.slice([0, 1, 0], [1, 1, 4])` da el bloque 0, fila 1, todas las columnas, pero con forma (1, 1, 4).",
    "`squeeze()` quita los ejes de tamaño 1: (1, 1, 4) → (4,).",
    "Para `a[-1]`: no hay índices negativos; el último bloque es el índice `a.shape[0] - 1`, con `tf.gather(a, índice)`.",
  ],
  expected: expectRecord({
    fila: expectTensor(A24.slice(4, 8)),
    ultimo: expectTensor(reshape(A24.slice(12, 24), [3, 4])),
  }),
};

const M12 = range(12);

/** Fancy indexing and strides: m[[0, 2]] and m[:, ::2]. */
const rebanadas: ExerciseSpec = {
  id: "tensor-rebanadas",
  version: "1",
  title: "Índices múltiples y saltos",
  prompt: `Con \`m = tf.reshape(tf.range(0, 12), [3, 4])\` (3 filas, 4 columnas), devuelve \`{ filas, saltos }\`:

- \`filas\` es \`m[[0, 2]]\` de NumPy: las filas 0 y 2 (usa \`tf.gather\`);
- \`saltos\` es \`m[:, ::2]\`: todas las filas y una columna sí y otra no (usa \`tf.stridedSlice(m, inicio, fin, pasos)\`).`,
  starter: `const m = tf.reshape(tf.range(0, 12), [3, 4]);
const filas = m; // m[[0, 2]]
const saltos = m; // m[:, ::2]
return { filas, saltos };
`,
  solution: `const m = tf.reshape(tf.range(0, 12), [3, 4]);
const filas = tf.gather(m, [0, 2]);
const saltos = tf.stridedSlice(m, [0, 0], [3, 4], [1, 2]);
return { filas, saltos };
`,
  hints: [
    "`tf.gather(t, índices, eje)` toma varias posiciones de un eje; el eje 0 (filas) es el predeterminado.",
    "`tf.stridedSlice(t, inicio, fin, pasos)` es el `inicio:fin:paso` de NumPy, un valor por eje.",
    "Filas: de 0 a 3 con paso 1; columnas: de 0 a 4 con paso 2 → `tf.stridedSlice(m, [0, 0], [3, 4], [1, 2])`.",
  ],
  expected: expectRecord({
    filas: expectTensor([M12.slice(0, 4), M12.slice(8, 12)]),
    saltos: expectTensor(range(3).map((i) => [4 * i, 4 * i + 2])),
  }),
};

type Matrix = number[][];
const A: Matrix = [
  [1, 2],
  [3, 4],
];
const B: Matrix = [
  [5, 6],
  [7, 8],
];
const U = [1, 2];
const V = [3, 4];
const elementwise = (x: Matrix, y: Matrix, f: (a: number, b: number) => number): Matrix =>
  x.map((row, i) => row.map((a, j) => f(a, y[i][j])));
const matmul = (x: Matrix, y: Matrix): Matrix =>
  x.map((row) => y[0].map((_, j) => row.reduce((s, a, k) => s + a * y[k][j], 0)));
const transpose = (x: Matrix): Matrix => x[0].map((_, j) => x.map((row) => row[j]));

/** The lecture's table of operations (NumPy vs TensorFlow). */
const operaciones: ExerciseSpec = {
  id: "tensor-operaciones",
  version: "1",
  title: "La tabla de operaciones",
  prompt: `Con \`A = [[1, 2], [3, 4]]\`, \`B = [[5, 6], [7, 8]]\`, \`u = [1, 2]\` y \`v = [3, 4]\`, devuelve \`{ suma, producto, punto, matricial, transpuesta }\`: \`A + B\`, el producto elemento a elemento \`A * B\`, el producto punto \`u · v\`, el producto matricial \`A @ B\` y la transpuesta de \`A\`.`,
  starter: `const A = tf.tensor2d([[1, 2], [3, 4]]);
const B = tf.tensor2d([[5, 6], [7, 8]]);
const u = tf.tensor1d([1, 2]);
const v = tf.tensor1d([3, 4]);
const suma = tf.add(A, B);
return { suma };
`,
  solution: `const A = tf.tensor2d([[1, 2], [3, 4]]);
const B = tf.tensor2d([[5, 6], [7, 8]]);
const u = tf.tensor1d([1, 2]);
const v = tf.tensor1d([3, 4]);
return {
  suma: tf.add(A, B),
  producto: tf.mul(A, B),
  punto: tf.dot(u, v),
  matricial: tf.matMul(A, B),
  transpuesta: tf.transpose(A),
};
`,
  hints: [
    "Los nombres cambian un poco: `tf.multiply` es `tf.mul` y `tf.matmul` es `tf.matMul` en TensorFlow.js.",
    "El producto punto de dos vectores es `tf.dot(u, v)` (el `tf.tensordot(a, b, axes=1)` de la tabla).",
    "JavaScript no tiene `@` ni sobrecarga de `+` y `*`: usa siempre las funciones `tf.add`, `tf.mul`, `tf.matMul`.",
  ],
  expected: expectRecord({
    suma: expectTensor(elementwise(A, B, (a, b) => a + b)),
    producto: expectTensor(elementwise(A, B, (a, b) => a * b)),
    punto: expectNumber(U.reduce((s, a, i) => s + a * V[i], 0)),
    matricial: expectTensor(matmul(A, B), {
      mistakes: [
        {
          values: elementwise(A, B, (a, b) => a * b).flat(),
          message:
            "Ese es el producto elemento a elemento (`tf.mul`); el matricial es `tf.matMul`.",
        },
      ],
    }),
    transpuesta: expectTensor(transpose(A)),
  }),
};

export const tensoresSection: ExerciseSection = {
  id: "tensores",
  title: "Vectores, matrices y tensores",
  exercises: [crear, inicializar, atributos, indexar, rebanadas, operaciones],
};
