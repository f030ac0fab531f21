/**
 * NumberField({label, value}) → a labelled text field for a number that accepts what a student
 * would write: "5", "−0.5", "1,5", "7/8", "π/6" (lib/input/parseNumberInput.ts). A custom input: its
 * `.value` is the last valid number and it dispatches `input` only when the text is valid;
 * otherwise it says in Spanish what is wrong, next to the field, and keeps the last value.
 */
import { parseNumberInput } from "../lib/input/parseNumberInput.js";

let counter = 0;

export interface NumberFieldElement extends HTMLFormElement {
  value: number;
}

export function NumberField({
  label,
  value,
  hint = "",
}: {
  label: string;
  value: number;
  hint?: string;
}): NumberFieldElement {
  const id = `number-field-${++counter}`;
  const form = document.createElement("form") as NumberFieldElement;
  form.className = "number-field";
  form.innerHTML = `<label for="${id}"></label><input id="${id}" type="text" inputmode="decimal" autocomplete="off" spellcheck="false"><p class="number-field__message" id="${id}-msg" aria-live="polite"></p>`;
  const labelEl = form.querySelector("label")!;
  const input = form.querySelector("input")!;
  const message = form.querySelector("p")!;
  labelEl.textContent = label;
  input.value = String(value);
  input.setAttribute("aria-describedby", `${id}-msg`);
  const showHint = () => {
    message.textContent = hint;
    message.classList.remove("number-field__message--error");
    input.removeAttribute("aria-invalid");
  };
  showHint();

  let current = value;
  Object.defineProperty(form, "value", {
    get: () => current,
    set: (v: number) => {
      current = v;
      input.value = String(v);
      showHint();
    },
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  input.addEventListener("input", (event) => {
    event.stopPropagation(); // only valid numbers reach the page
    const parsed = parseNumberInput(input.value);
    if (!parsed.ok) {
      message.textContent = `${parsed.message} Se siguen mostrando los resultados de x = ${current}.`;
      message.classList.add("number-field__message--error");
      input.setAttribute("aria-invalid", "true");
      return;
    }
    showHint();
    current = parsed.value;
    form.dispatchEvent(new Event("input", { bubbles: true }));
  });
  return form;
}
