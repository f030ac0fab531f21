/**
 * TensorBoxes({shape, values, highlight}, {name, width, maxCells}) → a tensor drawn as nested
 * boxes, one level of boxes per axis, so its rank is the number of nested levels: a scalar is
 * one cell, a vector a row, a matrix a column of rows, a rank-3 tensor matrices side by side,
 * and so on, alternating. Each axis has its own border colour (see the legend). Cells whose
 * flat (row-major) position is in `highlight` light up. The figure has a text alternative.
 */
import { pythonShape } from "../lib/format/formatNumpy.js";

export interface TensorBoxesData {
  shape: readonly number[];
  /** Row-major values, as many as the shape holds. */
  values: ArrayLike<number>;
  /** Flat positions to light up. */
  highlight?: ReadonlySet<number>;
  dtype?: string;
}

export interface TensorBoxesOptions {
  /** The tensor's name, for the labels of sub-boxes: t[0], t[1], … */
  name?: string;
  width?: number;
  /** Larger tensors are described in words instead of drawn. */
  maxCells?: number;
}

export function TensorBoxes(
  { shape, values, highlight, dtype = "float32" }: TensorBoxesData,
  { name = "t", width = 640, maxCells = 240 }: TensorBoxesOptions = {},
): HTMLElement {
  const figure = document.createElement("figure");
  figure.className = "tensor-boxes";
  figure.style.maxWidth = `${width}px`;
  const size = shape.reduce((p, d) => p * d, 1);
  const rank = shape.length;
  const lit = highlight ? new Set([...highlight]).size : 0;

  const drawing = document.createElement("div");
  drawing.className = "tensor-boxes__drawing";
  drawing.setAttribute("role", "img");
  drawing.setAttribute("aria-label", describe(shape, lit));
  if (size > maxCells) {
    drawing.classList.add("tensor-boxes__too-big");
    drawing.textContent = `Con ${size} elementos el dibujo no cabría: aquí se dibujan tensores de hasta ${maxCells}.`;
  } else {
    let next = 0;
    const build = (axis: number, path: number[]): HTMLElement => {
      if (axis === rank) {
        const flat = next++;
        const cell = document.createElement("span");
        cell.className = "tensor-boxes__cell";
        cell.dataset.flat = String(flat);
        if (highlight?.has(flat)) cell.classList.add("is-selected");
        cell.textContent = formatCell(values[flat], dtype);
        return cell;
      }
      const box = document.createElement("div");
      const fromLast = rank - 1 - axis;
      box.className = `tensor-boxes__box tensor-boxes__axis-${axis % 6} ${fromLast % 2 === 0 ? "is-row" : "is-column"}`;
      if (axis > 0 && fromLast >= 1) {
        const label = document.createElement("span");
        label.className = "tensor-boxes__label";
        label.textContent = `${name}[${path.join(", ")}]`;
        box.append(label);
      }
      if (shape[axis] === 0) {
        const empty = document.createElement("span");
        empty.className = "tensor-boxes__empty";
        empty.textContent = "vacío";
        box.append(empty);
      }
      for (let i = 0; i < shape[axis]; i++) box.append(build(axis + 1, [...path, i]));
      return box;
    };
    drawing.append(rank === 0 ? wrapScalar(build(0, [])) : build(0, []));
  }

  const legend = document.createElement("figcaption");
  legend.className = "tensor-boxes__legend";
  legend.append(`${name}: rango ${rank}, forma ${pythonShape(shape)}`);
  shape.forEach((d, axis) => {
    const key = document.createElement("span");
    key.className = `tensor-boxes__key tensor-boxes__axis-${axis % 6}`;
    key.textContent = `eje ${axis}: ${d}`;
    legend.append(" ", key);
  });
  if (highlight) legend.append(` · ${lit} resaltado${lit === 1 ? "" : "s"}`);
  figure.append(drawing, legend);
  return figure;
}

function wrapScalar(cell: HTMLElement): HTMLElement {
  const box = document.createElement("div");
  box.className = "tensor-boxes__box is-row tensor-boxes__scalar";
  box.append(cell);
  return box;
}

function formatCell(x: number, dtype: string): string {
  if (dtype === "int32" || dtype === "bool" || Number.isInteger(x)) return String(x);
  return x.toFixed(3);
}

/** The drawing in words, for screen readers. */
function describe(shape: readonly number[], lit: number): string {
  const [a, b, c] = shape;
  const what =
    shape.length === 0
      ? "un solo número (escalar)"
      : shape.length === 1
        ? `una fila de ${a} números (vector)`
        : shape.length === 2
          ? `${a} filas de ${b} números (matriz)`
          : shape.length === 3
            ? `${a} matrices de ${b} filas por ${c} columnas`
            : `${shape.length} niveles de cajas anidadas`;
  const highlighted = lit > 0 ? `; ${lit} elemento(s) resaltado(s)` : "";
  return `Tensor de rango ${shape.length} y forma ${pythonShape(shape)}: ${what}${highlighted}`;
}
