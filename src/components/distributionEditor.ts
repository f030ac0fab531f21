/**
 * DistributionEditor(weights, {label, names, presets, width}) → a bar editor for a discrete
 * distribution over 2–12 outcomes. The student sets a weight per outcome, by dragging its
 * bar, with the keyboard (each bar is a slider: arrows ±0.01, Page Up/Down ±0.1, Home 0,
 * End 1) or by typing in the box under it. The weights are then renormalised, visibly:
 * the dashed outline is the weight as set, the filled bar is the probability after dividing
 * by the sum of the weights, and a line under the bars says what the sum was.
 *
 * `.value` is the renormalised distribution (lib/renormalize), or null while every weight
 * is 0 (the editor then shows the library's message). `.weights` reads or sets the raw
 * weights. Dispatches `input` on every change, while dragging too; it only updates its
 * own SVG attributes, it never rebuilds.
 */
import { attempt } from "../lib/input/attempt.js";
import { formatNumber } from "../lib/format/formatNumber.js";
import { renormalize } from "../lib/math/probability/renormalize.js";

let counter = 0;

export interface DistributionEditorOptions {
  /** Accessible name of the whole editor, e.g. "Distribución P". */
  label: string;
  /** Outcome names; x₁, x₂, … by default. */
  names?: readonly string[];
  /** Buttons that set all the weights at once: a list, or a function called on click. */
  presets?: readonly { label: string; weights: readonly number[] | (() => readonly number[]) }[];
  /** A CSS class for the bars' colour, e.g. "dist-editor--p". */
  className?: string;
  width?: number;
  height?: number;
}

export interface DistributionEditorElement extends HTMLElement {
  value: number[] | null;
  weights: number[];
}

const PAD = { top: 22, right: 8, bottom: 26, left: 36 };

export function DistributionEditor(
  initial: readonly number[],
  {
    label,
    names = initial.map((_, i) => `x${subscript(i + 1)}`),
    presets = [],
    className = "",
    width = 640,
    height = 220,
  }: DistributionEditorOptions,
): DistributionEditorElement {
  const id = `dist-editor-${++counter}`;
  const n = initial.length;
  let weights = [...initial];
  let value: number[] | null = null;
  let top = 1; // weight at the top of the axis; fixed while dragging
  const root = document.createElement("div") as unknown as DistributionEditorElement;
  root.className = `dist-editor ${className}`.trim();
  root.setAttribute("role", "group");
  root.setAttribute("aria-labelledby", `${id}-title`);

  const plotW = width - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  const band = plotW / n;
  const barW = Math.min(56, band * 0.7);
  const y = (w: number) => PAD.top + plotH * (1 - w / top);

  const title = document.createElement("p");
  title.className = "dist-editor__title";
  title.id = `${id}-title`;
  title.textContent = label;

  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.classList.add("dist-editor__svg");
  svg.innerHTML = `<line class="dist-editor__axis" x1="${PAD.left}" x2="${width - PAD.right}" y1="${PAD.top + plotH}" y2="${PAD.top + plotH}"></line>
<line class="dist-editor__grid" x1="${PAD.left}" x2="${width - PAD.right}" y1="${PAD.top}" y2="${PAD.top}"></line>
<text class="dist-editor__tick dist-editor__top" x="${PAD.left - 6}" y="${PAD.top + 4}" text-anchor="end">1</text>
<text class="dist-editor__tick" x="${PAD.left - 6}" y="${PAD.top + plotH + 4}" text-anchor="end">0</text>`;
  const columns = names.map((name, i) => {
    const cx = PAD.left + band * (i + 0.5);
    const g = document.createElementNS("http://www.w3.org/2000/svg", "g");
    g.setAttribute("class", "dist-editor__bar");
    g.setAttribute("role", "slider");
    g.setAttribute("tabindex", "0");
    g.setAttribute("aria-label", `${label}: peso de ${name}`);
    g.setAttribute("aria-valuemin", "0");
    g.dataset.index = String(i);
    g.innerHTML = `<rect class="dist-editor__hit" x="${cx - band / 2}" y="${PAD.top}" width="${band}" height="${plotH}"></rect>
<rect class="dist-editor__prob" x="${cx - barW / 2}" width="${barW}"></rect>
<rect class="dist-editor__weight" x="${cx - barW / 2}" width="${barW}"></rect>
<text class="dist-editor__value" x="${cx}" text-anchor="middle"></text>
<text class="dist-editor__name" x="${cx}" y="${height - 8}" text-anchor="middle"></text>`;
    g.querySelector(".dist-editor__name")!.textContent = name;
    svg.append(g);
    return {
      g,
      prob: g.querySelector<SVGRectElement>(".dist-editor__prob")!,
      weight: g.querySelector<SVGRectElement>(".dist-editor__weight")!,
      text: g.querySelector<SVGTextElement>(".dist-editor__value")!,
    };
  });

  const boxes = document.createElement("div");
  boxes.className = "dist-editor__boxes";
  boxes.style.gridTemplateColumns = `repeat(${n}, 1fr)`;
  boxes.style.marginLeft = `${(PAD.left / width) * 100}%`;
  boxes.style.marginRight = `${(PAD.right / width) * 100}%`;
  const inputs = names.map((name) => {
    const box = document.createElement("label");
    box.className = "dist-editor__box";
    box.innerHTML = `<span class="sr-only"></span><input type="number" min="0" step="0.01" inputmode="decimal">`;
    box.querySelector("span")!.textContent = `${label}: peso de ${name}`;
    boxes.append(box);
    return box.querySelector("input")!;
  });

  const status = document.createElement("p");
  status.className = "dist-editor__status";
  const error = document.createElement("p");
  error.className = "dist-editor__error";
  error.setAttribute("role", "alert");
  error.hidden = true;

  const toolbar = document.createElement("div");
  toolbar.className = "dist-editor__presets";
  for (const preset of presets) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = preset.label;
    button.addEventListener("click", () => {
      const next = typeof preset.weights === "function" ? preset.weights() : preset.weights;
      weights = next.slice(0, n);
      rescale();
      change(true);
    });
    toolbar.append(button);
  }

  root.append(title, svg, boxes, status, error, toolbar);

  const rescale = () => {
    top = Math.max(1, ...weights);
    svg.querySelector(".dist-editor__top")!.textContent = formatNumber(top, 3);
  };

  const render = (skipBox = -1) => {
    const result = attempt(() => renormalize(weights));
    value = result.ok ? result.value : null;
    const sum = weights.reduce((s, w) => s + w, 0);
    columns.forEach((column, i) => {
      const w = weights[i];
      const p = value ? value[i] : 0;
      column.weight.setAttribute("y", String(y(w)));
      column.weight.setAttribute("height", String(Math.max(0, PAD.top + plotH - y(w))));
      column.prob.setAttribute("y", String(y(p)));
      column.prob.setAttribute("height", String(Math.max(0, PAD.top + plotH - y(p))));
      column.text.setAttribute("y", String(Math.min(y(Math.max(w, p)), PAD.top + plotH) - 5));
      column.text.textContent = value ? formatNumber(p, 2) : "—";
      column.g.setAttribute("aria-valuemax", String(top));
      column.g.setAttribute("aria-valuenow", String(w));
      column.g.setAttribute(
        "aria-valuetext",
        `peso ${formatNumber(w, 3)}, probabilidad ${value ? formatNumber(p, 3) : "sin definir"}`,
      );
      if (i !== skipBox) inputs[i].value = String(Number(w.toFixed(4)));
      inputs[i].removeAttribute("aria-invalid");
    });
    status.textContent = !result.ok
      ? ""
      : Math.abs(sum - 1) < 1e-9
        ? `Los pesos suman 1: ya son probabilidades.`
        : `Los pesos (las casillas y el contorno punteado) suman ${formatNumber(sum, 4)}; las probabilidades (las barras rellenas y sus números) son cada peso ÷ ${formatNumber(sum, 4)}, y suman 1.`;
    error.hidden = result.ok;
    error.textContent = result.ok ? "" : result.message;
  };

  const change = (full = true, skipBox = -1) => {
    if (full) render(skipBox);
    root.dispatchEvent(new Event("input", { bubbles: true }));
  };

  const setWeight = (i: number, w: number, skipBox = -1) => {
    weights[i] = Math.round(Math.max(0, w) * 1000) / 1000;
    change(true, skipBox);
  };

  // Dragging: the pointer's height sets the weight, on the axis fixed at drag start.
  let dragging = -1;
  const weightAt = (event: PointerEvent) => {
    const box = svg.getBoundingClientRect();
    const sy = ((event.clientY - box.top) / box.height) * height;
    return Math.min(top, Math.max(0, ((PAD.top + plotH - sy) / plotH) * top));
  };
  svg.addEventListener("pointerdown", (event) => {
    const bar = (event.target as Element).closest<SVGGElement>(".dist-editor__bar");
    if (!bar) return;
    event.preventDefault();
    dragging = Number(bar.dataset.index);
    svg.setPointerCapture(event.pointerId);
    bar.focus();
    setWeight(dragging, weightAt(event));
  });
  svg.addEventListener("pointermove", (event) => {
    if (dragging >= 0) setWeight(dragging, weightAt(event));
  });
  const stop = () => {
    if (dragging < 0) return;
    dragging = -1;
    rescale();
    render();
  };
  svg.addEventListener("pointerup", stop);
  svg.addEventListener("pointercancel", stop);

  svg.addEventListener("keydown", (event) => {
    const bar = (event.target as Element).closest<SVGGElement>(".dist-editor__bar");
    if (!bar) return;
    const i = Number(bar.dataset.index);
    const w = weights[i];
    const keys: Record<string, number> = {
      ArrowUp: w + 0.01,
      ArrowRight: w + 0.01,
      ArrowDown: w - 0.01,
      ArrowLeft: w - 0.01,
      PageUp: w + 0.1,
      PageDown: w - 0.1,
      Home: 0,
      End: 1,
    };
    if (!(event.key in keys)) return;
    event.preventDefault();
    setWeight(i, Math.min(top, keys[event.key]));
  });

  inputs.forEach((input, i) => {
    input.addEventListener("input", (event) => {
      event.stopPropagation(); // the editor dispatches its own input event
      const typed = input.value.trim() === "" ? NaN : input.valueAsNumber;
      if (!Number.isFinite(typed) || typed < 0) {
        const tried = weights.map((w, k) => (k === i ? typed : w));
        const why = attempt(() => renormalize(tried));
        input.setAttribute("aria-invalid", "true");
        error.hidden = false;
        error.textContent = `${why.ok || !Number.isFinite(typed) ? `Escribe un número para el peso de ${names[i]}` : why.message}. Se conserva el peso ${formatNumber(weights[i], 3)}.`;
        return;
      }
      weights[i] = typed;
      rescale();
      change(true, i);
    });
    // Leaving a rejected box shows the weight that was kept; the message stays (no layout shift
    // under the pointer that is about to click something else).
    input.addEventListener("change", () => {
      if (input.getAttribute("aria-invalid") === "true") input.value = String(weights[i]);
    });
  });

  Object.defineProperty(root, "value", { get: () => value });
  Object.defineProperty(root, "weights", {
    get: () => [...weights],
    set: (next: readonly number[]) => {
      weights = next.slice(0, n);
      rescale();
      render();
    },
  });
  rescale();
  render();
  return root;
}

function subscript(k: number): string {
  return String(k).replace(/\d/g, (d) => "₀₁₂₃₄₅₆₇₈₉"[Number(d)]);
}
