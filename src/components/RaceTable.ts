/**
 * RaceTable(results, {timerResolutionMs}) → the race's results: one row per contender with its
 * upload time, median and min–max of the timed runs, the time for all n (extrapolated for the
 * capped loop, and marked so), GFLOP/s, GB/s, the w it read back and its relative error
 * against the float64 reference. Failed contenders say why in Spanish. Timings shorter than
 * ten ticks of the browser's clock are flagged.
 */
import { formatCount } from "../lib/formatCount.js";
import { formatMs } from "../lib/formatMs.js";
import { DOT_TOLERANCE } from "../lib/raceStats.js";
import type { ContenderResult } from "../lib/tf/dotRace.js";
import { contenderLabel } from "./raceLabels.js";

export interface RaceTableOptions {
  /** The measured resolution of performance.now(), in ms. */
  timerResolutionMs: number;
}

export function RaceTable(
  results: readonly ContenderResult[],
  { timerResolutionMs }: RaceTableOptions,
): HTMLElement {
  const wrapper = document.createElement("div");
  wrapper.className = "vz-table-scroll";
  const table = document.createElement("table");
  table.className = "vz-race-table";
  table.innerHTML = `<caption>Resultados de la carrera (tiempos en milisegundos; la mediana decide)</caption>
<thead><tr>
  <th scope="col">Contendiente</th><th scope="col">Elementos sumados</th>
  <th scope="col">Subida</th><th scope="col">Mediana</th><th scope="col">Mín – máx</th>
  <th scope="col">Tiempo para n</th><th scope="col">GFLOP/s</th><th scope="col">GB/s</th>
  <th scope="col">w leído</th><th scope="col">Error relativo</th>
</tr></thead><tbody></tbody>`;
  const body = table.querySelector("tbody")!;
  for (const r of results) {
    const row = body.insertRow();
    row.dataset.key = r.key;
    row.dataset.status = r.status;
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = contenderLabel(r.spec);
    row.append(th);
    if (r.status === "error") {
      const cell = row.insertCell();
      cell.colSpan = 9;
      cell.className = "vz-error";
      cell.textContent = `No terminó: ${r.error}`;
      continue;
    }
    const s = r.summary!;
    const coarse = s.median < 10 * timerResolutionMs;
    const cells: [string, string?][] = [
      [formatCount(r.computedN) + (r.extrapolated ? ` de ${formatCount(r.n)}` : "")],
      [r.spec.kind === "vectorized" ? formatMs(r.uploadMs!) : "—"],
      [formatMs(s.median) + (coarse ? " ⚠" : ""), coarse ? "vz-warn" : undefined],
      [`${formatMs(s.min)} – ${formatMs(s.max)}`],
      [r.extrapolated ? `≈ ${formatMs(r.msForN!)} (extrapolado)` : formatMs(r.msForN!)],
      [r.throughput ? r.throughput.gflops.toPrecision(3) : "—"],
      [r.throughput ? r.throughput.gbps.toPrecision(3) : "—"],
      [String(r.value)],
      [formatError(r.relativeError!), r.agrees ? "match" : "mismatch"],
    ];
    for (const [text, className] of cells) {
      const cell = row.insertCell();
      cell.textContent = text;
      if (className) cell.className = className;
    }
    row.cells[row.cells.length - 1].dataset.relativeError = String(r.relativeError);
    row.cells[row.cells.length - 2].dataset.value = String(r.value);
    row.cells[3].title = `${s.count} corridas medidas tras ${r.warmupMs?.length ?? 0} de calentamiento`;
  }
  wrapper.append(table);
  const notes = document.createElement("p");
  notes.className = "vz-note";
  notes.textContent =
    `Error relativo = |w − w₆₄| / |w₆₄| frente a la referencia en float64; ✓ si es ≤ ${DOT_TOLERANCE.toExponential()}. ` +
    `⚠ marca medianas menores que 10 tics del cronómetro del navegador (${formatMs(timerResolutionMs)} por tic): ahí el número es poco fiable; sube n.`;
  wrapper.append(notes);
  return wrapper;
}

function formatError(e: number): string {
  if (!Number.isFinite(e)) return "∞ ✗";
  const mark = e <= DOT_TOLERANCE ? "✓" : "✗";
  if (e === 0) return `0 ${mark}`;
  return `${e.toExponential(1)} ${mark}`;
}
