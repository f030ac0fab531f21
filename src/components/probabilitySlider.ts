/**
 * ProbabilitySlider(value, {label, step}) → a labelled slider over [0, 1] with a number box
 * beside it, for the inputs of a probability formula.
 *
 * Unlike Inputs.range, the number box does not clamp: typing 1.5 or −0.2 makes `.value`
 * 1.5 or −0.2 (the slider stops at its end and the box is marked invalid), so the page can
 * show the library's Spanish explanation of why that is not a probability. An empty or
 * non-numeric box keeps the last value and asks for a number. Dispatches `input` on every
 * change; the range moves with the arrow keys, Page Up/Down, Home and End.
 */
let counter = 0;

export interface ProbabilitySliderOptions {
  label: string;
  /** Slider step (0.001 by default); the number box accepts any number. */
  step?: number;
  width?: number;
}

export interface ProbabilitySliderElement extends HTMLFormElement {
  value: number;
}

export function ProbabilitySlider(
  initial: number,
  { label, step = 0.001, width }: ProbabilitySliderOptions,
): ProbabilitySliderElement {
  const id = `prob-slider-${++counter}`;
  const form = document.createElement("form") as ProbabilitySliderElement;
  form.className = "prob-slider";
  if (width) form.style.maxWidth = `${width}px`;
  form.innerHTML = `<label class="prob-slider__label" id="${id}-label" for="${id}"></label>
<div class="prob-slider__controls">
  <input type="range" id="${id}" min="0" max="1" step="${step}">
  <input type="number" step="any" inputmode="decimal" aria-labelledby="${id}-label" aria-describedby="${id}-hint">
</div>
<p class="prob-slider__hint" id="${id}-hint" hidden>Escribe un número, por ejemplo 0.25.</p>`;
  form.querySelector("label")!.textContent = label;
  const range = form.querySelector<HTMLInputElement>('input[type="range"]')!;
  const box = form.querySelector<HTMLInputElement>('input[type="number"]')!;
  const hint = form.querySelector<HTMLElement>(".prob-slider__hint")!;
  let value = initial;

  const show = (v: number, fromBox: boolean) => {
    value = v;
    range.valueAsNumber = Math.min(1, Math.max(0, v));
    if (!fromBox) box.value = String(v);
    const outside = v < 0 || v > 1;
    box.setAttribute("aria-invalid", String(outside));
    hint.hidden = true;
  };

  form.addEventListener("submit", (event) => event.preventDefault());
  range.addEventListener("input", () => show(range.valueAsNumber, false));
  box.addEventListener("input", (event) => {
    const typed = box.value.trim() === "" ? NaN : box.valueAsNumber;
    if (!Number.isFinite(typed)) {
      event.stopPropagation(); // keep the last value: a page never computes with NaN
      box.setAttribute("aria-invalid", "true");
      hint.hidden = false;
      return;
    }
    show(typed, true);
  });
  box.addEventListener("change", () => {
    if (hint.hidden) box.value = String(value);
  });

  Object.defineProperty(form, "value", {
    get: () => value,
    set: (v: number) => show(v, false),
  });
  show(initial, false);
  return form;
}
