/**
 * TensorFacts(summary) → a tensor's attributes as a definition list: rank, shape (as Python
 * and as TensorFlow.js write it), size, dtype, min, max and mean. An empty tensor has no
 * min, max or mean, and says so. For an int32 tensor whose mean is not whole, it also shows
 * what Python's tf.reduce_mean gives (an int32, truncated).
 */
import { pythonShape } from "../lib/format/formatNumpy.js";

export interface TensorFactsData {
  rank: number;
  shape: readonly number[];
  size: number;
  dtype: string;
  min: number | null;
  max: number | null;
  mean: number | null;
}

export function TensorFacts(summary: TensorFactsData): HTMLElement {
  const list = document.createElement("dl");
  list.className = "tensor-facts";
  const stat = (x: number | null) => (x === null ? "— (tensor vacío)" : formatStat(x));
  const facts: [string, string, string][] = [
    ["rank", "rango (ndim)", String(summary.rank)],
    ["shape", "forma (shape)", `${pythonShape(summary.shape)} · [${summary.shape.join(", ")}]`],
    ["size", "elementos (size)", String(summary.size)],
    ["dtype", "dtype", summary.dtype],
    ["min", "mínimo", stat(summary.min)],
    ["max", "máximo", stat(summary.max)],
    ["mean", "promedio", stat(summary.mean)],
  ];
  if (summary.dtype === "int32" && summary.mean !== null && !Number.isInteger(summary.mean)) {
    // tf.reduce_mean keeps an integer dtype in Python, so it truncates.
    facts.push([
      "meanPython",
      "promedio en TF (Python)",
      `${Math.trunc(summary.mean)} (tf.reduce_mean de un int32 da int32: trunca)`,
    ]);
  }
  for (const [key, label, value] of facts) {
    const term = document.createElement("dt");
    term.textContent = label;
    const description = document.createElement("dd");
    description.dataset.fact = key;
    description.textContent = value;
    list.append(term, description);
  }
  return list;
}

/** float32 holds about 7 significant digits: 3.5000000001 → "3.5". */
function formatStat(x: number): string {
  return String(Number(x.toPrecision(6)));
}
