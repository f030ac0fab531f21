/**
 * BroadcastGrids({a, b, result, sum}) → A + B = C drawn as grids at the result's shape. The
 * operands' own values are solid; the repetitions broadcasting reads them from again are
 * faded and dashed (they are not real copies: NumPy and tfjs reuse the same memory). Only for
 * shapes of at most two axes; `sum` is the result computed by tfjs.
 */
import { stretchGrid } from "../lib/math/tensors/broadcastGrid.js";
import { formatShape } from "../lib/format/formatShape.js";

export interface Operand {
  shape: number[];
  values: number[];
}

export interface BroadcastGridsData {
  a: Operand;
  b: Operand;
  result: number[];
  /** The values tfjs computed for A + B, row-major. */
  sum: number[];
}

export function BroadcastGrids({ a, b, result, sum }: BroadcastGridsData): HTMLElement {
  const root = document.createElement("div");
  root.className = "vz-grids";
  const resultGrid = stretchGrid(result, result);
  root.append(
    grid(`A ${formatShape(a.shape)}`, a, result),
    symbol("+"),
    grid(`B ${formatShape(b.shape)}`, b, result),
    symbol("="),
    grid(
      `A + B ${formatShape(result)}, calculado con TensorFlow.js`,
      { shape: result, values: sum },
      result,
      resultGrid,
    ),
  );
  return root;
}

function grid(
  title: string,
  operand: Operand,
  result: number[],
  layout = stretchGrid(operand.shape, result),
): HTMLElement {
  const figure = document.createElement("figure");
  figure.className = "vz-grid";
  const table = document.createElement("table");
  table.setAttribute("aria-label", title);
  for (const row of layout.cells) {
    const tr = table.insertRow();
    for (const cell of row) {
      const td = tr.insertCell();
      td.textContent = formatValue(operand.values[cell.source]);
      if (cell.copy) {
        td.className = "vz-grid__copy";
        td.title = "repetición: broadcasting vuelve a leer este valor, no lo copia";
        const hidden = document.createElement("span");
        hidden.className = "sr-only";
        hidden.textContent = " (repetido)";
        td.append(hidden);
      }
    }
  }
  const caption = document.createElement("figcaption");
  caption.textContent = title;
  figure.append(table, caption);
  return figure;
}

function symbol(text: string): HTMLElement {
  const span = document.createElement("span");
  span.className = "vz-grids__op";
  span.setAttribute("aria-hidden", "true");
  span.textContent = text;
  return span;
}

function formatValue(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6)));
}
