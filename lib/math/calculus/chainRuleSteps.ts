import type { ChainRuleExercise } from "./chainRule.js";
import { assertFinite, formatValue } from "../validate.js";

/** One link evaluated at a point: its input, its value and its local derivative there. */
export interface ChainStep {
  /** The variable the link defines, e.g. "u". */
  name: string;
  /** The variable it is a function of, e.g. "x". */
  inputName: string;
  /** The value of that variable at this point. */
  input: number;
  /** The link's value: the next link's input. */
  value: number;
  /** The local derivative, e.g. du/dx, at this point. */
  derivative: number;
}

/** A whole chain evaluated at x: every step, y, and dy/dx computed two ways. */
export interface ChainEvaluation {
  x: number;
  /** One step per link, innermost first. */
  steps: ChainStep[];
  /** y(x). */
  value: number;
  /** The product of the local derivatives: the chain rule. */
  chainProduct: number;
  /** The analytic derivative dy/dx at x; equal to chainProduct up to rounding. */
  derivative: number;
}

/**
 * Evaluates an exercise's chain at x, link by link: each link's value feeds the next, and
 * dy/dx is the product of the local derivatives (dy/dx = dy/du · du/dx).
 *
 * Example: for Ejemplo 1 at x = 5, u = 26 with du/dx = 10, y = 17576 with dy/du = 2028,
 * so dy/dx = 2028 · 10 = 20280.
 *
 * Throws a RangeError if x is not finite or the exercise has no derivative at x (its
 * `domain(x)` says why).
 */
export function chainRuleSteps(exercise: ChainRuleExercise, x: number): ChainEvaluation {
  assertFinite("chainRuleSteps", "x", x);
  const check = exercise.domain(x);
  if (!check.ok) {
    throw new RangeError(
      `chainRuleSteps: ${exercise.title} no es derivable en x = ${formatValue(x)}: ${check.reason}`,
    );
  }
  const steps: ChainStep[] = [];
  let input = x;
  for (const link of exercise.links) {
    const value = link.value(input);
    steps.push({
      name: link.name,
      inputName: link.input,
      input,
      value,
      derivative: link.derivative(input),
    });
    input = value;
  }
  return {
    x,
    steps,
    value: input,
    chainProduct: steps.reduce((product, step) => product * step.derivative, 1),
    derivative: exercise.derivative(x),
  };
}
