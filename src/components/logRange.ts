/**
 * LogRange({min, max, value}, {label}) → a log-scale slider for a count n, with a number box
 * for typing an exact n. The slider moves in quarter powers of ten (1000, 1800, 3200, 5600,
 * 10000, …); the box accepts anything, and `.value` is what the student typed (possibly
 * invalid: the page's guard explains it). Dispatches `input` on every change, like Inputs.
 */
import { formatCount } from "../lib/format/formatCount.js";
import { exponentFromN, nFromExponent } from "../lib/format/logScale.js";

export interface LogRangeOptions {
  /** Exponents of ten: 3 and 8 for 10³ … 10⁸. */
  min: number;
  max: number;
  value: number;
}

let counter = 0;

export function LogRange(
  { min, max, value }: LogRangeOptions,
  { label = "n" }: { label?: string } = {},
): HTMLElement & { value: number } {
  const id = `log-range-${++counter}`;
  const root = document.createElement("div") as unknown as HTMLElement & { value: number };
  root.className = "vz-log-range";
  root.innerHTML = `<label for="${id}-slider"></label>
<input id="${id}-slider" type="range" step="0.25">
<label class="vz-log-range__exact" for="${id}-box">n exacto <input id="${id}-box" type="number" inputmode="numeric"></label>`;
  root.querySelector("label")!.textContent = label;
  const slider = root.querySelector<HTMLInputElement>(`#${id}-slider`)!;
  const box = root.querySelector<HTMLInputElement>(`#${id}-box`)!;
  Object.assign(slider, { min: String(min), max: String(max) });
  Object.assign(box, { min: String(10 ** min), max: String(10 ** max), step: "1" });

  const show = (n: number, from: "slider" | "box" | "init") => {
    root.value = n;
    if (from !== "box") box.value = String(n);
    if (from !== "slider" && Number.isFinite(n) && n > 0) {
      slider.value = String(Math.min(max, Math.max(min, exponentFromN(n))));
    }
    slider.setAttribute(
      "aria-valuetext",
      Number.isFinite(n) ? `n = ${formatCount(n)}` : "n no válido",
    );
  };
  slider.addEventListener("input", () => show(nFromExponent(Number(slider.value)), "slider"));
  box.addEventListener("input", () =>
    show(box.value.trim() === "" ? NaN : Number(box.value), "box"),
  );
  show(value, "init");
  return root;
}
