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
import {
  float32Values,
  nestedValues,
  randomInt,
  randomNumber,
  randomNumbers,
  tensorArg,
  tensorInput,
} from "../inputs.js";
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

/** Each food's total kcal (the lecture's «Total calorías») and the exercise's answer. */
const totals = NUTRITION[0].map((_, j) => NUTRITION.reduce((s, row) => s + row[j], 0));
const shares = columnShares(NUTRITION);
/** The lecture's answer is cut, not rounded, to two decimals: 56.0/59 = 0.949… → 0.94. */
const truncated = (x: number) => (Math.trunc(x * 100) / 100).toFixed(2);

/** Dividing by each row's total instead of each column's: the classic slip. */
const rowShares = (matrix: readonly (readonly number[])[]) =>
  matrix.map((row) => {
    const total = row.reduce((s, x) => s + x, 0);
    return row.map((x) => x / total);
  });

const nutricion: ExerciseSpec = {
  id: "vect-nutricion",
  version: "2",
  title: "Fracción de las calorías, sin ciclos",
  prompt: `La tabla \`A\` de la clase da las kilocalorías (kcal) que aportan los carbohidratos, las proteínas y las grasas (filas) a 100 g de manzanas, carne, huevos y papas (columnas): cada columna suma el total de calorías de esa comida. Calcula, para cada comida, qué fracción de sus calorías aporta cada nutriente. Para la manzana: ${NUTRITION[0][0].toFixed(1)} / ${totals[0]} = ${shares[0][0].toFixed(3)} de carbohidratos (la clase escribe ${truncated(shares[0][0])}: corta en dos decimales en vez de redondear a ${shares[0][0].toFixed(2)}).

Devuelve un tensor de la forma de \`A\`, (${NUTRITION.length}, ${NUTRITION[0].length}), con las fracciones. ¿Lo puedes hacer sin un ciclo \`for\` explícito? (Aquí es obligatorio: se revisa tu código, y «Comprobar» lo prueba también con tablas de más comidas.)`,
  inputs: {
    lecture: { A: tensorInput(NUTRITION.flat(), [3, 4]) },
    fresh: (random) => {
      const foods = randomInt(random, 40, 80);
      return { A: tensorInput(randomNumbers(random, 3 * foods, 0.5, 150, 1), [3, foods]) };
    },
  },
  starter: `// A ya está definida: kcal en 100 g de cada comida.
// Filas: carbohidratos, proteínas, grasas. Columnas: manzanas, carne, huevos, papas.

// Tu código aquí
return A;
`,
  hints: [
    "Primero el total de cada comida: la suma de cada columna, es decir, a lo largo del eje 0.",
    "`A.sum(0)` tiene forma (4,). Al dividir `A` (3, 4) entre ella, el broadcasting la repite en las 3 filas.",
    "`return A.div(A.sum(0));`",
  ],
  constraints: NO_LOOPS,
  expected: (inputs) => {
    const table = nestedValues(tensorArg(inputs, "A")) as number[][];
    return expectTensor(columnShares(table), {
      mistakes: [
        {
          values: rowShares(table).flat(),
          message:
            "Dividiste entre el total de cada fila (nutriente); se pide el de cada columna (comida): `A.sum(0)`.",
        },
      ],
    });
  },
};

const N = 100_000;

/** u from 0 to 1 and v from 1 to 0, n values each: the lecture's vectors. */
const lectureVectors = (n: number) => ({
  u: tensorInput(Array.from({ length: n }, (_, i) => i / (n - 1))),
  v: tensorInput(Array.from({ length: n }, (_, i) => 1 - i / (n - 1))),
});

const punto: ExerciseSpec = {
  id: "vect-punto",
  version: "2",
  title: "Producto punto vectorizado",
  prompt: `La clase compara un ciclo \`for\` con \`np.dot(u, v)\` para calcular w = u₁v₁ + u₂v₂ + … + uₙvₙ (¡unas ${Math.round(LECTURE_DOT.loopMs / LECTURE_DOT.dotMs)} veces más rápido!). Los vectores \`u\` y \`v\` ya están definidos: en la clase, n = ${formatCount(N)} valores, u de 0 a 1 y v de 1 a 0 («Comprobar» los cambia por otros, de otro largo). El código inicial hace la versión con ciclo.

Reemplázala por una versión vectorizada, sin ciclos explícitos, y devuelve w (un número o un tensor escalar). Imprime cuánto tarda cada una con \`performance.now()\` si quieres comparar.`,
  inputs: {
    lecture: lectureVectors(N),
    fresh: (random) => {
      const n = randomInt(random, 40_000, N);
      return {
        u: tensorInput(randomNumbers(random, n, 0, 1, 3)),
        v: tensorInput(randomNumbers(random, n, 0, 1, 3)),
      };
    },
  },
  starter: `// u y v ya están definidos: tensores de n valores (en la clase, n = ${formatCount(N)}).
// Versión con ciclo for, como en la clase. ¿Puedes quitar el ciclo?
const uData = await u.data();
const vData = await v.data();
let w = 0;
for (let i = 0; i < uData.length; i++) {
  w += uData[i] * vData[i];
}
return w;
`,
  hints: [
    "El producto punto es «multiplica elemento a elemento y suma todo».",
    "`tf.mul(u, v)` multiplica los n pares a la vez; `tf.sum` los suma.",
    "`return tf.dot(u, v);` (o `tf.sum(tf.mul(u, v))`).",
  ],
  constraints: NO_LOOPS,
  expected: (inputs) => {
    const u = float32Values(tensorArg(inputs, "u"));
    const v = float32Values(tensorArg(inputs, "v"));
    return expectNumber(u.reduce((s, x, i) => s + x * v[i], 0));
  },
};

const V = [-2, -0.5, 0.25, 1, 4];

const ufuncs: ExerciseSpec = {
  id: "vect-ufuncs",
  version: "2",
  title: "Funciones universales (ufuncs)",
  prompt: `La moraleja de la clase: casi todas las ufuncs operan sobre el tensor completo, sin ciclos. El tensor \`v\` ya está definido (en la clase, \`tf.tensor1d([${V.join(", ")}])\`; «Comprobar» lo cambia por otros, más largos). Devuelve \`{ logAbs, relu, cuadrado, inverso }\` con log(|v|), max(v, 0), v² y 1/v, elemento a elemento (en NumPy: \`np.log(np.abs(v))\`, \`np.maximum(v, 0)\`, \`v ** 2\` y \`1 / v\`).`,
  inputs: {
    lecture: { v: tensorInput(V) },
    fresh: (random) => {
      const n = randomInt(random, 40, 80);
      const values = Array.from({ length: n }, () => {
        const magnitude = randomNumber(random, 0.1, 5);
        return random() < 0.5 ? -magnitude : magnitude;
      });
      return { v: tensorInput(values) };
    },
  },
  starter: `// v ya está definido: en la clase, tf.tensor1d([${V.join(", ")}]).
return {
  logAbs: v,
  relu: v,
  cuadrado: v,
  inverso: v,
};
`,
  hints: [
    "Cada ufunc de NumPy tiene su función en tf: `np.log` → `tf.log`, `np.abs` → `tf.abs`, `np.maximum` → `tf.maximum`.",
    "`v ** 2` es `tf.square(v)` (o `tf.pow(v, 2)`); `1 / v` es `tf.reciprocal(v)` (o `tf.div(1, v)`).",
    "El logaritmo de un negativo no existe: primero el valor absoluto, `tf.log(tf.abs(v))`.",
  ],
  constraints: NO_LOOPS,
  expected: (inputs) => {
    const v = float32Values(tensorArg(inputs, "v"));
    return expectRecord({
      logAbs: expectTensor(
        v.map((x) => Math.log(Math.abs(x))),
        {
          mistakes: [
            {
              values: v.map(Math.log),
              message:
                "El logaritmo de un número negativo es NaN: aplica `tf.abs` antes de `tf.log`.",
            },
          ],
        },
      ),
      relu: expectTensor(v.map((x) => Math.max(x, 0))),
      cuadrado: expectTensor(v.map((x) => x * x)),
      inverso: expectTensor(v.map((x) => 1 / x)),
    });
  },
};

export const vectorizacionSection: ExerciseSection = {
  id: "vectorizacion",
  title: "Vectorización",
  exercises: [nutricion, punto, ufuncs],
};
