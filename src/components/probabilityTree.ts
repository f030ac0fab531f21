/**
 * ProbabilityTree({branches, table, counts}, {labels, width}) → an SVG probability tree
 * that splits first by A (A / ¬A) and then by B, with each branch's probability on its
 * edge and, at each leaf, the joint probability P(· ∩ ·) and its natural frequency
 * («10 de 1000»). Leaves in B are highlighted: Bayes' theorem is «the A-leaf in B over
 * all the leaves in B». A branch below an impossible event shows «—».
 *
 * The SVG's text alternative reads the whole tree, branch by branch.
 *
 * `figure.update(data)` updates the same figure in place while a slider moves (only the
 * numbers change: they are set, nothing is redrawn);
 * `update(null)` shows `emptyText` instead (data that describe no possible tree).
 */
import { el, escapeHtml as esc } from "./dom.js";
import type { JointTable, TreeBranches } from "../lib/math/probability/jointTable.js";
import { formatCount, formatNumber } from "../lib/format/formatNumber.js";

export interface ProbabilityTreeData {
  branches: TreeBranches;
  table: JointTable;
  /** Natural frequencies of the four leaves (e.g. out of 1,000). */
  counts: JointTable;
}

export interface ProbabilityTreeOptions {
  /** Short names of the events, e.g. {a: "E", notA: "¬E", b: "TP", notB: "¬TP"}. */
  labels: { a: string; notA: string; b: string; notB: string };
  width?: number;
  /** Shown instead of the tree after update(null). */
  emptyText?: string;
}

export interface ProbabilityTreeElement extends HTMLElement {
  update(data: ProbabilityTreeData | null): void;
}

export function ProbabilityTree(
  data: ProbabilityTreeData | null,
  options: ProbabilityTreeOptions,
): ProbabilityTreeElement {
  const figure = document.createElement("figure") as unknown as ProbabilityTreeElement;
  figure.className = "probability-tree";
  figure.update = (next) => {
    if (next === null) {
      figure.replaceChildren(el("p", { class: "clase" }, options.emptyText ?? "Sin árbol."));
    } else draw(figure, next, options);
  };
  figure.update(data);
  return figure;
}

function draw(
  figure: HTMLElement,
  { branches, table, counts }: ProbabilityTreeData,
  { labels, width = 640 }: ProbabilityTreeOptions,
): void {
  const population = counts.aAndB + counts.aAndNotB + counts.notAAndB + counts.notAAndNotB;
  const height = 250;
  const x0 = 14;
  const x1 = width * 0.27;
  const x2 = width * 0.5;
  const mid = height / 2;
  const ys = [32, 92, 158, 218];
  const p = (x: number | null) => (x === null ? "—" : formatNumber(x, 3));
  const leaves = [
    { first: labels.a, second: labels.b, p: table.aAndB, n: counts.aAndB, inB: true },
    { first: labels.a, second: labels.notB, p: table.aAndNotB, n: counts.aAndNotB, inB: false },
    { first: labels.notA, second: labels.b, p: table.notAAndB, n: counts.notAAndB, inB: true },
    {
      first: labels.notA,
      second: labels.notB,
      p: table.notAAndNotB,
      n: counts.notAAndNotB,
      inB: false,
    },
  ];
  const firstLevel = [
    { label: labels.a, p: branches.a, y: (ys[0] + ys[1]) / 2 },
    { label: labels.notA, p: branches.notA, y: (ys[2] + ys[3]) / 2 },
  ];
  const second = [
    branches.bGivenA,
    branches.notBGivenA,
    branches.bGivenNotA,
    branches.notBGivenNotA,
  ];

  // The numbers change while a slider moves; the drawing does not. Each number is a text
  // element of its own (data-t = its place in `numbers`), set in place after the first draw.
  const numbers: string[] = [];
  const number = (text: string) => `data-t="${numbers.push(text) - 1}">${esc(text)}`;
  const edge = (xa: number, ya: number, xb: number, yb: number, text: string) => {
    const above = yb < ya;
    return `<line class="tree__edge" x1="${xa}" y1="${ya}" x2="${xb}" y2="${yb}"></line>
<text class="tree__p" x="${(xa + xb) / 2}" y="${(ya + yb) / 2 + (above ? -6 : 14)}" text-anchor="middle" ${number(text)}</text>`;
  };
  let svg = `<circle class="tree__node" cx="${x0}" cy="${mid}" r="5"></circle>`;
  firstLevel.forEach((node, i) => {
    svg += edge(x0, mid, x1, node.y, p(node.p));
    svg += `<circle class="tree__node" cx="${x1}" cy="${node.y}" r="5"></circle>
<text class="tree__label" x="${x1}" y="${node.y - 10}" text-anchor="middle">${esc(node.label)}</text>`;
    for (let j = 0; j < 2; j++) {
      const k = 2 * i + j;
      svg += edge(x1, node.y, x2, ys[k], p(second[k]));
    }
  });
  leaves.forEach((leaf, k) => {
    svg += `<g class="tree__leaf${leaf.inB ? " tree__leaf--b" : ""}">
<circle class="tree__node" cx="${x2}" cy="${ys[k]}" r="5"></circle>
<text x="${x2 + 10}" y="${ys[k] - 2}"><tspan class="tree__label">${esc(leaf.second)}</tspan><tspan dx="8" ${number(`P(${leaf.first} ∩ ${leaf.second}) = ${formatNumber(leaf.p, 3)}`)}</tspan></text>
<text class="tree__count" x="${x2 + 10}" y="${ys[k] + 15}" ${number(`${formatCount(leaf.n)} de ${formatCount(population)}`)}</text>
</g>`;
  });

  const alt =
    `Árbol de probabilidad. ` +
    firstLevel
      .map(
        (node, i) =>
          `${node.label}: ${p(node.p)}; dentro de ${node.label}, ` +
          [0, 1]
            .map((j) => {
              const leaf = leaves[2 * i + j];
              return `${leaf.second} con ${p(second[2 * i + j])}, P(${leaf.first} ∩ ${leaf.second}) = ${formatNumber(leaf.p, 3)}, ${formatCount(leaf.n)} de ${formatCount(population)}`;
            })
            .join("; "),
      )
      .join(". ") +
    ".";
  const shape = `${width} ${Object.values(labels).join(" ")}`;
  const drawn = figure.querySelector("svg");
  if (drawn && figure.dataset.shape === shape) {
    drawn.setAttribute("aria-label", alt);
    drawn.querySelectorAll("[data-t]").forEach((node, i) => {
      if (node.textContent !== numbers[i]) node.textContent = numbers[i];
    });
    return;
  }
  figure.dataset.shape = shape;
  figure.innerHTML = `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(alt)}">${svg}</svg>`;
}
