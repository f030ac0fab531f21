import { expect, test } from "vitest";
import { chainRuleExercises } from "../../../../lib/math/calculus/chainRule.js";
import { chainRuleSteps } from "../../../../lib/math/calculus/chainRuleSteps.js";
import { expectRangeError } from "../../expectRangeError.js";

const [ejemplo1, , , ejercicio3, ejercicio4, ejercicio5] = chainRuleExercises;

test("chainRuleSteps(Ejemplo 1, 5): u = 26, du/dx = 10; y = 17576, dy/du = 2028; dy/dx = 20280", () => {
  expect(chainRuleSteps(ejemplo1, 5)).toEqual({
    x: 5,
    steps: [
      { name: "u", inputName: "x", input: 5, value: 26, derivative: 10 },
      { name: "y", inputName: "u", input: 26, value: 17576, derivative: 2028 },
    ],
    value: 17576,
    chainProduct: 20280,
    derivative: 20280,
  });
});

test("chainRuleSteps(Ejercicio 4, 1): u = 4, v = 256, y = sen 256; dy/dx = cos(256) · 256 · 6", () => {
  const evaluation = chainRuleSteps(ejercicio4, 1);
  expect(evaluation.steps.map((s) => [s.name, s.value, s.derivative])).toEqual([
    ["u", 4, 6],
    ["v", 256, 256],
    ["y", Math.sin(256), Math.cos(256)],
  ]);
  expect(evaluation.chainProduct).toBeCloseTo(1536 * Math.cos(256), 12);
  expect(evaluation.derivative).toBeCloseTo(-61.1186, 4);
});

test("chainRuleSteps(Ejercicio 3, 7/8) throws a RangeError: 8x − 7 = 0", () => {
  expectRangeError(
    () => chainRuleSteps(ejercicio3, 7 / 8),
    "chainRuleSteps: Ejercicio 3 no es derivable en x = 0.875",
    "8x − 7 = 0",
  );
});

test("chainRuleSteps(Ejercicio 5, x) throws a RangeError for every x, the isolated points included", () => {
  expectRangeError(
    () => chainRuleSteps(ejercicio5, 1),
    "chainRuleSteps: Ejercicio 5 no es derivable en x = 1",
  );
  expectRangeError(() => chainRuleSteps(ejercicio5, Math.PI / 6), "punto aislado");
});

test("chainRuleSteps(exercise, NaN) throws a RangeError naming x", () => {
  expectRangeError(() => chainRuleSteps(ejemplo1, NaN), "chainRuleSteps: x = NaN");
});
