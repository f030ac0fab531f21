import { expect, test } from "vitest";
import { chainRuleExercises } from "../../../lib/math/calculus/chainRule.js";
import { chainRuleLatex } from "../../../lib/markup/chainRuleLatex.js";
import { chainRuleSteps } from "../../../lib/math/calculus/chainRuleSteps.js";
import { expectRangeError } from "../expectRangeError.js";

const [ejemplo1, , ejercicio2, ejercicio3, ejercicio4] = chainRuleExercises;

test("chainRuleLatex(Ejemplo 1, x = 5): u = 26, du/dx = 10, y = 17 576, dy/du = 2 028, product 20 280 (thin spaces)", () => {
  expect(chainRuleLatex(ejemplo1, chainRuleSteps(ejemplo1, 5))).toEqual({
    links: [
      { value: "u = x^2 + 1 = 26", derivative: "\\frac{du}{dx} = 2x = 10" },
      { value: "y = u^3 = 17{\\,}576", derivative: "\\frac{dy}{du} = 3u^2 = 2{\\,}028" },
    ],
    product:
      "\\frac{dy}{dx} = \\frac{dy}{du} \\cdot \\frac{du}{dx} = 2{\\,}028 \\cdot 10 = 20{\\,}280",
  });
});

test("chainRuleLatex(Ejercicio 2, x = 1) puts negative factors in parentheses: 108 · (−1) = −108", () => {
  expect(chainRuleLatex(ejercicio2, chainRuleSteps(ejercicio2, 1)).product).toBe(
    "\\frac{dy}{dx} = \\frac{dy}{du} \\cdot \\frac{du}{dx} = 108 \\cdot (-1) = -108",
  );
});

test("chainRuleLatex(Ejercicio 3, x = 3) writes −1.657 × 10⁻⁶ in scientific notation", () => {
  expect(chainRuleLatex(ejercicio3, chainRuleSteps(ejercicio3, 3)).product).toMatch(
    /= -1\.65717 \\times 10\^\{-6\}$/,
  );
});

test("chainRuleLatex(Ejercicio 4, x = 1) lists three links, outermost factor first", () => {
  const latex = chainRuleLatex(ejercicio4, chainRuleSteps(ejercicio4, 1));
  expect(latex.links).toHaveLength(3);
  expect(latex.product).toMatch(
    /^\\frac\{dy\}\{dx\} = \\frac\{dy\}\{dv\} \\cdot \\frac\{dv\}\{du\} \\cdot \\frac\{du\}\{dx\} = \(-0\.0397908\) \\cdot 256 \\cdot 6 = -61\.1186$/,
  );
});

test("chainRuleLatex with another exercise's evaluation throws a RangeError", () => {
  expectRangeError(
    () => chainRuleLatex(ejercicio4, chainRuleSteps(ejemplo1, 5)),
    "la evaluación tiene 2 pasos y Ejercicio 4 tiene 3 eslabones",
  );
});
