import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, expect, test } from "vitest";
import { chainRuleExercises } from "../../../lib/math/calculus/chainRule.js";
import { chainRuleTf } from "../../../lib/tf/chainRuleTf.js";
import { chainRuleTfSource, tapeExampleSource } from "../../../lib/tf/chainRuleTfSource.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

const evaluate = (f: (x: tf.Scalar) => tf.Scalar, x: number) =>
  tf.tidy(() => f(tf.scalar(x)).dataSync()[0]);

test.each(chainRuleExercises.filter((ex) => ex.id !== "ejercicio-5"))(
  "chainRuleTfSource['$id'] computes what chainRuleTf['$id'] computes",
  (ex) => {
    const fromSource = new Function("tf", `return (x) => ${chainRuleTfSource[ex.id]};`)(tf);
    for (const x of [0.3, 1, 1.2]) {
      expect(evaluate(fromSource, x)).toBe(evaluate(chainRuleTf[ex.id], x));
    }
  },
);

test("tapeExampleSource('ejemplo-1', 5) is the lecture's program and its tfjs translation", () => {
  const { python, javascript } = tapeExampleSource("ejemplo-1", 5);
  expect(python).toContain("x = tf.Variable(5.0)");
  expect(python).toContain("    y = (x**2 + 1)**3");
  expect(python).toContain('print("dy/dx en x=5:", dy_dx.numpy())');
  expect(javascript).toContain("const f = (x) =>\n  tf.pow(tf.add(tf.square(x), 1), 3);");
  expect(javascript).toContain("tf.valueAndGrad(f)(tf.scalar(5));");
});

test("tapeExampleSource writes a non-integer x as is: x = tf.Variable(0.5)", () => {
  expect(tapeExampleSource("ejercicio-3", 0.5).python).toContain("x = tf.Variable(0.5)");
});
