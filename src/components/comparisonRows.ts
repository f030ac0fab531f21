/**
 * ComparisonRows(rows, {width}) → the lecture's examples, one article each: the NumPy, the
 * TensorFlow (Python) and the TensorFlow.js code side by side, then what Python gives next to
 * what TensorFlow.js computed in this browser, field by field. Every difference is marked
 * (data-verdict="difiere", the differing fields in red) and explained by the example's note.
 */
import type { Comparison, ExpectedResult, ObservedResult } from "../lib/lecture/compareResult.js";
import { formatJs, formatNumpy, pythonShape } from "../lib/format/formatNumpy.js";
import type { Nested } from "../lib/input/parseTensorLiteral.js";
import { CodeColumns } from "./codeColumns.js";

export interface ComparisonRow {
  id: string;
  concept: string;
  numpy: string;
  python: string;
  /** The tfjs code as it ran (seed written in). */
  tfjs: string;
  expected: ExpectedResult;
  observed: ObservedResult;
  comparison: Comparison;
  note?: string;
}

const FIELD_NAMES = { valor: "valor", forma: "forma", dtype: "dtype", tipo: "tipo" } as const;

export function ComparisonRows(rows: readonly ComparisonRow[], { width = 640 } = {}): HTMLElement {
  const list = document.createElement("div");
  list.className = "comparison-rows";
  for (const row of rows) list.append(comparisonRow(row, width));
  return list;
}

function comparisonRow(row: ComparisonRow, width: number): HTMLElement {
  const { expected, observed, comparison } = row;
  const differing = new Set(comparison.differences.map((d) => d.field));
  const article = document.createElement("article");
  article.className = "comparison";
  article.dataset.example = row.id;
  article.dataset.verdict = comparison.ok ? "coincide" : "difiere";

  const heading = document.createElement("h4");
  heading.className = "comparison__concept";
  heading.textContent = row.concept;
  const verdict = document.createElement("span");
  verdict.className = `comparison__verdict ${comparison.ok ? "match" : "mismatch"}`;
  verdict.textContent = comparison.ok
    ? "✓ coinciden"
    : `✗ difieren en ${comparison.differences.map((d) => FIELD_NAMES[d.field]).join(" y ")}`;
  heading.append(" ", verdict);

  const code = CodeColumns(
    [
      { label: "NumPy", code: row.numpy, language: "python" },
      { label: "TensorFlow (Python)", code: row.python, language: "python" },
      { label: "TensorFlow.js", code: row.tfjs, language: "javascript" },
    ],
    { width },
  );

  const results = document.createElement("div");
  results.className = "comparison__results";
  results.style.gridTemplateColumns = width >= 560 ? "1fr 1fr" : "1fr";
  const python: [string, string | undefined][] = [
    ["valor", pythonValue(expected)],
    ["forma", expected.shape ? pythonShape(expected.shape) : undefined],
    ["dtype", expected.dtype],
    ["tipo", expected.type],
  ];
  const tfjs: [string, string | undefined][] = [
    ["valor", formatJs(observed.value as Nested)],
    ["forma", observed.shape ? `[${observed.shape.join(", ")}]` : undefined],
    ["dtype", observed.dtype],
    ["tipo", observed.type],
  ];
  const source =
    expected.source === "clase" ? "Python, según la clase" : "Python, lo que da TensorFlow 2";
  results.append(
    resultPanel(source, python, differing),
    resultPanel("TensorFlow.js, calculado en tu navegador", tfjs, differing),
  );

  article.append(heading, code, results);
  if (row.note) {
    const note = document.createElement("p");
    note.className = "comparison__note";
    note.textContent = row.note;
    article.append(note);
  }
  return article;
}

function pythonValue(expected: ExpectedResult): string | undefined {
  if (expected.lecture !== undefined) return expected.lecture;
  if (expected.display !== undefined) return expected.display;
  if (expected.range) return `valores al azar en [${expected.range[0]}, ${expected.range[1]})`;
  if (expected.value === undefined) return undefined;
  if (typeof expected.value === "string") return expected.value;
  return formatNumpy(expected.value as Nested, expected.dtype ?? guessDtype(expected.value));
}

function guessDtype(value: unknown): string {
  const leaves = [value].flat(Infinity) as number[];
  return leaves.every((x) => Number.isInteger(x)) ? "int32" : "float32";
}

function resultPanel(
  title: string,
  fields: [string, string | undefined][],
  differing: ReadonlySet<string>,
): HTMLElement {
  const panel = document.createElement("section");
  panel.className = "comparison__panel";
  const heading = document.createElement("h5");
  heading.textContent = title;
  const list = document.createElement("dl");
  for (const [name, value] of fields) {
    if (value === undefined) continue;
    const term = document.createElement("dt");
    term.textContent = name;
    const description = document.createElement("dd");
    description.dataset.field = name;
    if (differing.has(name)) description.classList.add("mismatch");
    const pre = document.createElement("code");
    pre.textContent = value;
    description.append(pre);
    list.append(term, description);
  }
  panel.append(heading, list);
  return panel;
}

/**
 * ComparisonSummary(rows) → how many examples give the same in TensorFlow.js as in Python, and
 * the list of those that differ, each with the fields that differ.
 */
export function ComparisonSummary(rows: readonly ComparisonRow[]): HTMLElement {
  const root = document.createElement("div");
  root.className = "comparison-summary";
  const differing = rows.filter((row) => !row.comparison.ok);
  const lead = document.createElement("p");
  lead.innerHTML = `De los <strong></strong> ejemplos de código de esta sección, <strong></strong> dan en TensorFlow.js lo mismo que en Python y <strong></strong> difieren:`;
  const [total, same, different] = lead.querySelectorAll("strong");
  total.textContent = String(rows.length);
  same.textContent = String(rows.length - differing.length);
  different.textContent = String(differing.length);
  const list = document.createElement("ul");
  for (const row of differing) {
    const item = document.createElement("li");
    const fields = row.comparison.differences.map(
      (d) => `${FIELD_NAMES[d.field]} (${d.expected} en Python, ${d.actual} en TensorFlow.js)`,
    );
    item.textContent = `${row.concept}: ${fields.join("; ")}.`;
    list.append(item);
  }
  root.append(lead, list);
  return root;
}
