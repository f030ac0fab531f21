/**
 * Broadcasting: predict result shapes by the lecture's rules, make the lecture's incompatible
 * pair compatible with reshape, and centre a table's columns (the everyday use of it).
 */
import { broadcastShapes, explainBroadcast, type Shape } from "../../math/tensors/broadcast.js";
import { formatShape } from "../../format/formatShape.js";
import type { Constraint } from "../constraints.js";
import { expectTensor } from "../expect.js";
import { randomInt, randomNumbers, tensorArg, tensorInput } from "../inputs.js";
import { formatValue } from "../formatValue.js";
import type { ExerciseSection, ExerciseSpec } from "../types.js";
import type { Value } from "../value.js";

/** The pairs whose broadcast shape the student predicts. */
export const SHAPE_PAIRS: readonly (readonly [Shape, Shape])[] = [
  [[2, 3], [3]],
  [
    [2, 3],
    [2, 1],
  ],
  [[2, 3], [2]],
  [
    [8, 1, 6, 1],
    [7, 1, 5],
  ],
  [
    [4, 1],
    [1, 3],
  ],
  [
    [3, 4],
    [4, 3],
  ],
];

/** The broadcast shape of a pair, or null when the shapes are incompatible. */
function broadcastOrNull(a: Shape, b: Shape): number[] | null {
  try {
    return broadcastShapes(a, b);
  } catch {
    return null;
  }
}

const pairLabel = (i: number) => {
  const [a, b] = SHAPE_PAIRS[i];
  return `par ${i + 1}, ${formatShape(a)} con ${formatShape(b)}`;
};

/** Reads an answer: a shape (array of integers ≥ 0), null, or why it is neither. */
function readAnswer(v: Value): number[] | null | string {
  if (v.kind === "null") return null;
  if (
    v.kind === "array" &&
    v.items.every((x) => x.kind === "number" && Number.isInteger(x.value) && x.value >= 0)
  ) {
    return v.items.map((x) => (x as { value: number }).value);
  }
  return `debe ser una forma como [2, 3] o null, pero es ${formatValue(v)}`;
}

/**
 * Explains a wrong prediction without giving the answer away: which axis (counted from the
 * right, as in the lecture) to look at again, and its two sizes.
 */
export function checkShapePredictions(value: Value): string | null {
  if (value.kind !== "array" || value.length !== SHAPE_PAIRS.length) {
    return `Devuelve una lista con ${SHAPE_PAIRS.length} respuestas, una por par, en el orden del enunciado.`;
  }
  for (let i = 0; i < SHAPE_PAIRS.length; i++) {
    const [a, b] = SHAPE_PAIRS[i];
    const answer = readAnswer(value.items[i]);
    const label = pairLabel(i);
    if (typeof answer === "string") return `La respuesta del ${label} ${answer}.`;
    const expected = broadcastOrNull(a, b);
    if (answer === null && expected === null) continue;
    if (answer !== null && expected !== null && answer.join() === expected.join()) continue;
    const explanation = explainBroadcast(a, b);
    if (answer === null) {
      return (
        `Tu respuesta del ${label} es null, pero esas formas sí se pueden combinar: revísalas ` +
        "eje por eje, de derecha a izquierda; en cada eje los tamaños deben ser iguales o uno de ellos 1."
      );
    }
    if (expected === null) {
      const bad = explanation.axes.find((step) => step.verdict === "incompatible")!;
      return (
        `Tu respuesta del ${label} es [${answer.join(", ")}], pero no es correcta. Revisa el eje ` +
        `${bad.axis}: ¿los tamaños ${bad.sizeA} y ${bad.sizeB} son iguales, o alguno es 1?`
      );
    }
    if (answer.length !== expected.length) {
      return (
        `Tu respuesta del ${label} tiene ${answer.length} ejes, pero el resultado tiene tantos ejes ` +
        "como la forma más larga (la más corta se rellena con 1 a la izquierda)."
      );
    }
    const axis =
      -1 - [...answer].reverse().findIndex((d, k) => d !== expected[expected.length - 1 - k]);
    const step = explanation.axes[-axis - 1];
    return (
      `Tu respuesta del ${label} es [${answer.join(", ")}], pero no es correcta. Revisa el eje ` +
      `${axis}, donde los tamaños son ${step.sizeA} y ${step.sizeB}${step.padA || step.padB ? " (uno de ellos es un 1 de relleno)" : ""}.`
    );
  }
  return null;
}

const formas: ExerciseSpec = {
  id: "bc-formas",
  version: "1",
  title: "Predice la forma resultante",
  prompt: `Sin ejecutar las operaciones, aplica las reglas de broadcasting de la clase (alinear las formas por la derecha, rellenar la más corta con 1 a la izquierda, y en cada eje los tamaños deben ser iguales o uno de ellos 1) y devuelve una lista con la forma que resulta de combinar cada par, o \`null\` si no se pueden combinar:

${SHAPE_PAIRS.map(([a, b], i) => `- par ${i + 1}: ${formatShape(a)} y ${formatShape(b)}`).join("\n")}`,
  starter: `// Una respuesta por par: la forma resultante como arreglo, por ejemplo [2, 3],
// o null si las formas no se pueden combinar.
return [
${SHAPE_PAIRS.map(([a, b]) => `  [], // ${formatShape(a)} y ${formatShape(b)}`).join("\n")}
];
`,
  hints: [
    "Escribe las dos formas una debajo de la otra, alineadas a la derecha, y rellena con 1 a la izquierda la más corta: (3,) → (1, 3).",
    "En cada eje, el resultado toma el tamaño que no es 1; si los dos son distintos y ninguno es 1, el par no se puede combinar (null).",
    "(8, 1, 6, 1) y (7, 1, 5): alinea (8, 1, 6, 1) con (1, 7, 1, 5) y elige eje por eje.",
  ],
  check: (value) => checkShapePredictions(value),
};

const V = [1, 2, 3, 4, 5, 6];
const U = [10, 20];

const reshape: ExerciseSpec = {
  id: "bc-reshape",
  version: "2",
  title: "Hazlos compatibles con reshape",
  prompt: `En la clase, \`v\` de forma (2, 3) más \`u = [10, 20]\` de forma (2,) no se puede: alineadas por la derecha, 3 y 2 no son iguales ni 1. \`u\` y \`v\` ya están definidos (en la clase, \`v = [[1, 2, 3], [4, 5, 6]]\`; «Comprobar» cambia sus valores): ejecuta el código inicial para ver el error.

Usa \`reshape\` para que \`u\` tenga forma (2, 1) y devuelve \`u + v\`, de forma (2, 3): cada fila de \`v\` más su número de \`u\`.`,
  inputs: {
    lecture: { v: tensorInput(V, [2, 3]), u: tensorInput(U) },
    fresh: (random) => ({
      v: tensorInput(
        Array.from({ length: 6 }, () => randomInt(random, -9, 9)),
        [2, 3],
      ),
      u: tensorInput([randomInt(random, 1, 5) * 10, randomInt(random, 6, 9) * 10]),
    }),
  },
  starter: `// v (forma (2, 3)) y u (forma (2,)) ya están definidos.
return tf.add(u, v);
`,
  hints: [
    "Con forma (2, 1), `u` es una columna: en el eje −1 tiene tamaño 1 y se repite a lo largo de las 3 columnas.",
    "`u.reshape([2, 1])` (o `tf.reshape(u, [2, 1])`).",
  ],
  constraints: [
    {
      kind: "requireCall",
      calls: [".reshape"],
      message:
        "Este ejercicio pide usar `reshape` para cambiar la forma de `u`, por ejemplo `u.reshape([2, 1])`.",
    },
  ],
  expected: (inputs) => {
    const v = tensorArg(inputs, "v").values;
    const u = tensorArg(inputs, "u").values;
    return expectTensor([0, 1].map((i) => [0, 1, 2].map((j) => v[3 * i + j] + u[i])));
  },
};

/** Four samples (rows) of three features (columns) on very different scales. */
export const SAMPLES = [
  [1, 10, 100],
  [2, 20, 200],
  [3, 30, 300],
  [6, 40, 400],
];

const centrar: ExerciseSpec = {
  id: "bc-centrar",
  version: "2",
  title: "Centra las columnas",
  prompt: `Antes de entrenar una red se suele centrar cada característica (columna) restándole su promedio. La matriz \`X\` ya está definida: en la clase, de forma (4, 3), 4 muestras de 3 características («Comprobar» la cambia por otras, con más muestras). Devuelve \`X\` menos el promedio de cada columna, sin ciclos explícitos: el broadcasting de (4, 3) con (3,) hace el trabajo.`,
  inputs: {
    lecture: { X: tensorInput(SAMPLES.flat(), [4, 3]) },
    fresh: (random) => {
      const samples = randomInt(random, 40, 80);
      const values = Array.from({ length: samples }, () => [
        ...randomNumbers(random, 1, 0, 10),
        ...randomNumbers(random, 1, 0, 100),
        ...randomNumbers(random, 1, 0, 1000),
      ]).flat();
      return { X: tensorInput(values, [samples, 3]) };
    },
  },
  starter: `// X ya está definida: una fila por muestra, una columna por característica.
return X;
`,
  hints: [
    "El promedio de cada columna se toma a lo largo del eje 0 (el de las filas).",
    "`X.mean(0)` tiene forma (3,); restarlo de `X` (4, 3) lo repite en las 4 filas.",
  ],
  constraints: [{ kind: "noLoops" }] satisfies Constraint[],
  expected: (inputs) => {
    const X = tensorArg(inputs, "X");
    const [samples, features] = X.shape;
    const row = (i: number) => X.values.slice(i * features, (i + 1) * features);
    const means = Array.from(
      { length: features },
      (_, j) => X.values.filter((_, k) => k % features === j).reduce((s, x) => s + x, 0) / samples,
    );
    const globalMean = X.values.reduce((s, x) => s + x, 0) / X.values.length;
    return expectTensor(
      Array.from({ length: samples }, (_, i) => row(i).map((x, j) => x - means[j])),
      {
        tolerance: { rtol: 1e-4, atol: 1e-3 },
        mistakes: [
          {
            values: X.values.map((x) => x - globalMean),
            message:
              "Restaste el promedio de todo el tensor; se pide el de cada columna: `X.mean(0)`.",
          },
        ],
      },
    );
  },
};

export const broadcastingSection: ExerciseSection = {
  id: "broadcasting",
  title: "Broadcasting",
  exercises: [formas, reshape, centrar],
};
