/**
 * PlaygroundView(summary, code, {width}) → the playground's output: the tensor's attributes,
 * the tensor drawn as nested boxes, and the code that makes it in TensorFlow and TensorFlow.js.
 */
import type { TensorSummary } from "../lib/tf/playgroundTensor.js";
import { CodeColumns } from "./codeColumns.js";
import { TensorBoxes } from "./tensorBoxes.js";
import { TensorFacts } from "./tensorFacts.js";

export function PlaygroundView(
  summary: TensorSummary,
  code: { python: string; tfjs: string },
  { width = 640 } = {},
): HTMLElement {
  const root = document.createElement("div");
  root.className = "playground-view";
  const top = document.createElement("div");
  top.className = "playground-view__top";
  top.append(
    TensorFacts(summary),
    TensorBoxes(summary, { name: "t", width: width >= 720 ? width - 260 : width }),
  );
  root.append(
    top,
    CodeColumns(
      [
        { label: "TensorFlow (Python)", code: `t = ${code.python}`, language: "python" },
        { label: "TensorFlow.js", code: `const t = ${code.tfjs};`, language: "javascript" },
      ],
      { width },
    ),
  );
  return root;
}
