/**
 * The source text of each chainRuleTf function's body (lib/tf/chainRuleTf.ts), for showing
 * the tfjs translation of the lecture's tf.GradientTape example next to the Python original.
 * A test evaluates every string and checks it computes the same as chainRuleTf.
 */
import type { ChainRuleExerciseId } from "../math/calculus/chainRule.js";

export const chainRuleTfSource: Readonly<Record<ChainRuleExerciseId, string>> = {
  "ejemplo-1": "tf.pow(tf.add(tf.square(x), 1), 3)",
  "ejercicio-1": "tf.pow(tf.add(tf.sub(tf.mul(3, tf.square(x)), tf.mul(7, x)), 1), 5)",
  "ejercicio-2": "tf.pow(tf.add(tf.sub(tf.square(x), tf.mul(3, x)), 8), 3)",
  "ejercicio-3": "tf.pow(tf.sub(tf.mul(8, x), 7), -5)",
  "ejercicio-4": "tf.sin(tf.pow(tf.add(tf.mul(3, tf.square(x)), 1), 4))",
  "ejercicio-5": "tf.sqrt(tf.log(tf.sin(tf.mul(3, x))))",
};

/** The Python of each function as the lecture would write it inside the tape. */
export const chainRulePythonSource: Readonly<Record<ChainRuleExerciseId, string>> = {
  "ejemplo-1": "(x**2 + 1)**3",
  "ejercicio-1": "(3*x**2 - 7*x + 1)**5",
  "ejercicio-2": "(x**2 - 3*x + 8)**3",
  "ejercicio-3": "(8*x - 7)**-5",
  "ejercicio-4": "tf.sin((3*x**2 + 1)**4)",
  "ejercicio-5": "tf.sqrt(tf.math.log(tf.sin(3*x)))",
};

/**
 * The lecture's tf.GradientTape program for one exercise at x, and its tfjs translation (what
 * derivativeAtAsync runs: tf.valueAndGrad). Example, Ejemplo 1 at x = 5: the Python starts
 * "x = tf.Variable(5.0)" and the JavaScript defines "const f = (x) =>" as "tf.pow(tf.add(tf.square(x), 1), 3)".
 */
export function tapeExampleSource(
  id: ChainRuleExerciseId,
  x: number,
): { python: string; javascript: string } {
  const pyX = Number.isInteger(x) ? `${x}.0` : String(x);
  const python = [
    "# Definir la variable x",
    `x = tf.Variable(${pyX})`,
    "",
    "with tf.GradientTape() as tape:",
    `    y = ${chainRulePythonSource[id]}`,
    "",
    "# Calcular la derivada dy/dx",
    "dy_dx = tape.gradient(y, x)",
    "",
    `print("Valor de y en x=${x}:", y.numpy())`,
    `print("dy/dx en x=${x}:", dy_dx.numpy())`,
  ].join("\n");
  const javascript = [
    "// y = f(x) con operaciones de TensorFlow.js",
    "const f = (x) =>",
    `  ${chainRuleTfSource[id]};`,
    "",
    "// tf.valueAndGrad(f) da y = f(x) y dy/dx",
    "const { value: y, grad: dy_dx } =",
    `  tf.valueAndGrad(f)(tf.scalar(${x}));`,
    "",
    `console.log("Valor de y en x=${x}:",`,
    "  (await y.data())[0]);",
    `console.log("dy/dx en x=${x}:",`,
    "  (await dy_dx.data())[0]);",
  ].join("\n");
  return { python, javascript };
}
