/**
 * ShapePair({presets, value}) → two labelled text boxes for the shapes of A and B, and one
 * button per preset (the lecture's cases) that fills both. A custom input: `.value` is
 * {a, b} as typed (the page parses and explains them), and it dispatches `input` on every
 * change.
 */
export interface ShapePreset {
  /** The button's text, e.g. «(2,3) + (2,1)». */
  label: string;
  a: string;
  b: string;
}

export interface ShapePairValue {
  a: string;
  b: string;
}

let counter = 0;

export function ShapePair({
  presets,
  value,
}: {
  presets: readonly ShapePreset[];
  value: ShapePairValue;
}): HTMLElement & { value: ShapePairValue } {
  const id = `shape-pair-${++counter}`;
  const root = document.createElement("form") as unknown as HTMLElement & {
    value: ShapePairValue;
  };
  root.className = "vz-shape-pair";
  root.addEventListener("submit", (event) => event.preventDefault());
  root.innerHTML = `<fieldset class="vz-shape-pair__presets"><legend>Casos de la clase</legend></fieldset>
<div class="vz-shape-pair__boxes">
  <label for="${id}-a">Forma de A</label><input id="${id}-a" type="text" spellcheck="false" autocomplete="off">
  <label for="${id}-b">Forma de B</label><input id="${id}-b" type="text" spellcheck="false" autocomplete="off">
</div>`;
  const boxA = root.querySelector<HTMLInputElement>(`#${id}-a`)!;
  const boxB = root.querySelector<HTMLInputElement>(`#${id}-b`)!;
  const fieldset = root.querySelector("fieldset")!;
  const buttons: HTMLButtonElement[] = [];

  const sync = () => {
    root.value = { a: boxA.value, b: boxB.value };
    for (const [i, button] of buttons.entries()) {
      const p = presets[i];
      button.setAttribute("aria-pressed", String(p.a === boxA.value && p.b === boxB.value));
    }
  };
  for (const preset of presets) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = preset.label;
    button.addEventListener("click", () => {
      boxA.value = preset.a;
      boxB.value = preset.b;
      sync();
      root.dispatchEvent(new Event("input", { bubbles: true }));
    });
    buttons.push(button);
    fieldset.append(button);
  }
  boxA.value = value.a;
  boxB.value = value.b;
  boxA.addEventListener("input", sync);
  boxB.addEventListener("input", sync);
  sync();
  return root;
}
