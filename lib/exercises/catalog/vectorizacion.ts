/**
 * Vectorization: «vectorizacion.ipynb» exercises 2 and 3 (the nutrition percentages «¿Lo
 * puedes hacer sin un ciclo for explícito?», the vectorized dot product) and the lecture's
 * ufuncs, all checked for explicit loops on the code's syntax tree.
 */
import { formatCount } from "../../format/formatCount.js";
import { LECTURE_DOT } from "../../lecture/lectureRace.js";
import { columnShares } from "../../math/tensors/columnShares.js";
import type { Constraint } from "../constraints.js";
import { expectNumber, expectRecord, expectTensor } from "../expect.js";
import type { ExerciseSection, ExerciseSpec } from "../types.js";

const NO_LOOPS: readonly Constraint[] = [{ kind: "noLoops" }];

/**
 * The lecture's table: the kilocalories that carbohydrates, proteins and fats (rows) give
 * 100 g of apples, beef, eggs and potatoes (columns); each column adds up to the lecture's
 * «Total calorías». The same figures as data/nutricion.csv (test/data/nutricion.test.ts).
 */
export const NUTRITION: readonly (readonly number[])[] = [
  [56.0, 0.0, 4.4, 68.0],
  [1.2, 104.0, 52.0, 8.0],
  [1.8, 135.0, 99.0, 0.9],
];

const tableLiteral = NUTRITION.map((row) => `  [${row.map((x) => x.toFixed(1)).join(", ")}],`).join(
  "\n",
);

/** Each food's total kcal (the lecture's «Total calorías») and the exercise's answer. */
const totals = NUTRITION[0].map((_, j) => NUTRITION.reduce((s, row) => s + row[j], 0));
const shares = columnShares(NUTRITION);
/** The lecture's answer is cut, not rounded, to two decimals: 56.0/59 = 0.949… → 0.94. */
const truncated = (x: number) => (Math.trunc(x * 100) / 100).toFixed(2);

/** Dividing by each row's total instead of each column's: the classic slip. */
const rowShares = NUTRITION.map((row) => {
  const total = row.reduce((s, x) => s + x, 0);
  return row.map((x) => x / total);
});

const nutricion: ExerciseSpec = {
  id: "vect-nutricion",
  version: "1",
  title: "Fracción de las calorías, sin ciclos",
  prompt: `La tabla de la clase da las kilocalorías (kcal) que aportan los carbohidratos, las proteínas y las grasas (filas) a 100 g de manzanas, carne, huevos y papas (columnas): cada columna suma el total de calorías de esa comida. Calcula, para cada comida, qué fracción de sus calorías aporta cada nutriente. Para la manzana: ${NUTRITION[0][0].toFixed(1)} / ${totals[0]} = ${shares[0][0].toFixed(3)} de carbohidratos (la clase escribe ${truncated(shares[0][0])}: corta en dos decimales en vez de redondear a ${shares[0][0].toFixed(2)}).

Devuelve un tensor de forma (${NUTRITION.length}, ${NUTRITION[0].length}) con las fracciones. ¿Lo puedes hacer sin un ciclo \`for\` explícito? (Aquí es obligatorio: se revisa tu código.)`,
  starter: `// kcal en 100 g de cada comida.
// Filas: carbohidratos, proteínas, grasas.
// Columnas: manzanas, carne, huevos, papas.
const A = tf.tensor2d([
${tableLiteral}
]);

// Tu código aquí
return A;
`,
  solution: `const A = tf.tensor2d([
${tableLiteral}
]);
const totales = A.sum(0); // forma (4,): el total de cada columna
return A.div(totales); // (3, 4) / (4,): broadcasting
`,
  hints: [
    "Primero el total de cada comida: la suma de cada columna, es decir, a lo largo del eje 0.",
    "`A.sum(0)` tiene forma (4,). Al dividir `A` (3, 4) entre ella, el broadcasting la repite en las 3 filas.",
    "`return A.div(A.sum(0));`",
  ],
  constraints: NO_LOOPS,
  expected: expectTensor(shares, {
    mistakes: [
      {
        values: rowShares.flat(),
        message:
          "Dividiste entre el total de cada fila (nutriente); se pide el de cada columna (comida): `A.sum(0)`.",
      },
    ],
  }),
};

const N = 100_000;
const u = (i: number) => i / (N - 1);
const v = (i: number) => 1 - i / (N - 1);
let dotUV = 0;
for (let i = 0; i < N; i++) dotUV += u(i) * v(i);

const punto: ExerciseSpec = {
  id: "vect-punto",
  version: "1",
  title: "Producto punto vectorizado",
  prompt: `La clase compara un ciclo \`for\` con \`np.dot(u, v)\` para calcular w = u₁v₁ + u₂v₂ + … + uₙvₙ (¡unas ${Math.round(LECTURE_DOT.loopMs / LECTURE_DOT.dotMs)} veces más rápido!). El código inicial hace la versión con ciclo para n = ${formatCount(N)}.

Reemplázala por una versión vectorizada, sin ciclos explícitos, y devuelve w (un número o un tensor escalar). Imprime cuánto tarda cada una con \`performance.now()\` si quieres comparar.`,
  starter: `const n = 100000;
const u = tf.range(0, n).div(n - 1); // de 0 a 1
const v = tf.sub(1, u); // de 1 a 0

// Versión con ciclo for, como en la clase. ¿Puedes quitar el ciclo?
const uData = await u.data();
const vData = await v.data();
let w = 0;
for (let i = 0; i < n; i++) {
  w += uData[i] * vData[i];
}
return w;
`,
  solution: `const n = 100000;
const u = tf.range(0, n).div(n - 1); // de 0 a 1
const v = tf.sub(1, u); // de 1 a 0

const inicio = performance.now();
const w = tf.dot(u, v);
console.log("versión vectorizada:", (performance.now() - inicio).toFixed(2), "ms");
return w;
`,
  hints: [
    "El producto punto es «multiplica elemento a elemento y suma todo».",
    `\`tf.mul(u, v)\` multiplica los ${formatCount(N)} pares a la vez; \`tf.sum\` los suma.`,
    "`return tf.dot(u, v);` (o `tf.sum(tf.mul(u, v))`).",
  ],
  constraints: NO_LOOPS,
  expected: expectNumber(dotUV),
};

const V = [-2, -0.5, 0.25, 1, 4];

const ufuncs: ExerciseSpec = {
  id: "vect-ufuncs",
  version: "1",
  title: "Funciones universales (ufuncs)",
  prompt: `La moraleja de la clase: casi todas las ufuncs operan sobre el tensor completo, sin ciclos. Con \`v = tf.tensor1d([${V.join(", ")}])\`, devuelve \`{ logAbs, relu, cuadrado, inverso }\` con log(|v|), max(v, 0), v² y 1/v, elemento a elemento (en NumPy: \`np.log(np.abs(v))\`, \`np.maximum(v, 0)\`, \`v ** 2\` y \`1 / v\`).`,
  starter: `const v = tf.tensor1d([${V.join(", ")}]);
return {
  logAbs: v,
  relu: v,
  cuadrado: v,
  inverso: v,
};
`,
  solution: `const v = tf.tensor1d([${V.join(", ")}]);
return {
  logAbs: tf.log(tf.abs(v)),
  relu: tf.maximum(v, 0),
  cuadrado: tf.square(v),
  inverso: tf.reciprocal(v), // o tf.div(1, v)
};
`,
  hints: [
    "Cada ufunc de NumPy tiene su función en tf: `np.log` → `tf.log`, `np.abs` → `tf.abs`, `np.maximum` → `tf.maximum`.",
    "`v ** 2` es `tf.square(v)` (o `tf.pow(v, 2)`); `1 / v` es `tf.reciprocal(v)` (o `tf.div(1, v)`).",
    "El logaritmo de un negativo no existe: primero el valor absoluto, `tf.log(tf.abs(v))`.",
  ],
  constraints: NO_LOOPS,
  expected: expectRecord({
    logAbs: expectTensor(
      V.map((x) => Math.log(Math.abs(x))),
      {
        mistakes: [
          {
            values: V.map(Math.log),
            message:
              "El logaritmo de un número negativo es NaN: aplica `tf.abs` antes de `tf.log`.",
          },
        ],
      },
    ),
    relu: expectTensor(V.map((x) => Math.max(x, 0))),
    cuadrado: expectTensor(V.map((x) => x * x)),
    inverso: expectTensor(V.map((x) => 1 / x)),
  }),
};

export const vectorizacionSection: ExerciseSection = {
  id: "vectorizacion",
  title: "Vectorización",
  exercises: [nutricion, punto, ufuncs],
};
