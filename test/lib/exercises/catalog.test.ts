import { describe, expect, test } from "vitest";
import {
  allExercises,
  exerciseById,
  exerciseSections,
} from "../../../lib/exercises/catalog/index.js";
import { solutions } from "../../../lib/exercises/catalog/solutions.js";
import { EXERCISE_ID } from "../../../lib/exercises/savedWork.js";
import type { Value } from "../../../lib/exercises/value.js";
import { check, run } from "./sandbox.js";

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
      code: "return { ndim: a.rank, forma: a.shape, tamano: a.shape.length, minimo: a.min(), maximo: a.max(), promedio: a.mean() };",
      message:
        "En «tamano»: tu resultado es 3, que no es el valor esperado. Ese es el número de ejes",
    },
  ],
  "tensor-indexar": [
    {
      code: "return { fila: a.slice([0, 1, 0], [1, 1, 4]), ultimo: tf.gather(a, 1) };",
      message:
        "En «fila»: la forma de tu tensor es [1, 1, 4], pero se esperaba [4] (sobran o faltan ejes de tamaño 1",
    },
  ],
  "tensor-rebanadas": [
    {
      code: "return { filas: tf.gather(m, [0, 2], 1), saltos: tf.stridedSlice(m, [0, 0], [3, 4], [1, 2]) };",
      message: "En «filas»: la forma de tu tensor es [3, 2], pero se esperaba [2, 4].",
    },
  ],
  "tensor-operaciones": [
    {
      code: "return { suma: A.add(B), producto: A.mul(B), punto: tf.dot(u, v), matricial: A.mul(B), transpuesta: A.transpose() };",
      message:
        "En «matricial»: el valor en el índice [0, 0] es 5, pero se esperaba 19 (y 3 valores más también difieren). Ese es el producto elemento a elemento",
    },
  ],
  "vect-nutricion": [
    {
      code: `const data = A.arraySync();
const out = [[], [], []];
for (let j = 0; j < 4; j++) {
  const total = data[0][j] + data[1][j] + data[2][j];
  for (let i = 0; i < 3; i++) out[i][j] = data[i][j] / total;
}
return tf.tensor2d(out);`,
      message: "Línea 3: usas un ciclo `for`. Este ejercicio pide resolverlo sin ciclos explícitos",
    },
    {
      code: "return A.div(A.sum(1, true));",
      message: "Dividiste entre el total de cada fila (nutriente)",
    },
  ],
  "vect-punto": [
    {
      code: exerciseById("vect-punto").starter,
      message: "Línea 6: usas un ciclo `for`.",
    },
    {
      code: "return tf.mul(u, v);",
      message:
        "Se esperaba un número (o un tensor escalar), pero tu código devolvió un tensor de forma [100000]: ¿te faltó reducirlo",
    },
  ],
  "vect-ufuncs": [
    {
      code: "return { logAbs: tf.log(v), relu: tf.relu(v), cuadrado: v.square(), inverso: tf.reciprocal(v) };",
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
      code: "return tf.add(tf.tensor2d([[10], [20]]), v);",
      message: "Este ejercicio pide usar `reshape`",
    },
    {
      // «reshape» is written but nothing is reshaped (issue 25).
      code: "[].reshape?.();\nreturn tf.add(tf.tensor2d([[10], [20]]), v);",
      message:
        "Este ejercicio pide usar `reshape` para cambiar la forma de `u`, por ejemplo `u.reshape([2, 1])`. (Tu código la menciona, pero no se ejecutó",
    },
    {
      code: "return u.reshape([2, 1]);",
      message: "La forma de tu tensor es [2, 1], pero se esperaba [2, 3].",
    },
  ],
  "bc-centrar": [
    {
      code: "return X.sub(X.mean());",
      message: "Restaste el promedio de todo el tensor",
    },
    {
      code: "return X.sub(X.mean(1));",
      status: "error",
      message: "no se pueden combinar (broadcast) las formas (4,3) (4,)",
    },
  ],
  "der-ej1": [
    {
      code: "const f = (x) => x.square().mul(3).sub(x.mul(7)).add(1).pow(5);\nconst dydx = tf.grad(f);\nreturn f(tf.scalar(x0));",
      message: "Ese es el valor de y en x = 2, no su derivada",
    },
    {
      code: "return 5 * (3 * x0 * x0 - 7 * x0 + 1) ** 4 * (6 * x0 - 7);",
      message: "usa `tf.grad(f)`",
    },
    {
      // tf.grad is written but never runs (issue 25).
      code: "if (false) tf.grad((x) => x);\nreturn 25;",
      message:
        "usa `tf.grad(f)` (el `tf.GradientTape` de TensorFlow.js), no la fórmula a mano. (Tu código la menciona, pero no se ejecutó",
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
      code: "const f = (x) => x.square().mul(3).add(1).pow(4).cos();\nreturn tf.grad(f)(tf.scalar(x0));",
      message: "que no es el valor esperado",
    },
  ],
  "prob-bayes-consultorio": [
    {
      code: "return pH * pFdadoH;",
      message: "Eso es P(H ∩ F) = P(H) · P(F | H): falta dividir entre P(F).",
    },
    { code: "return (pF * pFdadoH) / pH;", message: "Intercambiaste P(H) y P(F)" },
  ],
  "prob-bayes-prueba": [
    {
      code: "const pTP = pTPdadoE * pE;\nreturn { pTP, pEdadoTP: (pE * pTPdadoE) / pTP };",
      message:
        "En «pTP»: tu resultado es 0.018, que no es el valor esperado. Te faltan los falsos positivos",
    },
  ],
  "info-entropia-dado": [
    {
      code: "return p.mul(tf.log(p)).sum().neg();",
      message: "Ese valor está en nats",
    },
  ],
  "info-entropia-moneda": [
    {
      code: exerciseById("info-entropia-moneda").starter,
      message: "En «conCero»: tu resultado es NaN (no es un número): Es el término 0 · log 0",
    },
  ],
  "info-kl": [
    {
      code: `const kl = (p, q) => p.mul(tf.log(p.div(q)).div(Math.LN2)).sum();
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

  test("every exercise has its reference solution apart from its spec, and only those", () => {
    expect(Object.keys(solutions).sort()).toEqual(allExercises.map((e) => e.id).sort());
    for (const exercise of allExercises) expect(exercise.solution, exercise.id).toBeUndefined();
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

/** Code that returns `v` literally: what a student who typed the answer by hand would run. */
function literal(v: Value): string {
  switch (v.kind) {
    case "number":
      return String(v.value);
    case "tensor":
      return `tf.tensor(${JSON.stringify(v.values)}, ${JSON.stringify(v.shape)}, "${v.dtype}")`;
    case "object":
      return `{ ${v.entries.map(([k, x]) => `${k}: ${literal(x)}`).join(", ")} }`;
    case "array":
      return `[${v.items.map(literal).join(", ")}]`;
    default:
      return JSON.stringify((v as { value?: unknown }).value ?? null);
  }
}

describe.each(allExercises.map((e) => [e.id, e] as const))("%s", (_, exercise) => {
  test("its reference solution passes, on the lecture's data and on fresh data", async () => {
    for (const seed of [undefined, 1, 2, 3]) {
      const verdict = await check(exercise, solutions[exercise.id], seed);
      expect(verdict, `semilla ${seed}`).toEqual({
        status: "pass",
        message: expect.stringMatching(/^¡Correcto!/),
      });
    }
  });

  test.skipIf(!exercise.inputs)(
    "the lecture's answer typed by hand passes on the lecture's data only",
    async () => {
      const result = await run(solutions[exercise.id], {
        constraints: exercise.constraints,
        inputs: exercise.inputs?.lecture,
      });
      if (result.status !== "ok") throw new Error(`la solución no corrió: ${result.status}`);
      const code = `return ${literal(result.value)};`;
      const constraints = (exercise.constraints ?? []).filter((c) => c.kind === "noLoops");
      const typed = { ...exercise, constraints };
      expect((await check(typed, code)).status).toBe("pass");
      expect(await check(typed, code, 7)).toEqual({
        status: "fail",
        message: expect.stringMatching(/^Con otros datos \(.*\), .*¿escribiste el resultado/s),
      });
    },
  );

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
