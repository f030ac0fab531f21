/**
 * Differentiation: «ejercicios_diferenciacion_TensorFlow.ipynb» exercises 1–4, at the
 * lecture's points, with tf.grad (TensorFlow.js's counterpart of tf.GradientTape). The
 * expected derivatives come from the analytic formulas in lib/math/calculus/chainRule.ts.
 */
import { chainRuleExercises, type ChainRuleExerciseId } from "../../math/calculus/chainRule.js";
import type { Constraint } from "../constraints.js";
import { expectNumber } from "../expect.js";
import { randomNumber } from "../inputs.js";
import type { ExerciseSection, ExerciseSpec } from "../types.js";

const USE_GRAD: Constraint = {
  kind: "requireCall",
  calls: ["tf.grad", "tf.grads", "tf.valueAndGrad", "tf.valueAndGrads"],
  message:
    "Este ejercicio pide calcular la derivada con diferenciación automática: usa `tf.grad(f)` (el `tf.GradientTape` de TensorFlow.js), no la fórmula a mano.",
};

interface Plan {
  id: ChainRuleExerciseId;
  /** The function in plain text. */
  text: string;
  /** The last hint: the inner function u(x) in tfjs. */
  innerHint: string;
  /**
   * Where fresh points are drawn, and which to skip: points where float32 cannot give the
   * derivative to 1e-3 (near a zero of a factor, or of cos in exercise 4).
   */
  fresh: { min: number; max: number; usable(x: number): boolean };
}

const PLANS: readonly Plan[] = [
  {
    id: "ejercicio-1",
    text: "y = (3x² − 7x + 1)⁵",
    innerHint: "u = 3x² − 7x + 1 es `x.square().mul(3).sub(x.mul(7)).add(1)`; luego `.pow(5)`.",
    fresh: {
      min: 0.5,
      max: 3,
      usable: (x) => Math.abs(3 * x * x - 7 * x + 1) > 0.3 && Math.abs(6 * x - 7) > 0.3,
    },
  },
  {
    id: "ejercicio-2",
    text: "y = (x² − 3x + 8)³",
    innerHint: "u = x² − 3x + 8 es `x.square().sub(x.mul(3)).add(8)`; luego `.pow(3)`.",
    fresh: { min: -2, max: 4, usable: (x) => Math.abs(2 * x - 3) > 0.3 },
  },
  {
    id: "ejercicio-3",
    text: "y = (8x − 7)⁻⁵",
    innerHint: "u = 8x − 7 es `x.mul(8).sub(7)`; luego `.pow(-5)`.",
    fresh: { min: 1.5, max: 4, usable: () => true },
  },
  {
    id: "ejercicio-4",
    text: "y = sen((3x² + 1)⁴)",
    innerHint: "v = (3x² + 1)⁴ es `x.square().mul(3).add(1).pow(4)`; luego `.sin()` (en radianes).",
    fresh: {
      min: 0.2,
      max: 1.2,
      usable: (x) => Math.abs(Math.cos((3 * x * x + 1) ** 4)) > 0.2,
    },
  },
];

function derivativeExercise(plan: Plan): ExerciseSpec {
  const lecture = chainRuleExercises.find((e) => e.id === plan.id)!;
  const lectureX = lecture.x0!;
  const n = plan.id.slice(-1);
  const lectureWrong =
    lecture.discrepancy !== null && lecture.lectureResult !== null && lecture.id === "ejercicio-3";
  return {
    id: `der-ej${n}`,
    version: "2",
    title: `Ejercicio ${n}: ${plan.text}`,
    prompt: `Con \`tf.grad\`, calcula dy/dx de ${plan.text} en el punto \`x0\`, que ya está definido (en el ejercicio ${n} de la clase, x0 = ${lectureX}; «Comprobar» prueba también otros puntos), y devuélvela (un número o un tensor escalar).

En Python, \`tf.GradientTape\` graba las operaciones y \`tape.gradient(y, x)\` da la derivada; en TensorFlow.js, \`tf.grad(f)\` recibe la función y devuelve otra que calcula dy/dx en el punto que le des.`,
    inputs: {
      lecture: { x0: lectureX },
      fresh: (random) => {
        let x = randomNumber(random, plan.fresh.min, plan.fresh.max);
        while (!plan.fresh.usable(x) || x === lectureX) {
          x = randomNumber(random, plan.fresh.min, plan.fresh.max);
        }
        return { x0: x };
      },
    },
    starter: `// Ejercicio ${n} de la clase: ${plan.text}. ¿Cuánto vale dy/dx en x0? (x0 ya está definido.)
const f = (x) => tf.pow(x, 5); // escribe aquí y(x) con operaciones de tf
const dydx = tf.grad(f); // la función derivada
return dydx(tf.scalar(x0));
`,
    hints: [
      "`tf.grad(f)` no calcula nada todavía: devuelve una función; llámala con el punto, `tf.grad(f)(tf.scalar(x0))`.",
      "Escribe y(x) solo con operaciones de tf: `tf.pow`, `tf.mul`, `tf.add`, `tf.sub`, `tf.square`, `tf.sin`…, o encadenadas: `x.square().mul(3)`.",
      plan.innerHint,
    ],
    constraints: [USE_GRAD],
    expected: (inputs) => {
      const x0 = inputs.x0 as number;
      return expectNumber(lecture.derivative(x0), {
        tolerance: { rtol: 1e-3, atol: 0 },
        mistakes: [
          {
            values: lecture.f(x0),
            message: `Ese es el valor de y en x = ${x0}, no su derivada: aplica \`tf.grad(f)\` y evalúa la función que devuelve.`,
          },
          ...(lectureWrong && x0 === lectureX
            ? [
                {
                  values: lecture.lectureResult!,
                  message:
                    "Ese es el número que escribe la clase, pero le faltan el factor −40 (no −4) y el 10⁻⁶: calcula con tf.",
                },
              ]
            : []),
        ],
      });
    },
    ...(lecture.discrepancy ? { success: `Nota: ${lecture.discrepancy}` } : {}),
  };
}

export const derivadasSection: ExerciseSection = {
  id: "derivadas",
  title: "Derivadas con tf.grad",
  exercises: PLANS.map(derivativeExercise),
};
