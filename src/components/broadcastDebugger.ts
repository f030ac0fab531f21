/**
 * BroadcastDebugger(explanation) → the lecture's four rules applied to two shapes, from
 * lib/math/tensors/broadcast.ts's explainBroadcast: the shapes aligned on the right (padding 1s shown
 * faded), a verdict per axis, the steps in words from right to left, and the result shape or
 * the error as NumPy prints it, explained in Spanish.
 */
import type { BroadcastAxisStep, BroadcastExplanation } from "../lib/math/tensors/broadcast.js";
import { formatShape } from "../lib/format/formatShape.js";

const VERDICT_TEXT: Record<BroadcastAxisStep["verdict"], string> = {
  iguales: "iguales ✓",
  "estira A": "se estira A ✓",
  "estira B": "se estira B ✓",
  incompatible: "incompatibles ✗",
};

export function BroadcastDebugger(e: BroadcastExplanation): HTMLElement {
  const root = document.createElement("div");
  root.className = "vz-bcast";
  root.dataset.ok = String(e.ok);
  const axes = [...e.axes].reverse(); // left to right, as the shapes are written

  if (e.rank > 0) {
    const table = document.createElement("table");
    table.className = "vz-bcast__axes";
    table.createCaption().textContent =
      "Las formas alineadas por la derecha (regla 1: la más corta se rellena con 1 a la izquierda)";
    const head = table.createTHead().insertRow();
    head.append(th("", "col"));
    for (const step of axes) head.append(th(`eje ${step.axis}`, "col"));
    const body = table.createTBody();
    const row = (label: string, cells: (step: BroadcastAxisStep) => [string, string?]) => {
      const tr = body.insertRow();
      tr.append(th(label, "row"));
      for (const step of axes) {
        const [text, className] = cells(step);
        const td = tr.insertCell();
        td.textContent = text;
        if (className) td.className = className;
      }
    };
    row(`A ${formatShape(e.a)}`, (s) => [String(s.sizeA), s.padA ? "vz-pad" : undefined]);
    row(`B ${formatShape(e.b)}`, (s) => [String(s.sizeB), s.padB ? "vz-pad" : undefined]);
    row("¿Compatibles?", (s) => [
      VERDICT_TEXT[s.verdict],
      s.result === null ? "mismatch" : "match",
    ]);
    row("Resultado", (s) => [s.result === null ? "—" : String(s.result)]);
    root.append(table);

    const steps = document.createElement("ol");
    steps.className = "vz-bcast__steps";
    for (const step of e.axes) {
      const li = document.createElement("li");
      li.textContent = describeStep(step);
      steps.append(li);
    }
    root.append(steps);
  }

  const verdict = document.createElement("div");
  verdict.className = e.ok ? "vz-bcast__result" : "vz-bcast__error";
  if (e.ok) {
    verdict.textContent =
      e.rank === 0
        ? "Dos escalares: el resultado es un escalar, forma ()."
        : `Se puede: el resultado tiene forma ${formatShape(e.result!)}.`;
  } else {
    const numpy = document.createElement("code");
    numpy.textContent = `ValueError: operands could not be broadcast together with shapes ${formatShape(e.a)} ${formatShape(e.b)}`;
    const spanish = document.createElement("p");
    spanish.textContent = `No se puede (regla 4): ${e.error}. NumPy lanza este error:`;
    verdict.append(spanish, numpy);
  }
  root.append(verdict);
  return root;
}

function describeStep(s: BroadcastAxisStep): string {
  const a = `A tiene ${s.sizeA}${s.padA ? " (relleno)" : ""}`;
  const b = `B tiene ${s.sizeB}${s.padB ? " (relleno)" : ""}`;
  switch (s.verdict) {
    case "iguales":
      return `Eje ${s.axis}: ${a} y ${b}; son iguales (regla 2), el resultado tiene ${s.result}.`;
    case "estira A":
      return `Eje ${s.axis}: ${a} y ${b}; A se repite ${s.result} veces a lo largo de este eje, sin copiarse (regla 3).`;
    case "estira B":
      return `Eje ${s.axis}: ${a} y ${b}; B se repite ${s.result} veces a lo largo de este eje, sin copiarse (regla 3).`;
    case "incompatible":
      return `Eje ${s.axis}: ${a} y ${b}; no son iguales y ninguno es 1: no se pueden combinar (regla 4).`;
  }
}

function th(text: string, scope: "row" | "col"): HTMLTableCellElement {
  const cell = document.createElement("th");
  cell.scope = scope;
  cell.textContent = text;
  return cell;
}
