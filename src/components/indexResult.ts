/**
 * IndexResult(outcome, {base, width}) → what an index expression selects: the expression in
 * NumPy, TensorFlow and TensorFlow.js; the base tensor with the selected elements lit; the
 * resulting tensor and its shape; and whether tfjs picked what NumPy's rules pick.
 */
import { pythonShape } from "../lib/format/formatNumpy.js";
import type { IndexOutcome } from "../lib/tf/runIndexExpression.js";
import { CodeColumns } from "./codeColumns.js";
import { TensorBoxes } from "./tensorBoxes.js";

export function IndexResult(
  outcome: IndexOutcome,
  {
    base,
    width = 640,
  }: { base: { shape: readonly number[]; values: ArrayLike<number> }; width?: number },
): HTMLElement {
  const root = document.createElement("div");
  root.className = "index-result";
  root.append(
    CodeColumns(
      [
        { label: "NumPy", code: outcome.code.numpy, language: "python" },
        { label: "TensorFlow (Python)", code: outcome.code.tensorflow, language: "python" },
        { label: "TensorFlow.js", code: outcome.code.tfjs, language: "javascript" },
      ],
      { width },
    ),
  );

  const summary = document.createElement("p");
  summary.className = "index-result__summary";
  const count = outcome.values.length;
  summary.innerHTML = `Resultado: forma <code></code> (en TensorFlow.js <code></code>), ${count} elemento${count === 1 ? "" : "s"}. `;
  const [py, js] = summary.querySelectorAll("code");
  py.textContent = pythonShape(outcome.shape);
  js.textContent = `[${outcome.shape.join(", ")}]`;
  const verdict = document.createElement("span");
  verdict.className = outcome.agreesWithNumpy ? "match" : "mismatch";
  verdict.dataset.verdict = outcome.agreesWithNumpy ? "coincide" : "difiere";
  verdict.textContent = outcome.agreesWithNumpy
    ? "✓ TensorFlow.js eligió exactamente los elementos que eligen las reglas de NumPy."
    : "✗ TensorFlow.js eligió otros elementos que NumPy: revisa la traducción.";
  summary.append(verdict);
  root.append(summary);

  if (outcome.selection.steps.some((step) => step.movedListAxis)) {
    const note = document.createElement("p");
    note.className = "index-result__note";
    note.textContent =
      "Regla curiosa de NumPy: cuando un entero y una lista quedan separados por una rebanada, el eje de la lista pasa al frente del resultado. Por eso la traducción termina con tf.transpose.";
    root.append(note);
  }

  const drawings = document.createElement("div");
  drawings.className = "index-result__drawings";
  const half = width >= 720 ? Math.floor(width / 2) - 12 : width;
  drawings.append(
    TensorBoxes(
      {
        shape: base.shape,
        values: base.values,
        highlight: new Set(outcome.selection.flat),
        dtype: "int32",
      },
      { name: "t", width: half },
    ),
    TensorBoxes(
      { shape: outcome.shape, values: outcome.values, dtype: outcome.dtype },
      { name: "resultado", width: half },
    ),
  );
  root.append(drawings);
  return root;
}
