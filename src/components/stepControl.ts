/**
 * StepControl({steps, describe}, {label}) → buttons to walk through a process one step at a
 * time: «Anterior», «Siguiente», «Todos» and «Reiniciar». A custom input: `.value` is how many
 * steps are shown (0 to steps) and every change dispatches `input`. The current step is
 * described in a live region with `describe(k)`.
 */
export interface StepControlElement extends HTMLElement {
  value: number;
}

export function StepControl(
  { steps, describe }: { steps: number; describe: (shown: number) => string },
  { label, value = 0 }: { label: string; value?: number },
): StepControlElement {
  const root = document.createElement("div") as unknown as StepControlElement;
  root.className = "step-control";
  root.setAttribute("role", "group");
  const title = document.createElement("span");
  title.className = "step-control__label";
  title.textContent = label;
  root.setAttribute("aria-label", label);
  const status = document.createElement("p");
  status.className = "step-control__status";
  status.setAttribute("aria-live", "polite");

  let shown = Math.max(0, Math.min(steps, value));
  const button = (text: string, next: () => number) => {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
    b.addEventListener("click", () => {
      if (b.getAttribute("aria-disabled") !== "true") set(next(), true);
    });
    return b;
  };
  const prev = button("◀ Anterior", () => shown - 1);
  const next = button("Siguiente ▶", () => shown + 1);
  const all = button("Todos", () => steps);
  const reset = button("Reiniciar", () => 0);

  function set(k: number, notify: boolean) {
    shown = Math.max(0, Math.min(steps, k));
    prev.setAttribute("aria-disabled", String(shown === 0));
    reset.setAttribute("aria-disabled", String(shown === 0));
    next.setAttribute("aria-disabled", String(shown === steps));
    all.setAttribute("aria-disabled", String(shown === steps));
    status.textContent = describe(shown);
    if (notify) root.dispatchEvent(new Event("input", { bubbles: true }));
  }
  Object.defineProperty(root, "value", {
    get: () => shown,
    set: (k: number) => set(k, false),
  });
  const buttons = document.createElement("div");
  buttons.className = "step-control__buttons";
  buttons.append(prev, next, all, reset);
  root.append(title, buttons, status);
  set(shown, false);
  return root;
}
