/**
 * BackendBadge(state) → a badge naming the active tfjs backend. On hover or keyboard focus it
 * lists every backend tried and why the others were not used. Tests read `data-backend`.
 * With `null` (the runtime is still starting) it says so and is `aria-busy`.
 */
import { BACKENDS, BACKEND_LABELS, type RuntimeState } from "../runtime/tfRuntime.js";

let counter = 0;

export function BackendBadge(state: RuntimeState | null): HTMLElement {
  const id = `backend-badge-${++counter}`;
  const root = document.createElement("div");
  root.className = "backend-badge";
  if (state === null) {
    root.setAttribute("aria-busy", "true");
    root.textContent = "Iniciando el motor de cálculo de TensorFlow.js…";
    return root;
  }
  root.dataset.backend = state.active;

  const button = document.createElement("button");
  button.type = "button";
  button.className = "backend-badge__label";
  button.setAttribute("aria-describedby", id);
  button.innerHTML = `Motor de cálculo: <strong></strong>`;
  button.querySelector("strong")!.textContent = BACKEND_LABELS[state.active];
  button.addEventListener("click", () => root.classList.toggle("backend-badge--open"));
  root.addEventListener("keydown", (event) => {
    if (event.key === "Escape") root.classList.remove("backend-badge--open");
  });

  const details = document.createElement("div");
  details.className = "backend-badge__details";
  details.id = id;
  details.setAttribute("role", "tooltip");
  const list = document.createElement("ul");
  for (const name of BACKENDS) {
    const attempt = state.attempts.find((a) => a.name === name);
    const item = document.createElement("li");
    item.dataset.backend = name;
    item.dataset.ok = attempt ? String(attempt.ok) : "untried";
    const verdict = !attempt
      ? state.forced
        ? "no se probó: se pidió otro motor"
        : "no se probó: ya funcionaba uno preferido"
      : attempt.ok
        ? name === state.active
          ? "funciona (activo)"
          : "funciona"
        : `no disponible: ${attempt.reason}`;
    item.textContent = `${attempt ? (attempt.ok ? "✓" : "✗") : "·"} ${BACKEND_LABELS[name]} — ${verdict}`;
    list.append(item);
  }
  details.append(list);
  if (state.forced) {
    const forced = document.createElement("p");
    forced.textContent = `Motor pedido en la dirección (?backend=${state.forced}).`;
    details.append(forced);
  }
  root.append(button, details);

  if (state.notice) {
    const notice = document.createElement("p");
    notice.className = "backend-badge__notice";
    notice.setAttribute("role", "status");
    notice.textContent = state.notice;
    root.append(notice);
  }
  return root;
}
