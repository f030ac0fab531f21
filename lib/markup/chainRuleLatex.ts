import type { ChainRuleExercise } from "../math/calculus/chainRule.js";
import type { ChainEvaluation } from "../math/calculus/chainRuleSteps.js";
import { latexSignificant } from "../format/formatSignificant.js";

/**
 * The chain rule's steps at one point as LaTeX, with the point's numbers: each link's value
 * and local derivative, then their product, outermost factor first as the lecture writes it.
 *
 * Example, Ejemplo 1 at x = 5:
 *   links[0] = { value: "u = x^2 + 1 = 26", derivative: "\\frac{du}{dx} = 2x = 10" },
 *   links[1] = { value: "y = u^3 = 17576", derivative: "\\frac{dy}{du} = 3u^2 = 2028" },
 *   product = "\\frac{dy}{dx} = \\frac{dy}{du} \\cdot \\frac{du}{dx} = 2028 \\cdot 10 = 20280".
 */
export interface ChainRuleLatex {
  links: { value: string; derivative: string }[];
  product: string;
}

export function chainRuleLatex(
  exercise: ChainRuleExercise,
  evaluation: ChainEvaluation,
  digits = 6,
): ChainRuleLatex {
  if (evaluation.steps.length !== exercise.links.length) {
    throw new RangeError(
      `chainRuleLatex: la evaluación tiene ${evaluation.steps.length} pasos y ${exercise.title} tiene ${exercise.links.length} eslabones`,
    );
  }
  const num = (v: number) => latexSignificant(v, digits);
  const factor = (v: number) => (v < 0 ? `(${num(v)})` : num(v));
  const links = exercise.links.map((link, i) => ({
    value: `${link.latex} = ${num(evaluation.steps[i].value)}`,
    derivative: `${link.derivativeLatex} = ${num(evaluation.steps[i].derivative)}`,
  }));
  const outermostFirst = [...exercise.links].reverse();
  const symbols = outermostFirst.map((l) => `\\frac{d${l.name}}{d${l.input}}`).join(" \\cdot ");
  const values = [...evaluation.steps]
    .reverse()
    .map((s) => factor(s.derivative))
    .join(" \\cdot ");
  return {
    links,
    product: `\\frac{dy}{dx} = ${symbols} = ${values} = ${num(evaluation.chainProduct)}`,
  };
}
