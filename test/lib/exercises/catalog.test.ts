import { describe, expect, test } from "vitest";
import {
  allExercises,
  exerciseById,
  exerciseSections,
} from "../../../lib/exercises/catalog/index.js";
import { grade, type Verdict } from "../../../lib/exercises/grade.js";
import { EXERCISE_ID } from "../../../lib/exercises/savedWork.js";
import type { ExerciseSpec } from "../../../lib/exercises/types.js";
import { run } from "./sandbox.js";

async function check(exercise: ExerciseSpec, code: string): Promise<Verdict> {
  return grade(exercise, await run(code, { constraints: exercise.constraints }));
}

/** A typical wrong answer for each exercise and a fragment of the message it must get. */
const WRONG: Record<string, { code: string; status?: "fail" | "error"; message: string }[]> = {
  "tensor-crear": [
    {
      code: "return tf.tensor([[[1, 2], [3, 4], [5, 6]], [[7, 8], [9, 10], [11, 12]]]);",
      message: "El tipo de dato (dtype) de tu tensor es float32, pero se esperaba int32.",
    },
    {
      code: 'return tf.range(1, 13, 1, "int32").reshape([3, 2, 2]);',
      message: "La forma de tu tensor es [3, 2, 2], pero se esperaba [2, 3, 2].",
    },
  ],
  "tensor-inicializar": [
    {
      code: "return { ceros: tf.zeros([2, 3]), unos: tf.ones([2, 3, 4]), cincos: tf.fill([2, 3], 5), pares: tf.range(0, 10) };",
      message: "En «pares»: la forma de tu tensor es [10], pero se esperaba [5].",
    },
    { code: "return { ceros: tf.zeros([2, 3]) };", message: "Falta la propiedad «unos»" },
  ],
  "tensor-atributos": [
    {
      code: `const a = tf.reshape(tf.range(0, 24), [2, 3, 4]);
return { ndim: a.rank, forma: a.shape, tamano: a.shape.length, minimo: a.min(), maximo: a.max(), promedio: a.mean() };`,
      message:
        "En «tamano»: tu resultado es 3, que no es el valor esperado. Ese es el número de ejes",
    },
  ],
  "tensor-indexar": [
    {
      code: `const a = tf.reshape(tf.range(0, 24), [2, 3, 4]);
return { fila: a.slice([0, 1, 0], [1, 1, 4]), ultimo: tf.gather(a, 1) };`,
      message:
        "En «fila»: la forma de tu tensor es [1, 1, 4], pero se esperaba [4] (sobran o faltan ejes de tamaño 1",
    },
  ],
  "tensor-rebanadas": [
    {
      code: `const m = tf.reshape(tf.range(0, 12), [3, 4]);
return { filas: tf.gather(m, [0, 2], 1), saltos: tf.stridedSlice(m, [0, 0], [3, 4], [1, 2]) };`,
      message: "En «filas»: la forma de tu tensor es [3, 2], pero se esperaba [2, 4].",
    },
  ],
  "tensor-operaciones": [
    {
      code: `const A = tf.tensor2d([[1, 2], [3, 4]]);
const B = tf.tensor2d([[5, 6], [7, 8]]);
return { suma: A.add(B), producto: A.mul(B), punto: tf.dot([1, 2], [3, 4]), matricial: A.mul(B), transpuesta: A.transpose() };`,
      message:
        "En «matricial»: el valor en el índice [0, 0] es 5, pero se esperaba 19 (y 3 valores más también difieren). Ese es el producto elemento a elemento",
    },
  ],
  "vect-nutricion": [
    {
      code: `const A = tf.tensor2d([[56, 0, 4.4, 68], [1.2, 104, 52, 8], [1.8, 135, 99, 0.9]]);
const data = A.arraySync();
const out = [[], [], []];
for (let j = 0; j < 4; j++) {
  const total = data[0][j] + data[1][j] + data[2][j];
  for (let i = 0; i < 3; i++) out[i][j] = data[i][j] / total;
}
return tf.tensor2d(out);`,
      message: "Línea 4: usas un ciclo `for`. Este ejercicio pide resolverlo sin ciclos explícitos",
    },
    {
      code: `const A = tf.tensor2d([[56, 0, 4.4, 68], [1.2, 104, 52, 8], [1.8, 135, 99, 0.9]]);
return A.div(A.sum(1, true));`,
      message: "Dividiste entre el total de cada fila (nutriente)",
    },
  ],
  "vect-punto": [
    {
      code: exerciseById("vect-punto").starter,
      message: "Línea 9: usas un ciclo `for`.",
    },
    {
      code: "const n = 100000;\nconst u = tf.range(0, n).div(n - 1);\nreturn tf.mul(u, tf.sub(1, u));",
      message:
        "Se esperaba un número (o un tensor escalar), pero tu código devolvió un tensor de forma [100000]: ¿te faltó reducirlo",
    },
  ],
  "vect-ufuncs": [
    {
      code: `const v = tf.tensor1d([-2, -0.5, 0.25, 1, 4]);
return { logAbs: tf.log(v), relu: tf.relu(v), cuadrado: v.square(), inverso: tf.reciprocal(v) };`,
      message:
        "En «logAbs»: el valor en el índice [0] es NaN, pero se esperaba 0.693147 (y 1 valor más también difiere). El logaritmo de un número negativo es NaN",
    },
  ],
  "bc-formas": [
    {
      code: "return [[2, 3], [2, 3], null, [8, 7, 6, 1], [4, 3], null];",
      message:
        "Tu respuesta del par 4, (8,1,6,1) con (7,1,5) es [8, 7, 6, 1], pero no es correcta. Revisa el eje -1",
    },
    {
      code: "return [null, [2, 3], null, [8, 7, 6, 5], [4, 3], null];",
      message:
        "Tu respuesta del par 1, (2,3) con (3,) es null, pero esas formas sí se pueden combinar",
    },
    {
      code: "return [[2, 3], [2, 3], [2, 3], [8, 7, 6, 5], [4, 3], null];",
      message: "Revisa el eje -1: ¿los tamaños 3 y 2 son iguales, o alguno es 1?",
    },
    {
      code: exerciseById("bc-formas").starter,
      message: "Tu respuesta del par 1, (2,3) con (3,) tiene 0 ejes",
    },
  ],
  "bc-reshape": [
    {
      code: exerciseById("bc-reshape").starter,
      status: "error",
      message:
        "no se pueden combinar (broadcast) las formas (2,) (2,3): en el eje -1 los tamaños 2 y 3 no son iguales ni 1",
    },
    {
      code: "return tf.add(tf.tensor2d([[10], [20]]), tf.tensor2d([[1, 2, 3], [4, 5, 6]]));",
      message: "Este ejercicio pide usar `reshape`",
    },
    {
      code: "return tf.tensor1d([10, 20]).reshape([2, 1]);",
      message: "La forma de tu tensor es [2, 1], pero se esperaba [2, 3].",
    },
  ],
  "bc-centrar": [
    {
      code: "const X = tf.tensor2d([[1, 10, 100], [2, 20, 200], [3, 30, 300], [6, 40, 400]]);\nreturn X.sub(X.mean());",
      message: "Restaste el promedio de todo el tensor",
    },
    {
      code: "const X = tf.tensor2d([[1, 10, 100], [2, 20, 200], [3, 30, 300], [6, 40, 400]]);\nreturn X.sub(X.mean(1));",
      status: "error",
      message: "no se pueden combinar (broadcast) las formas (4,3) (4,)",
    },
  ],
  "der-ej1": [
    {
      code: "const f = (x) => x.square().mul(3).sub(x.mul(7)).add(1).pow(5);\nconst dydx = tf.grad(f);\nreturn f(tf.scalar(2));",
      message: "Ese es el valor de y en x = 2, no su derivada",
    },
    {
      code: "const x = 2;\nreturn 5 * (3 * x * x - 7 * x + 1) ** 4 * (6 * x - 7);",
      message: "usa `tf.grad(f)`",
    },
  ],
  "der-ej2": [
    {
      code: exerciseById("der-ej2").starter,
      message: "Tu resultado es 5, que no es el valor esperado (tolerancia: relativa 1e-3).",
    },
  ],
  "der-ej3": [
    {
      code: "tf.grad((x) => x.mul(8).sub(7).pow(-5));\nreturn -1.657;",
      message: "Ese es el número que escribe la clase",
    },
  ],
  "der-ej4": [
    {
      code: "const f = (x) => x.square().mul(3).add(1).pow(4).cos();\nreturn tf.grad(f)(tf.scalar(1));",
      message: "que no es el valor esperado",
    },
  ],
  "prob-bayes-consultorio": [
    {
      code: "return 0.4 * 0.3;",
      message: "Eso es P(H ∩ F) = P(H) · P(F | H): falta dividir entre P(F).",
    },
    { code: "return (0.25 * 0.3) / 0.4;", message: "Intercambiaste P(H) y P(F)" },
  ],
  "prob-bayes-prueba": [
    {
      code: "const pTP = 0.9 * 0.02;\nreturn { pTP, pEdadoTP: (0.02 * 0.9) / pTP };",
      message:
        "En «pTP»: tu resultado es 0.018, que no es el valor esperado. Te faltan los falsos positivos",
    },
  ],
  "info-entropia-dado": [
    {
      code: "const p = tf.fill([6], 1 / 6);\nreturn p.mul(tf.log(p)).sum().neg();",
      message: "Ese valor está en nats",
    },
  ],
  "info-entropia-moneda": [
    {
      code: exerciseById("info-entropia-moneda").starter,
      message: "En «siempreCara»: tu resultado es NaN (no es un número): Es el término 0 · log 0",
    },
  ],
  "info-kl": [
    {
      code: `const P = tf.tensor1d([0.1, 0.4, 0.5]);
const Q = tf.tensor1d([0.8, 0.15, 0.05]);
const kl = (p, q) => p.mul(tf.log(p.div(q)).div(Math.LN2)).sum();
return { pq: kl(Q, P), qp: kl(P, Q) };`,
      message: "En «pq»: tu resultado es",
    },
  ],
};

describe("the catalog", () => {
  test("has at least 14 exercises over the five sections, each with hints and a prompt", () => {
    expect(exerciseSections.map((s) => s.id)).toEqual([
      "tensores",
      "vectorizacion",
      "broadcasting",
      "derivadas",
      "probabilidad",
    ]);
    expect(allExercises.length).toBeGreaterThanOrEqual(14);
    for (const section of exerciseSections) expect(section.exercises.length).toBeGreaterThan(0);
    for (const exercise of allExercises) {
      expect(exercise.id).toMatch(EXERCISE_ID);
      expect(exercise.hints.length, exercise.id).toBeGreaterThanOrEqual(2);
      expect(exercise.prompt.length, exercise.id).toBeGreaterThan(40);
      expect(exercise.version, exercise.id).not.toBe("");
      expect(exercise.expected ?? exercise.check, exercise.id).toBeDefined();
    }
  });

  test("ids are unique", () => {
    const ids = allExercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("every exercise has at least one typical wrong answer under test", () => {
    expect(Object.keys(WRONG).sort()).toEqual(allExercises.map((e) => e.id).sort());
  });

  test("exerciseById finds an exercise and names a missing id", () => {
    expect(exerciseById("info-kl").title).toMatch(/KL/);
    expect(() => exerciseById("nada")).toThrow("«nada»");
  });
});

describe.each(allExercises.map((e) => [e.id, e] as const))("%s", (_, exercise) => {
  test("its reference solution passes", async () => {
    const verdict = await check(exercise, exercise.solution);
    expect(verdict).toEqual({ status: "pass", message: expect.stringMatching(/^¡Correcto!/) });
  });

  test("its starter code does not pass", async () => {
    expect((await check(exercise, exercise.starter)).status).not.toBe("pass");
  });

  test.each(WRONG[exercise.id].map((w) => [w.message, w] as const))(
    "a typical wrong answer gets «%s»",
    async (_message, wrong) => {
      const verdict = await check(exercise, wrong.code);
      expect(verdict.status).toBe(wrong.status ?? "fail");
      expect(verdict.message).toContain(wrong.message);
    },
  );
});
