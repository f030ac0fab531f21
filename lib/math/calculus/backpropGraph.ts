import { assertFinite } from "../validate.js";

/**
 * A tiny network as a computation graph, for backpropagation by hand: one input x, a hidden
 * unit with weight w₁ and tanh, an output with weight w₂, and the squared error against a
 * target t:
 *
 *   z = w₁·x,   h = tanh(z),   ŷ = w₂·h,   L = (ŷ − t)².
 *
 * Backpropagation is the chain rule applied from the loss backwards: each node's gradient
 * ∂L/∂node is its parent's gradient times the local derivative ∂parent/∂node, so the running
 * product reaches the weights:
 *
 *   ∂L/∂w₁ = ∂L/∂ŷ · ∂ŷ/∂h · ∂h/∂z · ∂z/∂w₁ = 2(ŷ − t) · w₂ · (1 − h²) · x.
 *
 * Example: x = 1, t = 0, w₁ = 0, w₂ = 1 gives z = h = ŷ = L = 0, and ∂L/∂w₁ = ∂L/∂w₂ = 0.
 */

export type BackpropNodeId = "x" | "w1" | "z" | "h" | "w2" | "yHat" | "t" | "loss";

export interface BackpropInputs {
  x: number;
  t: number;
  w1: number;
  w2: number;
}

/** A node of the graph: what it is and which nodes feed it. */
export interface BackpropNode {
  id: BackpropNodeId;
  /** LaTeX symbol, e.g. "w_1" or "\\hat{y}". */
  symbol: string;
  /** Plain-text name, e.g. "w₁" or "ŷ". */
  text: string;
  kind: "entrada" | "parámetro" | "operación" | "pérdida";
  /** LaTeX definition for operations, e.g. "z = w_1 x"; null for inputs and parameters. */
  definition: string | null;
  inputs: readonly BackpropNodeId[];
}

/** One step of the backward pass: a node's gradient from its parent's. */
export interface BackwardStep {
  node: BackpropNodeId;
  /** The node whose gradient this one multiplies (null for L itself). */
  parent: BackpropNodeId | null;
  /** LaTeX of the local derivative ∂parent/∂node as a formula, e.g. "2(\\hat{y} - t)". */
  localFormula: string;
  /** Its value here. */
  local: number;
  /** ∂L/∂node: the running product of local derivatives from L down to this node. */
  gradient: number;
}

export interface BackpropResult {
  forward: Record<BackpropNodeId, number>;
  /** In the order backpropagation visits the nodes: L, ŷ, w₂, h, z, w₁. */
  backward: BackwardStep[];
  gradients: { w1: number; w2: number };
}

export const backpropNodes: readonly BackpropNode[] = [
  { id: "x", symbol: "x", text: "x", kind: "entrada", definition: null, inputs: [] },
  { id: "w1", symbol: "w_1", text: "w₁", kind: "parámetro", definition: null, inputs: [] },
  {
    id: "z",
    symbol: "z",
    text: "z",
    kind: "operación",
    definition: "z = w_1 x",
    inputs: ["w1", "x"],
  },
  {
    id: "h",
    symbol: "h",
    text: "h",
    kind: "operación",
    definition: "h = \\tanh(z)",
    inputs: ["z"],
  },
  { id: "w2", symbol: "w_2", text: "w₂", kind: "parámetro", definition: null, inputs: [] },
  {
    id: "yHat",
    symbol: "\\hat{y}",
    text: "ŷ",
    kind: "operación",
    definition: "\\hat{y} = w_2 h",
    inputs: ["w2", "h"],
  },
  { id: "t", symbol: "t", text: "t", kind: "entrada", definition: null, inputs: [] },
  {
    id: "loss",
    symbol: "L",
    text: "L",
    kind: "pérdida",
    definition: "L = (\\hat{y} - t)^2",
    inputs: ["yHat", "t"],
  },
];

/** How many trainable parameters the graph has: w₁ and w₂. */
export const backpropParameterCount = backpropNodes.filter((n) => n.kind === "parámetro").length;

/** The forward values of every node and the backward pass, step by step. */
export function backpropGraph(inputs: BackpropInputs): BackpropResult {
  for (const key of ["x", "t", "w1", "w2"] as const) {
    assertFinite("backpropGraph", key, inputs[key]);
  }
  const { x, t, w1, w2 } = inputs;
  const z = w1 * x;
  const h = Math.tanh(z);
  const yHat = w2 * h;
  const loss = (yHat - t) ** 2;

  const backward: BackwardStep[] = [];
  const gradientOf: Partial<Record<BackpropNodeId, number>> = { loss: 1 };
  const visit = (
    node: BackpropNodeId,
    parent: BackpropNodeId | null,
    formula: string,
    local: number,
  ) => {
    const gradient = (parent === null ? 1 : gradientOf[parent]!) * local;
    gradientOf[node] = gradient;
    backward.push({ node, parent, localFormula: formula, local, gradient });
  };
  visit("loss", null, "1", 1);
  visit("yHat", "loss", "2(\\hat{y} - t)", 2 * (yHat - t));
  visit("w2", "yHat", "h", h);
  visit("h", "yHat", "w_2", w2);
  visit("z", "h", "1 - h^2", 1 - h * h);
  visit("w1", "z", "x", x);

  return {
    forward: { x, w1, z, h, w2, yHat, t, loss },
    backward,
    gradients: { w1: gradientOf.w1!, w2: gradientOf.w2! },
  };
}
