import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, expect, test } from "vitest";
import { chainRuleExercises } from "../../../lib/math/calculus/chainRule.js";
import { chainRuleTf } from "../../../lib/tf/chainRuleTf.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

/** Evaluates a tfjs function at x and reads the float32 result back. */
function evaluate(f: (x: tf.Scalar) => tf.Scalar, x: number): number {
  return tf.tidy(() => f(tf.scalar(x)).dataSync()[0]);
}

test.each(chainRuleExercises.filter((ex) => ex.x0 !== null))(
  "chainRuleTf['$id'](x0) equals the float64 y(x0) to float32 precision",
  (ex) => {
    const x0 = ex.x0 as number;
    const expected = ex.f(x0);
    expect(Math.abs(evaluate(chainRuleTf[ex.id], x0) - expected)).toBeLessThanOrEqual(
      1e-6 * Math.max(1, Math.abs(expected)),
    );
  },
);

test("chainRuleTf['ejercicio-5'] is 0 at x = π/6 and NaN just off it, like the float64 y", () => {
  expect(evaluate(chainRuleTf["ejercicio-5"], 1)).toBeNaN();
  expect(Math.abs(evaluate(chainRuleTf["ejercicio-5"], Math.PI / 6))).toBeLessThan(1e-3);
});
