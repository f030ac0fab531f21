/**
 * Every code example of the lecture's tensor section (creation, NumPy interop, initialisers,
 * element access, the attributes table and the operations table) in three versions: the
 * NumPy code, the lecture's TensorFlow (Python) code, and its TensorFlow.js equivalent. Each
 * carries what Python gives (`expected`) and a `run` that computes the tfjs result live;
 * the page compares the two with compareResult and flags every difference, explained in
 * `note`. test/lib/tf/lectureExamples.test.ts checks that each `tfjs` text computes exactly
 * what `run` computes, so the code shown is the code that runs.
 */
import * as tf from "@tensorflow/tfjs-core";
import {
  compareResult,
  type Comparison,
  type ExpectedResult,
  type ObservedResult,
} from "../lecture/compareResult.js";
import { assertSeed } from "../random/seed.js";
import { observeResult } from "./observeResult.js";

export type ExampleGroup =
  "creacion" | "interop" | "inicializadores" | "acceso" | "atributos" | "operaciones";

export interface LectureExample {
  id: string;
  group: ExampleGroup;
  /** What the example shows, in Spanish: "Escalar (rango 0)", "Producto matricial", … */
  concept: string;
  numpy: string;
  /** The lecture's TensorFlow (Python) code. */
  python: string;
  /** The TensorFlow.js code; its last line is the expression whose value is shown. `SEED` stands for the seed. */
  tfjs: string;
  expected: ExpectedResult;
  /** Why tfjs differs, or what to know to get the same result (Spanish). */
  note?: string;
  /** Computes the tfjs result and frees every tensor it made. */
  run(seed: number): Promise<ObservedResult>;
}

/**
 * The example's tfjs code with the seed written in; with `annotate`, the last line (the value
 * shown) is marked with a comment, as a notebook would show it as the cell's output.
 */
export function exampleCode(
  example: LectureExample,
  seed: number,
  { annotate = false } = {},
): string {
  const code = example.tfjs.replace(/SEED/g, String(seed));
  return annotate ? `${code}  // → resultado` : code;
}

/** Runs `make` inside tf.tidy and observes what it returns (a tensor is read, then disposed). */
const observe = (make: () => unknown) => async () =>
  observeResult(tf.tidy(make as () => tf.TensorContainer));

/** Reads a tensor with `read`, then disposes it. */
async function readThenDispose<T>(t: tf.Tensor, read: (t: tf.Tensor) => Promise<T>): Promise<T> {
  try {
    return await read(t);
  } finally {
    t.dispose();
  }
}

const RANK3 = [
  [
    [1, 2],
    [3, 4],
    [5, 6],
  ],
  [
    [7, 8],
    [9, 10],
    [11, 12],
  ],
];
const RANK3_PY = `[[[1,2],
  [3,4],
  [5,6]],
 [[7,8],
  [9,10],
  [11,12]]
]`;
const RANK3_JS = "[[[1, 2], [3, 4], [5, 6]], [[7, 8], [9, 10], [11, 12]]]";

const INT_NOTE =
  "En JavaScript 5 y 5.0 son el mismo número, así que tf.tensor no puede adivinar un entero: sin el dtype «int32» crearía float32, mientras que tf.constant de Python infiere int32.";

const creation: LectureExample[] = [
  {
    id: "constant-scalar",
    group: "creacion",
    concept: "Constante escalar (rango 0)",
    numpy: "t = np.array(5)",
    python: "t = tf.constant(5)",
    tfjs: 'const t = tf.tensor(5, [], "int32");\nt',
    expected: { source: "tensorflow", value: 5, shape: [], dtype: "int32" },
    note: INT_NOTE,
    run: observe(() => tf.tensor(5, [], "int32")),
  },
  {
    id: "constant-vector",
    group: "creacion",
    concept: "Constante vector (rango 1)",
    numpy: "t = np.array([1,2,3,4,5])",
    python: "t = tf.constant([1,2,3,4,5])",
    tfjs: 'const t = tf.tensor([1, 2, 3, 4, 5], [5], "int32");\nt',
    expected: { source: "tensorflow", value: [1, 2, 3, 4, 5], shape: [5], dtype: "int32" },
    run: observe(() => tf.tensor([1, 2, 3, 4, 5], [5], "int32")),
  },
  {
    id: "constant-matrix",
    group: "creacion",
    concept: "Constante matriz (rango 2)",
    numpy: "t = np.array([[1,2],\n              [3,4]])",
    python: "t = tf.constant([[1,2],\n                 [3,4]])",
    tfjs: 'const t = tf.tensor([[1, 2], [3, 4]], [2, 2], "int32");\nt',
    expected: {
      source: "tensorflow",
      value: [
        [1, 2],
        [3, 4],
      ],
      shape: [2, 2],
      dtype: "int32",
    },
    run: observe(() =>
      tf.tensor(
        [
          [1, 2],
          [3, 4],
        ],
        [2, 2],
        "int32",
      ),
    ),
  },
  {
    id: "constant-rank3",
    group: "creacion",
    concept: "Constante de rango 3",
    numpy: `t = np.array(${RANK3_PY.replace(/\n/g, "\n             ")})`,
    python: `t = tf.constant(${RANK3_PY.replace(/\n/g, "\n                ")})`,
    tfjs: `const t = tf.tensor(${RANK3_JS}, [2, 3, 2], "int32");\nt`,
    expected: { source: "tensorflow", value: RANK3, shape: [2, 3, 2], dtype: "int32" },
    run: observe(() => tf.tensor(RANK3, [2, 3, 2], "int32")),
  },
  {
    id: "variable-scalar",
    group: "creacion",
    concept: "Variable escalar (rango 0)",
    numpy: "t = np.array(5)",
    python: "t = tf.Variable(5)",
    tfjs: 'const t = tf.variable(tf.tensor(5, [], "int32"));\nt',
    expected: { source: "tensorflow", value: 5, shape: [], dtype: "int32" },
    note: "tf.variable envuelve un tensor ya creado: primero tf.tensor, luego tf.variable.",
    run: observe(() => tf.variable(tf.tensor(5, [], "int32"))),
  },
  {
    id: "variable-vector",
    group: "creacion",
    concept: "Variable vector (rango 1)",
    numpy: "t = np.array([1,2,3,4,5])",
    python: "t = tf.Variable([1,2,3,4,5])",
    tfjs: 'const t = tf.variable(tf.tensor([1, 2, 3, 4, 5], [5], "int32"));\nt',
    expected: { source: "tensorflow", value: [1, 2, 3, 4, 5], shape: [5], dtype: "int32" },
    run: observe(() => tf.variable(tf.tensor([1, 2, 3, 4, 5], [5], "int32"))),
  },
  {
    id: "variable-matrix",
    group: "creacion",
    concept: "Variable matriz (rango 2)",
    numpy: "t = np.array([[1,2],\n              [3,4]])",
    python: "t = tf.Variable([[1,2],\n                 [3,4]])",
    tfjs: 'const t = tf.variable(tf.tensor([[1, 2], [3, 4]], [2, 2], "int32"));\nt',
    expected: {
      source: "tensorflow",
      value: [
        [1, 2],
        [3, 4],
      ],
      shape: [2, 2],
      dtype: "int32",
    },
    run: observe(() =>
      tf.variable(
        tf.tensor(
          [
            [1, 2],
            [3, 4],
          ],
          [2, 2],
          "int32",
        ),
      ),
    ),
  },
  {
    id: "variable-rank3",
    group: "creacion",
    concept: "Variable de rango 3",
    numpy: `t = np.array(${RANK3_PY.replace(/\n/g, "\n             ")})`,
    python: `t = tf.Variable(${RANK3_PY.replace(/\n/g, "\n                ")})`,
    tfjs: `const t = tf.variable(tf.tensor(${RANK3_JS}, [2, 3, 2], "int32"));\nt`,
    expected: { source: "tensorflow", value: RANK3, shape: [2, 3, 2], dtype: "int32" },
    run: observe(() => tf.variable(tf.tensor(RANK3, [2, 3, 2], "int32"))),
  },
];

const M12 = [
  [1, 2],
  [3, 4],
];
/** How a notebook shows `n = t.numpy()` for t = tf.constant([[1., 2.], [3., 4.]]). */
const NUMPY_M12 = "array([[1., 2.],\n       [3., 4.]], dtype=float32)";
const M56 = [
  [5, 6],
  [7, 8],
];

const interop: LectureExample[] = [
  {
    id: "numpy-from-constant",
    group: "interop",
    concept: "tf.Tensor → arreglo: array()",
    numpy: "type(n)  # numpy.ndarray\nn.shape  # (2, 2)",
    python: "# tf.Tensor -> np.ndarray\nt = tf.constant([[1., 2.], [3., 4.]])\nn = t.numpy()",
    tfjs: "const t = tf.tensor([[1, 2], [3, 4]]);\nconst n = await t.array();\nn",
    expected: { source: "tensorflow", value: M12, shape: [2, 2], display: NUMPY_M12 },
    note: "array() es asíncrono (espera a la GPU sin congelar la página) y da listas anidadas de JavaScript; sus números son float64 de JS, sin dtype. Hay una versión síncrona, arraySync(), que bloquea la página mientras llegan los datos.",
    run: async () => {
      const t = tf.tensor(M12);
      return observeResult(await readThenDispose(t, (x) => x.array()));
    },
  },
  {
    id: "numpy-from-data",
    group: "interop",
    concept: "tf.Tensor → arreglo plano: data()",
    numpy: "n.ravel()  # los 4 números en fila\n# array([1., 2., 3., 4.], dtype=float32)",
    python: "# tf.Tensor -> np.ndarray\nt = tf.constant([[1., 2.], [3., 4.]])\nn = t.numpy()",
    tfjs: "const t = tf.tensor([[1, 2], [3, 4]]);\nconst n = await t.data();\nn",
    expected: { source: "tensorflow", value: M12, shape: [2, 2], dtype: "float32" },
    note: "data() no devuelve la matriz sino un Float32Array plano, en orden por filas, sin forma: por eso difieren el valor y la forma. Es la lectura más rápida cuando hay muchos números; la forma sigue en t.shape. Para la lista anidada, usa array().",
    run: async () => {
      const t = tf.tensor(M12);
      return observeResult(await readThenDispose(t, (x) => x.data()));
    },
  },
  {
    id: "tensor-from-array",
    group: "interop",
    concept: "Arreglo → tf.Tensor",
    numpy: "# np.ndarray -> tf.Tensor\nm = np.array([[5., 6.], [7., 8.]])",
    python: "t2 = tf.convert_to_tensor(m)",
    tfjs: "const m = [[5, 6], [7, 8]];\nconst t2 = tf.tensor(m);\nt2",
    expected: { source: "tensorflow", value: M56, shape: [2, 2], dtype: "float64" },
    note: "np.array con decimales es float64 y convert_to_tensor conserva ese dtype. TensorFlow.js no tiene float64: todo número con decimales vive en float32 (unas 7 cifras significativas), la precisión que usan las GPU.",
    run: observe(() => tf.tensor(M56)),
  },
  {
    id: "tensor-from-typed-array",
    group: "interop",
    concept: "Arreglo tipado → tf.Tensor",
    numpy: "m = np.array([[5., 6.], [7., 8.]],\n             dtype=np.float32)",
    python: "t2 = tf.convert_to_tensor(m)",
    tfjs: "const m = new Float32Array([5, 6, 7, 8]);\nconst t2 = tf.tensor(m, [2, 2]);\nt2",
    expected: { source: "tensorflow", value: M56, shape: [2, 2], dtype: "float32" },
    note: "Un Float32Array es lo más parecido a un np.ndarray en JavaScript: números contiguos en memoria, planos; la forma se da aparte. tf.tensor no acepta Float64Array: conviértelo antes con Float32Array.from(m).",
    run: observe(() => tf.tensor(new Float32Array([5, 6, 7, 8]), [2, 2])),
  },
  {
    id: "numpy-from-variable",
    group: "interop",
    concept: "tf.Variable → arreglo",
    numpy: "type(n)  # numpy.ndarray",
    python: "# tf.Tensor -> np.ndarray\nt = tf.Variable([[1., 2.], [3., 4.]])\nn = t.numpy()",
    tfjs: "const t = tf.variable(tf.tensor([[1, 2], [3, 4]]));\nconst n = await t.array();\nn",
    expected: { source: "tensorflow", value: M12, shape: [2, 2], display: NUMPY_M12 },
    run: async () => {
      const t = tf.tidy(() => tf.variable(tf.tensor(M12)));
      return observeResult(await readThenDispose(t, (x) => x.array()));
    },
  },
  {
    id: "variable-from-array",
    group: "interop",
    concept: "Arreglo → tf.Variable",
    numpy: "m = np.array([[5., 6.], [7., 8.]])",
    python: "v = tf.Variable(m)",
    tfjs: "const m = [[5, 6], [7, 8]];\nconst v = tf.variable(tf.tensor(m));\nv",
    expected: { source: "tensorflow", value: M56, shape: [2, 2], dtype: "float64" },
    note: "Igual que con convert_to_tensor: la variable de Python hereda el float64 de NumPy; en TensorFlow.js queda en float32.",
    run: observe(() => tf.variable(tf.tensor(M56))),
  },
];

const ZEROS_23 = [
  [0, 0, 0],
  [0, 0, 0],
];

const initializers: LectureExample[] = [
  {
    id: "zeros",
    group: "inicializadores",
    concept: "Ceros",
    numpy: "t = np.zeros((2, 3))",
    python: "t = tf.zeros([2,3])",
    tfjs: "const t = tf.zeros([2, 3]);\nt",
    expected: { source: "tensorflow", value: ZEROS_23, shape: [2, 3], dtype: "float32" },
    run: observe(() => tf.zeros([2, 3])),
  },
  {
    id: "ones",
    group: "inicializadores",
    concept: "Unos",
    numpy: "t = np.ones((2, 3, 4))",
    python: "t = tf.ones([2,3,4])",
    tfjs: "const t = tf.ones([2, 3, 4]);\nt",
    expected: {
      source: "tensorflow",
      value: [0, 1].map(() => [0, 1, 2].map(() => [1, 1, 1, 1])),
      shape: [2, 3, 4],
      dtype: "float32",
    },
    run: observe(() => tf.ones([2, 3, 4])),
  },
  {
    id: "fill",
    group: "inicializadores",
    concept: "Llenar con un valor",
    numpy: "t = np.full((2, 3), 5)",
    python: "t = tf.fill([2,3], value=5)",
    tfjs: 'const t = tf.fill([2, 3], 5, "int32");\nt',
    expected: {
      source: "tensorflow",
      value: [
        [5, 5, 5],
        [5, 5, 5],
      ],
      shape: [2, 3],
      dtype: "int32",
    },
    note: "tf.fill de Python toma el dtype del valor (5 es int32); en TensorFlow.js hay que pedirlo: sin «int32» el resultado sería float32.",
    run: observe(() => tf.fill([2, 3], 5, "int32")),
  },
  {
    id: "random-uniform",
    group: "inicializadores",
    concept: "Aleatorio uniforme en [0, 1)",
    numpy: "rng = np.random.default_rng(SEED)\nt = rng.uniform(size=(2, 3))",
    python: "t = tf.random.uniform(shape=(2, 3))",
    tfjs: 'const t = tf.randomUniform([2, 3], 0, 1, "float32", SEED);\nt',
    expected: { source: "tensorflow", range: [0, 1], shape: [2, 3], dtype: "float32" },
    note: "Los valores son al azar, así que solo se comprueba que caigan en [0, 1). Con la misma semilla se repiten; NumPy, TensorFlow y TensorFlow.js usan generadores distintos, así que la misma semilla no da los mismos números en los tres.",
    run: (seed) => observeResult(tf.randomUniform([2, 3], 0, 1, "float32", seed)),
  },
  {
    id: "range",
    group: "inicializadores",
    concept: "Rango con paso",
    numpy: "t = np.arange(0, 10, 2)",
    python: "t = tf.range(start=0, limit=10, delta=2)",
    tfjs: 'const t = tf.range(0, 10, 2, "int32");\nt',
    expected: { source: "tensorflow", value: [0, 2, 4, 6, 8], shape: [5], dtype: "int32" },
    note: "Sin «int32», tf.range de TensorFlow.js da float32; el de Python da int32 porque sus argumentos son enteros.",
    run: observe(() => tf.range(0, 10, 2, "int32")),
  },
  {
    id: "variable-from-initializer",
    group: "inicializadores",
    concept: "Inicializador envuelto en una variable",
    numpy: "v = np.zeros((2, 3))  # ya es mutable",
    python: "v = tf.Variable(tf.zeros([2,3]))",
    tfjs: "const v = tf.variable(tf.zeros([2, 3]));\nv",
    expected: { source: "tensorflow", value: ZEROS_23, shape: [2, 3], dtype: "float32" },
    note: "Como dice la clase, los inicializadores crean tensores inmutables: para poder cambiarlos hay que envolverlos en una variable (tf.Variable en Python, tf.variable en TensorFlow.js).",
    run: observe(() => tf.variable(tf.zeros([2, 3]))),
  },
];

const V = [
  [1, 2, 3],
  [4, 5, 6],
];

const access: LectureExample[] = [
  {
    id: "access-row",
    group: "acceso",
    concept: "Una fila de un tensor de rango 3",
    numpy: "a = np.arange(24).reshape(2, 3, 4)\nprint('a[0, 1]:', a[0, 1])",
    python: "a = tf.reshape(tf.range(24), (2,3,4))\nprint('a[0, 1]:', a[0, 1])",
    tfjs: 'const a = tf.reshape(tf.range(0, 24, 1, "int32"), [2, 3, 4]);\nconst fila = tf.squeeze(tf.slice(a, [0, 1, 0], [1, 1, 4]), [0, 1]);\nfila',
    expected: { source: "tensorflow", value: [4, 5, 6, 7], shape: [4], dtype: "int32" },
    note: "Los tensores de TensorFlow.js no tienen corchetes: a[0, 1] se escribe como un corte (tf.slice desde [0, 1, 0] con tamaño [1, 1, 4]) y luego se quitan los ejes de tamaño 1 (tf.squeeze). El explorador de índices de abajo escribe esta traducción para cualquier índice.",
    run: observe(() => {
      const a = tf.reshape(tf.range(0, 24, 1, "int32"), [2, 3, 4]);
      return tf.squeeze(tf.slice(a, [0, 1, 0], [1, 1, 4]), [0, 1]);
    }),
  },
  {
    id: "access-element",
    group: "acceso",
    concept: "Un elemento de una variable",
    numpy: "v = np.array([[1, 2, 3],\n              [4, 5, 6]])\nprint(v[0, 1])",
    python: "v = tf.Variable([[1, 2, 3],\n                [4, 5, 6]])\nprint(v[0, 1])",
    tfjs: 'const v = tf.variable(tf.tensor([[1, 2, 3], [4, 5, 6]], [2, 3], "int32"));\nconst x = tf.squeeze(tf.slice(v, [0, 1], [1, 1]));\nx',
    expected: { source: "tensorflow", value: 2, shape: [], dtype: "int32" },
    note: "El resultado es un tensor de rango 0. Para tener el número en JavaScript: (await v.array())[0][1].",
    run: async () => {
      const v = tf.tidy(() => tf.variable(tf.tensor(V, [2, 3], "int32")));
      try {
        return await observeResult(tf.tidy(() => tf.squeeze(tf.slice(v, [0, 1], [1, 1]))));
      } finally {
        v.dispose();
      }
    },
  },
  {
    id: "assign-element",
    group: "acceso",
    concept: "Modificar un elemento de una variable",
    numpy: "v[0, 1] = 99",
    python: "# Modificar un elemento\nv[0, 1].assign(99)",
    tfjs: 'const v = tf.variable(tf.tensor([[1, 2, 3], [4, 5, 6]], [2, 3], "int32"));\nv.assign(tf.tensorScatterUpdate(v, [[0, 1]], tf.tensor([99], [1], "int32")));\nv',
    expected: {
      source: "tensorflow",
      value: [
        [1, 99, 3],
        [4, 5, 6],
      ],
      shape: [2, 3],
      dtype: "int32",
    },
    note: "TensorFlow.js no tiene asignación por elemento. Lo que sí se puede: calcular el tensor nuevo completo con tf.tensorScatterUpdate (el tf.tensor_scatter_nd_update de TensorFlow) y dárselo a la variable con assign. La variable sigue siendo la misma; solo cambian sus datos.",
    run: async () => {
      const v = tf.tidy(() => tf.variable(tf.tensor(V, [2, 3], "int32")));
      tf.tidy(() => v.assign(tf.tensorScatterUpdate(v, [[0, 1]], tf.tensor([99], [1], "int32"))));
      return observeResult(v);
    },
  },
];

/** The lecture's attributes table: each row's "Resultado" as the slide writes it. */
const attributes: LectureExample[] = [
  {
    id: "attr-type",
    group: "atributos",
    concept: "Tipo de objeto",
    numpy: "type(np.array([1,2,3]))",
    python: "type(tf.constant([1,2,3]))",
    tfjs: "const t = tf.tensor([1, 2, 3]);\nt instanceof tf.Tensor",
    expected: {
      source: "clase",
      type: "EagerTensor",
      lecture: "<class 'numpy.ndarray'> / <class 'EagerTensor'>",
    },
    note: "JavaScript no tiene type(): se pregunta con instanceof. TensorFlow.js no tiene EagerTensor porque siempre calcula de inmediato («eager»): todo tensor es un tf.Tensor.",
    run: async () => {
      const t = tf.tensor([1, 2, 3]);
      const isTensor = t instanceof tf.Tensor;
      t.dispose();
      return { value: isTensor, type: "tf.Tensor" };
    },
  },
  {
    id: "attr-dtype",
    group: "atributos",
    concept: "Tipo de dato (dtype)",
    numpy: "np.array([1,2,3]).dtype",
    python: "tf.constant([1,2,3]).dtype",
    tfjs: "tf.tensor([1, 2, 3]).dtype",
    expected: { source: "clase", value: "int32", lecture: "int64 / tf.int32" },
    note: "Tres respuestas distintas para los mismos números: NumPy usa int64, TensorFlow int32 y TensorFlow.js float32, porque en JavaScript todos los números son decimales y tf.tensor no puede saber que querías enteros. TensorFlow.js solo tiene float32, int32, bool, complex64 y string: ni int64 ni float64. Para int32, dilo: la fila siguiente.",
    run: observe(() => tf.tensor([1, 2, 3]).dtype),
  },
  {
    id: "attr-dtype-int32",
    group: "atributos",
    concept: "Tipo de dato pedido explícitamente",
    numpy: "np.array([1,2,3], dtype=np.int32).dtype",
    python: "tf.constant([1,2,3]).dtype",
    tfjs: 'tf.tensor([1, 2, 3], [3], "int32").dtype',
    expected: { source: "clase", value: "int32", lecture: "tf.int32" },
    run: observe(() => tf.tensor([1, 2, 3], [3], "int32").dtype),
  },
  {
    id: "attr-ndim",
    group: "atributos",
    concept: "Número de dimensiones",
    numpy: "np.array([[1,2],[3,4]]).ndim",
    python: "tf.constant([[1,2],[3,4]]).ndim",
    tfjs: "tf.tensor([[1, 2], [3, 4]]).rank",
    expected: { source: "clase", value: 2, lecture: "2" },
    note: "En TensorFlow.js el número de dimensiones se llama rank (rango).",
    run: observe(() => tf.tensor(M12).rank),
  },
  {
    id: "attr-shape",
    group: "atributos",
    concept: "Forma (shape)",
    numpy: "np.array([[1,2],[3,4]]).shape",
    python: "tf.constant([[1,2],[3,4]]).shape",
    tfjs: "tf.tensor([[1, 2], [3, 4]]).shape",
    expected: { source: "clase", value: [2, 2], lecture: "(2, 2)" },
    note: "Python escribe la forma como tupla (2, 2); JavaScript, como arreglo [2, 2].",
    run: observe(() => tf.tensor(M12).shape),
  },
  {
    id: "attr-size",
    group: "atributos",
    concept: "Número total de elementos",
    numpy: "np.array([1,2,3,4]).size",
    python: "tf.size(tf.constant([1,2,3,4])).numpy()",
    tfjs: "tf.tensor([1, 2, 3, 4]).size",
    expected: { source: "clase", value: 4, lecture: "4" },
    note: "En TensorFlow.js size es una propiedad del tensor, como en NumPy.",
    run: observe(() => tf.tensor([1, 2, 3, 4]).size),
  },
  {
    id: "attr-min",
    group: "atributos",
    concept: "Valor mínimo",
    numpy: "np.array([1,2,3]).min()",
    python: "tf.reduce_min(tf.constant([1,2,3])).numpy()",
    tfjs: "tf.min(tf.tensor([1, 2, 3]))",
    expected: { source: "clase", value: 1, lecture: "1" },
    run: observe(() => tf.min(tf.tensor([1, 2, 3]))),
  },
  {
    id: "attr-max",
    group: "atributos",
    concept: "Valor máximo",
    numpy: "np.array([1,2,3]).max()",
    python: "tf.reduce_max(tf.constant([1,2,3])).numpy()",
    tfjs: "tf.max(tf.tensor([1, 2, 3]))",
    expected: { source: "clase", value: 3, lecture: "3" },
    run: observe(() => tf.max(tf.tensor([1, 2, 3]))),
  },
  {
    id: "attr-mean",
    group: "atributos",
    concept: "Promedio",
    numpy: "np.array([1,2,3]).mean()",
    python: "tf.reduce_mean(tf.constant([1,2,3])).numpy()",
    tfjs: "tf.mean(tf.tensor([1, 2, 3]))",
    expected: { source: "tensorflow", value: 2, dtype: "int32", display: "2" },
    note: "La clase escribe 2.0, que es lo que da NumPy (float64). TensorFlow da 2, con dtype int32: tf.reduce_mean de un tensor int32 es otro int32 y trunca (el promedio de [1, 2] sería 1). TensorFlow.js da 2 en float32 (y el promedio de [1, 2], 1.5), como NumPy: el valor coincide, el dtype no.",
    run: observe(() => tf.mean(tf.tensor([1, 2, 3]))),
  },
];

/** The lecture's operations table. */
const operations: LectureExample[] = [
  {
    id: "op-add",
    group: "operaciones",
    concept: "Suma",
    numpy: "np.add([1, 2], [3, 4])",
    python: "tf.add([1, 2], [3, 4])",
    tfjs: "tf.add([1, 2], [3, 4])",
    expected: { source: "clase", value: [4, 6], lecture: "[4, 6]" },
    note: "JavaScript no permite redefinir + ni @ para tensores: en TensorFlow.js siempre se escribe la función (tf.add, tf.matMul).",
    run: observe(() => tf.add([1, 2], [3, 4])),
  },
  {
    id: "op-subtract",
    group: "operaciones",
    concept: "Resta",
    numpy: "np.subtract([5, 7], [2, 3])",
    python: "tf.subtract([5, 7], [2, 3])",
    tfjs: "tf.sub([5, 7], [2, 3])",
    expected: { source: "clase", value: [3, 4], lecture: "[3, 4]" },
    note: "En TensorFlow.js se llama tf.sub.",
    run: observe(() => tf.sub([5, 7], [2, 3])),
  },
  {
    id: "op-multiply",
    group: "operaciones",
    concept: "Multiplicación elemento a elemento",
    numpy: "np.multiply([2, 3], [4, 5])",
    python: "tf.multiply([2, 3], [4, 5])",
    tfjs: "tf.mul([2, 3], [4, 5])",
    expected: { source: "clase", value: [8, 15], lecture: "[8, 15]" },
    note: "En TensorFlow.js se llama tf.mul.",
    run: observe(() => tf.mul([2, 3], [4, 5])),
  },
  {
    id: "op-dot",
    group: "operaciones",
    concept: "Producto punto (vectores)",
    numpy: "np.dot([1, 2], [3, 4])",
    python: "tf.tensordot([1, 2], [3, 4], axes=1)",
    tfjs: "tf.dot([1, 2], [3, 4])",
    expected: { source: "clase", value: 11, lecture: "11" },
    run: observe(() => tf.dot([1, 2], [3, 4])),
  },
  {
    id: "op-matmul",
    group: "operaciones",
    concept: "Producto matricial",
    numpy: "np.matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]])",
    python: "tf.matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]])",
    tfjs: "tf.matMul([[1, 2], [3, 4]], [[5, 6], [7, 8]])",
    expected: {
      source: "clase",
      value: [
        [19, 22],
        [43, 50],
      ],
      lecture: "[[19, 22], [43, 50]]",
    },
    note: "En TensorFlow.js se escribe tf.matMul, con M mayúscula.",
    run: observe(() => tf.matMul(M12, M56)),
  },
  {
    id: "op-transpose",
    group: "operaciones",
    concept: "Transpuesta",
    numpy: "np.transpose([[1, 2], [3, 4]])",
    python: "tf.transpose([[1, 2], [3, 4]])",
    tfjs: "tf.transpose([[1, 2], [3, 4]])",
    expected: {
      source: "clase",
      value: [
        [1, 3],
        [2, 4],
      ],
      lecture: "[[1, 3], [2, 4]]",
    },
    run: observe(() => tf.transpose(M12)),
  },
];

export const lectureExamples: readonly LectureExample[] = [
  ...creation,
  ...interop,
  ...initializers,
  ...access,
  ...attributes,
  ...operations,
];

/** An example with its live result and the comparison with Python. */
export interface ExampleOutcome {
  id: string;
  group: ExampleGroup;
  concept: string;
  numpy: string;
  python: string;
  /** The tfjs code as it ran, seed written in. */
  tfjs: string;
  expected: ExpectedResult;
  observed: ObservedResult;
  comparison: Comparison;
  note?: string;
}

/**
 * Runs examples one after another (never two at once on the GPU) and compares each with Python.
 * Rejects with a Spanish TensorInputError if the seed is not an integer ≥ 0.
 */
export async function runLectureExamples(
  examples: readonly LectureExample[],
  seed: number,
): Promise<ExampleOutcome[]> {
  assertSeed(seed);
  const outcomes: ExampleOutcome[] = [];
  for (const example of examples) {
    const observed = await example.run(seed);
    const { id, group, concept, numpy, python, expected, note } = example;
    outcomes.push({
      id,
      group,
      concept,
      numpy,
      python,
      tfjs: exampleCode(example, seed, { annotate: true }),
      expected,
      observed,
      comparison: compareResult(expected, observed),
      note,
    });
  }
  return outcomes;
}
