import { latexSignificant } from "../format/formatSignificant.js";
import {
  backpropNodes,
  type BackpropNodeId,
  type BackpropResult,
  type BackwardStep,
} from "../math/calculus/backpropGraph.js";

/**
 * One backward step as LaTeX with its numbers, e.g. for w₂:
 * "\\frac{\\partial L}{\\partial w_2} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot
 * \\frac{\\partial \\hat{y}}{\\partial w_2} = (-1.2) \\cdot (0.76) = -0.912".
 */
export function backwardStepLatex(step: BackwardStep, result: BackpropResult, digits = 4): string {
  const symbol = (id: BackpropNodeId) => backpropNodes.find((n) => n.id === id)!.symbol;
  const d = (top: string, bottom: string) => `\\frac{\\partial ${top}}{\\partial ${bottom}}`;
  const num = (v: number) => latexSignificant(v, digits);
  const paren = (v: number) => (v < 0 ? `(${num(v)})` : num(v));
  if (step.parent === null) return `${d("L", "L")} = 1`;
  const parentGradient = result.backward.find((s) => s.node === step.parent)!.gradient;
  const local = d(symbol(step.parent), symbol(step.node));
  return (
    `${d("L", symbol(step.node))} = ${d("L", symbol(step.parent))} \\cdot ${local}` +
    ` = ${paren(parentGradient)} \\cdot ${paren(step.local)} = ${num(step.gradient)}` +
    `\\qquad \\left(${local} = ${step.localFormula}\\right)`
  );
}
