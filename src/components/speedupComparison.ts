/**
 * SpeedupComparison({measured, label}) → the lecture's table «Tiempo con método lento / rápido»
 * with three fast columns: as the slide prints it, recomputed from the slide's own timings
 * (479.10 ms / 1.3688 ms), and from the speedup the student just measured.
 */
import { formatCount } from "../lib/format/formatCount.js";
import { LECTURE_DOT, LECTURE_SPEEDUP_ROWS } from "../lib/lecture/lectureRace.js";
import { speedupTable } from "../lib/race/speedupTable.js";

export interface SpeedupComparisonData {
  /** The speedup measured on this machine, or null before a race. */
  measured: number | null;
  /** What was compared, e.g. «ciclo tfjs (WebGPU) → WebAssembly · suma por bloques». */
  label: string;
}

export function SpeedupComparison({ measured, label }: SpeedupComparisonData): HTMLElement {
  const lectureSpeedup = LECTURE_DOT.loopMs / LECTURE_DOT.dotMs;
  const recomputed = speedupTable(lectureSpeedup);
  const mine = measured !== null ? speedupTable(measured) : null;
  const wrapper = document.createElement("div");
  wrapper.className = "vz-table-scroll";
  const table = document.createElement("table");
  table.className = "vz-speedup-table";
  const caption = table.createCaption();
  caption.textContent = "Tiempo con método lento / rápido";
  const head = table.createTHead().insertRow();
  const headers = [
    "Tiempo con método lento",
    "Rápido, como lo imprime la clase",
    `Rápido con la aceleración de la clase (×${lectureSpeedup.toFixed(1)})`,
    mine ? `Rápido en tu equipo (×${formatSpeedup(measured!)})` : "Rápido en tu equipo",
  ];
  for (const text of headers) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = text;
    head.append(th);
  }
  const body = table.createTBody();
  recomputed.forEach((row, i) => {
    const tr = body.insertRow();
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = row.slow;
    tr.append(th);
    tr.insertCell().textContent = LECTURE_SPEEDUP_ROWS[i].fastPrinted;
    const again = tr.insertCell();
    again.textContent = row.fast;
    if (row.fast !== LECTURE_SPEEDUP_ROWS[i].fastPrinted) again.className = "vz-differs";
    tr.insertCell().textContent = mine ? mine[i].fast : "corre la carrera";
  });
  wrapper.append(table);
  const note = document.createElement("p");
  note.className = "vz-note";
  note.textContent = mine
    ? `Tu aceleración: ${label}.`
    : "Corre una carrera para llenar la última columna con tu aceleración.";
  wrapper.append(note);
  return wrapper;
}

/** 350.0240… → "350"; 38266.4 → "38 266"; 12.34 → "12.3"; 0.5 → "0.5". */
export function formatSpeedup(s: number): string {
  return s >= 100 ? formatCount(s) : String(Number(s.toPrecision(3)));
}
