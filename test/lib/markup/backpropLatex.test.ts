import { expect, test } from "vitest";
import { backpropGraph } from "../../../lib/math/calculus/backpropGraph.js";
import { backwardStepLatex } from "../../../lib/markup/backpropLatex.js";

const inputs = { x: 1.5, t: 0.8, w1: 0.6, w2: -0.7 };

test("backwardStepLatex writes the running product with its numbers", () => {
  const result = backpropGraph({ x: 1, t: 0, w1: 0, w2: 1 });
  expect(backwardStepLatex(result.backward[0], result)).toBe(
    "\\frac{\\partial L}{\\partial L} = 1",
  );
  const w2 = backwardStepLatex(result.backward[2], backpropGraph(inputs));
  expect(w2).toMatch(
    /^\\frac\{\\partial L\}\{\\partial w_2\} = \\frac\{\\partial L\}\{\\partial \\hat\{y\}\} \\cdot/,
  );
  expect(w2).toContain("\\left(\\frac{\\partial \\hat{y}}{\\partial w_2} = h\\right)");
});
