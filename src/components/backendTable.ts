/**
 * BackendTable(attempts, {active}) → which TensorFlow.js backends work in this browser and why
 * the others do not: the page's `tf.config.list_physical_devices()`. Backends not yet tried
 * say so.
 */
import {
  BACKENDS,
  BACKEND_LABELS,
  type BackendAttempt,
  type BackendName,
} from "../runtime/tfRuntime.js";

export function BackendTable(
  attempts: readonly BackendAttempt[],
  { active }: { active: BackendName | null },
): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "backend-table";
  table.innerHTML = `<caption>Motores de TensorFlow.js en este navegador</caption>
    <thead><tr><th scope="col">Motor</th><th scope="col">¿Funciona aquí?</th><th scope="col">Detalle</th></tr></thead>`;
  const body = document.createElement("tbody");
  for (const name of BACKENDS) {
    const attempt = attempts.find((a) => a.name === name);
    const row = document.createElement("tr");
    row.dataset.backend = name;
    row.dataset.ok = attempt ? String(attempt.ok) : "untried";
    const cells = [
      BACKEND_LABELS[name],
      !attempt ? "sin probar" : attempt.ok ? "sí" : "no",
      !attempt
        ? "no se probó: ya funcionaba uno preferido (pulsa «Probar todos los motores»)"
        : attempt.ok
          ? name === active
            ? "funciona y es el motor activo"
            : "funciona"
          : (attempt.reason ?? "no disponible"),
    ];
    cells.forEach((text, i) => {
      const cell = document.createElement(i === 0 ? "th" : "td");
      if (i === 0) cell.setAttribute("scope", "row");
      cell.textContent = text;
      if (i === 1) cell.className = !attempt ? "" : attempt.ok ? "match" : "mismatch";
      row.append(cell);
    });
    body.append(row);
  }
  table.append(body);
  return table;
}

/** TimingTable(timings) → every matmul timed so far: backend, n, median milliseconds. */
export function TimingTable(
  timings: readonly { backend: string; n: number; ms: number; runs: number[] }[],
): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "timing-table";
  table.innerHTML = `<caption>Productos matriciales medidos (mediana de las corridas, tras una de calentamiento)</caption>
    <thead><tr><th scope="col">#</th><th scope="col">Motor</th><th scope="col">n</th><th scope="col">ms</th><th scope="col">corridas (ms)</th></tr></thead>`;
  const body = document.createElement("tbody");
  timings.forEach((timing, k) => {
    const row = document.createElement("tr");
    row.dataset.backend = timing.backend;
    const label = BACKEND_LABELS[timing.backend as BackendName] ?? timing.backend;
    for (const text of [
      String(k + 1),
      label,
      String(timing.n),
      timing.ms.toFixed(1),
      timing.runs.map((ms) => ms.toFixed(1)).join(" · "),
    ]) {
      const cell = document.createElement("td");
      cell.textContent = text;
      row.append(cell);
    }
    body.append(row);
  });
  table.append(body);
  return table;
}
