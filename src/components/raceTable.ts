/**
 * RaceTable(results, {timerResolutionMs}) → the race's results: one row per contender (its name
 * and tfjs code) with its upload time, median and min–max of the timed runs, the time for all n
 * (extrapolated for the capped loop, and marked so), GFLOP/s and GB/s, the w it read back and
 * its relative error against the float64 reference. Failed contenders say why in Spanish. Timings shorter than
 * ten ticks of the browser's clock are flagged.
 */
import { formatCount } from "../lib/format/formatCount.js";
import { formatMs } from "../lib/format/formatMs.js";
import { DOT_TOLERANCE } from "../lib/race/raceStats.js";
import type { ContenderResult } from "../lib/tf/dotRace.js";
import { DOT_FORMULATIONS } from "../lib/tf/dotFormulations.js";
import { contenderLabel, contenderShortLabel } from "./raceLabels.js";

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
  table.innerHTML = `<caption>Resultados de la carrera (la mediana decide)</caption>
<thead><tr>
  <th scope="col">Contendiente</th><th scope="col">Subida</th>
  <th scope="col">Mediana <span class="vz-sub">(mín – máx)</span></th>
  <th scope="col">Tiempo para n</th><th scope="col">GFLOP/s <span class="vz-sub">GB/s</span></th>
  <th scope="col">w leído <span class="vz-sub">error relativo</span></th>
</tr></thead><tbody></tbody>`;
  const body = table.querySelector("tbody")!;
  for (const r of results) {
    const row = body.insertRow();
    row.dataset.key = r.key;
    row.dataset.status = r.status;
    row.append(contenderHeader(r));
    if (r.status === "error") {
      const cell = row.insertCell();
      cell.colSpan = 5;
      cell.className = "vz-error";
      cell.textContent = `No terminó: ${r.error}`;
      continue;
    }
    const s = r.summary!;
    // A run that repeats a quick computation is timed over all its calls.
    const loops = r.loops ?? 1;
    const coarse = s.median * loops < 10 * timerResolutionMs;
    const median = row.insertCell();
    median.append(
      text(formatMs(s.median) + (coarse ? " ⚠" : ""), coarse ? "vz-warn" : ""),
      text(`${formatMs(s.min)} – ${formatMs(s.max)}${loops > 1 ? ` · ×${loops}` : ""}`, "vz-sub"),
    );
    median.title =
      `${s.count} corridas medidas tras ${r.warmupMs?.length ?? 0} de calentamiento` +
      (loops > 1 ? `; cada corrida repite el cálculo ${loops} veces y da el tiempo de uno` : "");
    row.insertBefore(cellWith(r.spec.kind === "vectorized" ? formatMs(r.uploadMs!) : "—"), median);
    const rates = document.createElement("td");
    if (r.throughput) {
      rates.append(
        text(formatRate(r.throughput.gflops), ""),
        text(formatRate(r.throughput.gbps), "vz-sub"),
      );
    } else rates.textContent = "—";
    row.append(cellWith(r.extrapolated ? `≈ ${formatMs(r.msForN!)}` : formatMs(r.msForN!)), rates);
    const result = document.createElement("td");
    const value = text(String(r.value), "vz-mono");
    value.dataset.value = String(r.value);
    const error = text(formatError(r.relativeError!), r.agrees ? "match" : "mismatch");
    error.dataset.relativeError = String(r.relativeError);
    result.append(value, error);
    row.append(result);
  }
  wrapper.append(table);
  const repeated = results.find((r) => (r.loops ?? 1) > 1);
  const notes = document.createElement("p");
  notes.className = "vz-note";
  notes.textContent =
    `Tiempos en milisegundos. «Subida»: copiar u y v a la memoria del motor, fuera del tiempo medido. ` +
    `Error relativo = |w − w₆₄| / |w₆₄| frente a la referencia en float64; ✓ si es ≤ ${DOT_TOLERANCE.toExponential()}. ` +
    (repeated
      ? `«×${repeated.loops}» bajo una mediana: cada corrida repitió ese cálculo ${repeated.loops} veces (es muy rápido para medirlo solo, como hace timeit de Python) y se informa el tiempo de uno. `
      : "") +
    `⚠ marca corridas de menos de 10 tics del cronómetro del navegador (${formatMs(timerResolutionMs)} por tic): ahí el número es poco fiable; sube n.`;
  wrapper.append(notes);
  return wrapper;
}

/** The row header: the contender's short name, its code, and for the capped loop how much it ran. */
function contenderHeader(r: ContenderResult): HTMLTableCellElement {
  const th = document.createElement("th");
  th.scope = "row";
  th.title = contenderLabel(r.spec);
  th.append(text(contenderShortLabel(r.spec), "vz-race-table__name"));
  const code =
    r.spec.kind === "vectorized" ? DOT_FORMULATIONS[r.spec.formulation ?? "sumMul"].code : null;
  if (code) th.append(text(code, "vz-sub vz-mono"));
  if (r.extrapolated) {
    th.append(
      text(
        `sobre ${formatCount(r.computedN)} de ${formatCount(r.n)} elementos; extrapolado`,
        "vz-sub",
      ),
    );
  }
  return th;
}

function text(content: string, className: string): HTMLElement {
  const element = document.createElement("div");
  element.textContent = content;
  if (className) element.className = className;
  return element;
}

function cellWith(content: string, className?: string): HTMLTableCellElement {
  const cell = document.createElement("td");
  cell.textContent = content;
  if (className) cell.className = className;
  return cell;
}

/** GFLOP/s or GB/s with three significant digits; below 0.01 in scientific notation. */
function formatRate(x: number): string {
  return x >= 0.01 ? String(Number(x.toPrecision(3))) : x.toExponential(1);
}

function formatError(e: number): string {
  if (!Number.isFinite(e)) return "∞ ✗";
  const mark = e <= DOT_TOLERANCE ? "✓" : "✗";
  if (e === 0) return `0 ${mark}`;
  return `${e.toExponential(1)} ${mark}`;
}
