/**
 * IndexInput(presets, {label, value}) → a text field for a NumPy-style index expression
 * (t[0, 1:3, ::2]) with one button per example; a button writes its expression into the
 * field. `.value` is the expression; typing or pressing a button dispatches `input`.
 */
export interface IndexPreset {
  /** What the example shows, e.g. "índice negativo". */
  label: string;
  expression: string;
}

let counter = 0;

export function IndexInput(
  presets: readonly IndexPreset[],
  { label = "Índice", value = presets[0]?.expression ?? "" } = {},
): HTMLFormElement & { value: string } {
  const id = `index-input-${++counter}`;
  const form = document.createElement("form") as HTMLFormElement & { value: string };
  form.className = "index-input";
  form.addEventListener("submit", (event) => event.preventDefault());

  const labelElement = document.createElement("label");
  labelElement.htmlFor = id;
  labelElement.textContent = label;
  const input = document.createElement("input");
  input.type = "text";
  input.id = id;
  input.value = value;
  input.spellcheck = false;
  input.autocomplete = "off";
  input.className = "index-input__field";

  const group = document.createElement("div");
  group.className = "index-input__presets";
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", "Ejemplos de índices");
  for (const preset of presets) {
    const button = document.createElement("button");
    button.type = "button";
    button.innerHTML = `<span class="index-input__kind"></span> <code></code>`;
    button.querySelector("span")!.textContent = preset.label;
    button.querySelector("code")!.textContent = preset.expression;
    button.addEventListener("click", () => {
      input.value = preset.expression;
      form.dispatchEvent(new Event("input", { bubbles: true }));
    });
    group.append(button);
  }
  form.append(labelElement, input, group);
  Object.defineProperty(form, "value", {
    get: () => input.value,
    set: (next: string) => {
      input.value = next;
    },
  });
  return form;
}
