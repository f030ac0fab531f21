/**
 * Tensors: the tasks of the lecture's tutorial and of «Ejercicios_vectores_matrices_tensores
 * _con_Numpy1/2.ipynb», translated to TensorFlow.js: create tensors of given shapes and
 * values, read their attributes, index and slice them, and the table of operations.
 */
import { expectExact, expectNumber, expectRecord, expectTensor, unflatten } from "../expect.js";
import { nestedValues, randomInt, tensorArg, tensorInput, type TensorInput } from "../inputs.js";
import type { ExerciseSection, ExerciseSpec } from "../types.js";

/** 0, 1, …, n − 1. */
const range = (n: number, start = 0): number[] => Array.from({ length: n }, (_, i) => start + i);

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
  hints: [
    "La forma (2, 3, 2) se lee de afuera hacia adentro: 2 bloques, cada uno con 3 filas de 2 números.",
    'El tercer argumento de `tf.tensor` es el tipo de dato: `tf.tensor(valores, undefined, "int32")`.',
    'Otra forma, sin escribir los corchetes: `tf.range(1, 13, 1, "int32").unflatten([2, 3, 2])`.',
  ],
  expected: expectTensor(unflatten(range(12, 1), [2, 3, 2]), { dtype: "int32" }),
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
  hints: [
    "Devuelve un objeto con las cuatro propiedades: `return { ceros, unos, cincos, pares };`.",
    "En TensorFlow.js los argumentos no tienen nombre: `tf.fill(forma, valor)` y `tf.range(inicio, límite, paso)`.",
    "`tf.ones([2, 3, 4])`, `tf.fill([2, 3], 5)` y `tf.range(0, 10, 2)`.",
  ],
  expected: expectRecord({
    ceros: expectTensor(unflatten(new Array(6).fill(0), [2, 3])),
    unos: expectTensor(unflatten(new Array(24).fill(1), [2, 3, 4])),
    cincos: expectTensor(unflatten(new Array(6).fill(5), [2, 3])),
    pares: expectTensor(range(5).map((i) => 2 * i)),
  }),
};

/** A tensor of this shape with random integers in [-50, 50]. */
const randomTensor = (random: () => number, shape: readonly number[]): TensorInput =>
  tensorInput(
    range(shape.reduce((a, b) => a * b, 1)).map(() => randomInt(random, -50, 50)),
    shape,
  );

/** Attributes: the lecture's table (ndim, shape, size, min, max, mean). */
const atributos: ExerciseSpec = {
  id: "tensor-atributos",
  version: "2",
  title: "Atributos de un tensor",
  prompt: `La tabla de la clase compara los atributos de NumPy y TensorFlow. El tensor \`a\` ya está definido (en la clase, \`a = tf.unflatten(tf.range(0, 24), [2, 3, 4])\`; «Comprobar» lo cambia por otros, de otras formas). Devuelve un objeto con:

- \`ndim\`: el número de dimensiones (en TensorFlow.js, \`a.rank\`);
- \`forma\`: la forma como arreglo, \`[2, 3, 4]\` para el de la clase;
- \`tamano\`: el número total de elementos;
- \`minimo\`, \`maximo\` y \`promedio\` de sus valores (números o tensores escalares).`,
  inputs: {
    lecture: { a: tensorInput(range(24), [2, 3, 4]) },
    fresh: (random) => ({
      a: randomTensor(
        random,
        range(randomInt(random, 2, 4)).map(() => randomInt(random, 2, 5)),
      ),
    }),
  },
  starter: `// a ya está definido: en la clase, tf.unflatten(tf.range(0, 24), [2, 3, 4]).
return {
  ndim: a.rank,
  forma: null,
  tamano: null,
  minimo: null,
  maximo: null,
  promedio: null,
};
`,
  hints: [
    "`a.shape` es un arreglo de JavaScript; `a.size` cuenta todos los elementos (como `a.size` en NumPy).",
    "`tf.reduce_min`, `tf.reduce_max` y `tf.reduce_mean` de Python son `tf.min`, `tf.max` y `tf.mean` en TensorFlow.js.",
    "`tamano` no es el número de ejes (`a.shape.length`), sino 2 · 3 · 4 para el de la clase.",
  ],
  expected: (inputs) => {
    const a = tensorArg(inputs, "a");
    const exact = { tolerance: { rtol: 0, atol: 0 } };
    return expectRecord({
      ndim: expectNumber(a.shape.length, exact),
      forma: expectExact([...a.shape]),
      tamano: expectNumber(a.values.length, {
        ...exact,
        mistakes: [
          {
            values: a.shape.length,
            message: "Ese es el número de ejes (`a.rank`); el tamaño cuenta todos los elementos.",
          },
        ],
      }),
      minimo: expectNumber(Math.min(...a.values)),
      maximo: expectNumber(Math.max(...a.values)),
      promedio: expectNumber(a.values.reduce((s, x) => s + x, 0) / a.values.length),
    });
  },
};

/** Indexing: a[0, 1] and a[-1] with tf.slice / gather / squeeze. */
const indexar: ExerciseSpec = {
  id: "tensor-indexar",
  version: "2",
  title: "Acceso a elementos",
  prompt: `En NumPy, \`a[0, 1]\` toma el bloque 0, fila 1, y \`a[-1]\` el último bloque. TensorFlow.js no tiene corchetes para tensores: se usa \`tf.slice(t, inicio, tamaño)\` (o \`t.slice\`), \`tf.gather\` y \`squeeze\`.

El tensor \`a\`, de forma (2, 3, 4), ya está definido (en la clase, \`tf.unflatten(tf.range(0, 24), [2, 3, 4])\`; «Comprobar» cambia sus valores). Devuelve \`{ fila, ultimo }\`: \`fila\` es \`a[0, 1]\` (forma (4,)) y \`ultimo\` es \`a[-1]\` (forma (3, 4)).`,
  inputs: {
    lecture: { a: tensorInput(range(24), [2, 3, 4]) },
    fresh: (random) => ({ a: randomTensor(random, [2, 3, 4]) }),
  },
  starter: `// a ya está definido: forma (2, 3, 4).
const fila = a; // a[0, 1]
const ultimo = a; // a[-1]
return { fila, ultimo };
`,
  hints: [
    "`a.slice([0, 1, 0], [1, 1, 4])` da el bloque 0, fila 1, todas las columnas, pero con forma (1, 1, 4).",
    "`squeeze()` quita los ejes de tamaño 1: (1, 1, 4) → (4,).",
    "Para `a[-1]`: no hay índices negativos; el último bloque es el índice `a.shape[0] - 1`, con `tf.gather(a, índice)`.",
  ],
  expected: (inputs) => {
    const values = tensorArg(inputs, "a").values;
    return expectRecord({
      fila: expectTensor(values.slice(4, 8)),
      ultimo: expectTensor(unflatten(values.slice(12, 24), [3, 4])),
    });
  },
};

/** Fancy indexing and strides: m[[0, 2]] and m[:, ::2]. */
const rebanadas: ExerciseSpec = {
  id: "tensor-rebanadas",
  version: "2",
  title: "Índices múltiples y saltos",
  prompt: `La matriz \`m\`, de 3 filas y 4 columnas, ya está definida (en la clase, \`tf.unflatten(tf.range(0, 12), [3, 4])\`; «Comprobar» cambia sus valores). Devuelve \`{ filas, saltos }\`:

- \`filas\` es \`m[[0, 2]]\` de NumPy: las filas 0 y 2 (usa \`tf.gather\`);
- \`saltos\` es \`m[:, ::2]\`: todas las filas y una columna sí y otra no (usa \`tf.stridedSlice(m, inicio, fin, pasos)\`).`,
  inputs: {
    lecture: { m: tensorInput(range(12), [3, 4]) },
    fresh: (random) => ({ m: randomTensor(random, [3, 4]) }),
  },
  starter: `// m ya está definida: forma (3, 4).
const filas = m; // m[[0, 2]]
const saltos = m; // m[:, ::2]
return { filas, saltos };
`,
  hints: [
    "`tf.gather(t, índices, eje)` toma varias posiciones de un eje; el eje 0 (filas) es el predeterminado.",
    "`tf.stridedSlice(t, inicio, fin, pasos)` es el `inicio:fin:paso` de NumPy, un valor por eje.",
    "Filas: de 0 a 3 con paso 1; columnas: de 0 a 4 con paso 2 → `tf.stridedSlice(m, [0, 0], [3, 4], [1, 2])`.",
  ],
  expected: (inputs) => {
    const m = nestedValues(tensorArg(inputs, "m")) as number[][];
    return expectRecord({
      filas: expectTensor([m[0], m[2]]),
      saltos: expectTensor(m.map((row) => [row[0], row[2]])),
    });
  },
};

type Matrix = number[][];
const elementwise = (x: Matrix, y: Matrix, f: (a: number, b: number) => number): Matrix =>
  x.map((row, i) => row.map((a, j) => f(a, y[i][j])));
const matmul = (x: Matrix, y: Matrix): Matrix =>
  x.map((row) => y[0].map((_, j) => row.reduce((s, a, k) => s + a * y[k][j], 0)));
const transpose = (x: Matrix): Matrix => x[0].map((_, j) => x.map((row) => row[j]));
const smallInts = (random: () => number, n: number) => range(n).map(() => randomInt(random, -9, 9));

/** The lecture's table of operations (NumPy vs TensorFlow). */
const operaciones: ExerciseSpec = {
  id: "tensor-operaciones",
  version: "2",
  title: "La tabla de operaciones",
  prompt: `Las matrices \`A\` y \`B\` (2 × 2) y los vectores \`u\` y \`v\` (de 2 elementos) ya están definidos: en la clase, \`A = [[1, 2], [3, 4]]\`, \`B = [[5, 6], [7, 8]]\`, \`u = [1, 2]\` y \`v = [3, 4]\` («Comprobar» cambia sus valores). Devuelve \`{ suma, producto, punto, matricial, transpuesta }\`: \`A + B\`, el producto elemento a elemento \`A * B\`, el producto punto \`u · v\`, el producto matricial \`A @ B\` y la transpuesta de \`A\`.`,
  inputs: {
    lecture: {
      A: tensorInput([1, 2, 3, 4], [2, 2]),
      B: tensorInput([5, 6, 7, 8], [2, 2]),
      u: tensorInput([1, 2]),
      v: tensorInput([3, 4]),
    },
    fresh: (random) => ({
      A: tensorInput(smallInts(random, 4), [2, 2]),
      B: tensorInput(smallInts(random, 4), [2, 2]),
      u: tensorInput(smallInts(random, 2)),
      v: tensorInput(smallInts(random, 2)),
    }),
  },
  starter: `// A, B (tensores 2 × 2), u y v (de 2 elementos) ya están definidos.
const suma = tf.add(A, B);
return { suma };
`,
  hints: [
    "Los nombres cambian un poco: `tf.multiply` es `tf.mul` y `tf.matmul` es `tf.matMul` en TensorFlow.js.",
    "El producto punto de dos vectores es `tf.dot(u, v)` (el `tf.tensordot(a, b, axes=1)` de la tabla).",
    "JavaScript no tiene `@` ni sobrecarga de `+` y `*`: usa siempre las funciones `tf.add`, `tf.mul`, `tf.matMul`.",
  ],
  expected: (inputs) => {
    const A = nestedValues(tensorArg(inputs, "A")) as Matrix;
    const B = nestedValues(tensorArg(inputs, "B")) as Matrix;
    const u = tensorArg(inputs, "u").values;
    const v = tensorArg(inputs, "v").values;
    const product = elementwise(A, B, (a, b) => a * b);
    return expectRecord({
      suma: expectTensor(elementwise(A, B, (a, b) => a + b)),
      producto: expectTensor(product),
      punto: expectNumber(u.reduce((s, a, i) => s + a * v[i], 0)),
      matricial: expectTensor(matmul(A, B), {
        mistakes: [
          {
            values: product.flat(),
            message:
              "Ese es el producto elemento a elemento (`tf.mul`); el matricial es `tf.matMul`.",
          },
        ],
      }),
      transpuesta: expectTensor(transpose(A)),
    });
  },
};

export const tensoresSection: ExerciseSection = {
  id: "tensores",
  title: "Vectores, matrices y tensores",
  exercises: [crear, inicializar, atributos, indexar, rebanadas, operaciones],
};
