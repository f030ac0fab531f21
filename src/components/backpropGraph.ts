/**
 * BackpropGraph(nodes, {width}) → an SVG drawing of the tiny computation graph of
 * lib/math/calculus/backpropGraph.ts: inputs, weights, operations and the loss as boxes, arrows for the
 * forward pass. `graph.update(result, shown)` writes each node's forward value and, for the
 * first `shown` steps of the backward pass, its gradient ∂L/∂node (the step just taken is
 * highlighted, with the edge it came back along). Updated in place; the drawing's text
 * alternative (<title>/<desc>) says the same in words.
 */
import type {
  BackpropNode,
  BackpropNodeId,
  BackpropResult,
} from "../lib/math/calculus/backpropGraph.js";
import { formatSignificant } from "../lib/format/formatSignificant.js";

export interface BackpropGraphElement extends SVGSVGElement {
  update(result: BackpropResult, shown: number): void;
}

const SVG = "http://www.w3.org/2000/svg";
const VIEW_WIDTH = 700;
const VIEW_HEIGHT = 250;
const BOX = { width: 92, height: 54 };

/** Where each node sits, in viewBox units. */
const POSITION: Record<BackpropNodeId, [number, number]> = {
  x: [60, 55],
  w1: [60, 185],
  z: [195, 120],
  h: [320, 120],
  w2: [445, 205],
  yHat: [445, 65],
  t: [620, 205],
  loss: [620, 65],
};

let counter = 0;

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
  parent?: Element,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  parent?.append(node);
  return node;
}

export function BackpropGraph(
  nodes: readonly BackpropNode[],
  { width = 640 }: { width?: number } = {},
): BackpropGraphElement {
  const id = `backprop-graph-${++counter}`;
  const svg = el("svg", {
    viewBox: `0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`,
    width: Math.min(width, VIEW_WIDTH),
    role: "img",
    "aria-labelledby": `${id}-title ${id}-desc`,
    class: "backprop-graph",
  }) as BackpropGraphElement;
  el("title", { id: `${id}-title` }, svg).textContent =
    "Grafo de cómputo: x y w₁ entran en z = w₁·x, h = tanh(z), ŷ = w₂·h y L = (ŷ − t)²";
  const desc = el("desc", { id: `${id}-desc` }, svg);
  const defs = el("defs", {}, svg);
  const marker = el(
    "marker",
    {
      id: `${id}-arrow`,
      viewBox: "0 0 10 10",
      refX: 10,
      refY: 5,
      markerWidth: 7,
      markerHeight: 7,
      orient: "auto",
    },
    defs,
  );
  el("path", { d: "M0,0 L10,5 L0,10 z", class: "backprop-graph__arrowhead" }, marker);

  const edges = new Map<string, SVGLineElement>();
  for (const node of nodes) {
    for (const input of node.inputs) {
      const [x1, y1] = POSITION[input];
      const [x2, y2] = POSITION[node.id];
      const [ax, ay] = edgeEnd([x1, y1], [x2, y2]);
      const [bx, by] = edgeEnd([x2, y2], [x1, y1]);
      const line = el(
        "line",
        {
          x1: ax,
          y1: ay,
          x2: bx,
          y2: by,
          class: "backprop-graph__edge",
          "marker-end": `url(#${id}-arrow)`,
        },
        svg,
      );
      edges.set(`${input}->${node.id}`, line);
    }
  }

  const boxes = new Map<
    BackpropNodeId,
    { group: SVGGElement; value: SVGTextElement; grad: SVGTextElement }
  >();
  for (const node of nodes) {
    const [cx, cy] = POSITION[node.id];
    const group = el(
      "g",
      { class: `backprop-graph__node backprop-graph__node--${kindClass(node)}` },
      svg,
    );
    el(
      "rect",
      {
        x: cx - BOX.width / 2,
        y: cy - BOX.height / 2,
        width: BOX.width,
        height: BOX.height,
        rx: 8,
      },
      group,
    );
    el("text", { x: cx, y: cy - 8, class: "backprop-graph__name" }, group).textContent = node.text;
    const value = el("text", { x: cx, y: cy + 14, class: "backprop-graph__value" }, group);
    const below = node.id === "w1" || node.id === "w2" || node.id === "t";
    const grad = el(
      "text",
      {
        x: cx,
        y: below ? cy + BOX.height / 2 + 16 : cy - BOX.height / 2 - 8,
        class: "backprop-graph__grad",
      },
      group,
    );
    boxes.set(node.id, { group, value, grad });
  }

  svg.update = (result, shown) => {
    const revealed = result.backward.slice(0, shown);
    const current = revealed.at(-1);
    for (const node of nodes) {
      const box = boxes.get(node.id)!;
      box.value.textContent = `= ${formatSignificant(result.forward[node.id], 3)}`;
      const step = revealed.find((s) => s.node === node.id);
      box.grad.textContent = step
        ? `∂L/∂${node.text} = ${formatSignificant(step.gradient, 3)}`
        : "";
      box.group.classList.toggle(
        "backprop-graph__node--current",
        step !== undefined && step === current,
      );
    }
    for (const [key, line] of edges) {
      const [from, to] = key.split("->");
      const back = revealed.some((s) => s.node === from && s.parent === to);
      line.classList.toggle("backprop-graph__edge--back", back);
    }
    const forward = nodes
      .map((n) => `${n.text} = ${formatSignificant(result.forward[n.id], 4)}`)
      .join(", ");
    const backward = revealed
      .map(
        (s) =>
          `∂L/∂${nodes.find((n) => n.id === s.node)!.text} = ${formatSignificant(s.gradient, 4)}`,
      )
      .join(", ");
    desc.textContent =
      `Valores hacia adelante: ${forward}.` +
      (revealed.length
        ? ` Gradientes hacia atrás mostrados: ${backward}.`
        : " Aún no se muestra la pasada hacia atrás.");
  };
  return svg;
}

function kindClass(node: BackpropNode): string {
  return { entrada: "input", parámetro: "param", operación: "op", pérdida: "loss" }[node.kind];
}

/** The point where the segment from a to b leaves the box centred at a. */
function edgeEnd([ax, ay]: [number, number], [bx, by]: [number, number]): [number, number] {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(
    dx === 0 ? Infinity : BOX.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : BOX.height / 2 / Math.abs(dy),
  );
  return [ax + dx * t, ay + dy * t];
}
