/**
 * The vega-lite specs of the vectorization page, as pure functions (tested in
 * test/components/vectorizacionCharts.test.ts), and the rows they draw.
 */
import type { TopLevelSpec } from "vega-lite";
import { LECTURE_DOT, LECTURE_EXERCISE_3 } from "../lib/lecture/lectureRace.js";
import { RACE_MAX_N, RACE_MIN_N } from "../lib/race/raceMemory.js";
import type { ContenderResult, ContenderSpec } from "../lib/tf/dotRace.js";

/** One point of the race chart. */
export interface RaceRow {
  serie: string;
  n: number;
  /** Median ms for all n (extrapolated for the capped loop). */
  ms: number;
  /** The min–max of the timed runs, scaled like ms. */
  min: number;
  max: number;
  fuente: "Medido" | "Extrapolado" | "Clase (Colab)";
}

/** The lecture's timings (Python loop, np.dot, TF eager on CPU and GPU) as chart rows. */
export function lectureRaceRows(): RaceRow[] {
  const row = (serie: string, n: number, ms: number): RaceRow => ({
    serie,
    n,
    ms,
    min: ms,
    max: ms,
    fuente: "Clase (Colab)",
  });
  return [
    row("Clase · ciclo for de Python", LECTURE_DOT.n, LECTURE_DOT.loopMs),
    row("Clase · ciclo for de Python", LECTURE_EXERCISE_3.n, LECTURE_EXERCISE_3.loopMs),
    row("Clase · np.dot (CPU)", LECTURE_DOT.n, LECTURE_DOT.dotMs),
    row("Clase · np.dot (CPU)", LECTURE_EXERCISE_3.n, LECTURE_EXERCISE_3.numpyDotMs),
    row("Clase · TF eager (CPU)", LECTURE_EXERCISE_3.n, LECTURE_EXERCISE_3.tfCpuMs),
    row("Clase · TF eager (GPU)", LECTURE_EXERCISE_3.n, LECTURE_EXERCISE_3.tfGpuMs),
  ];
}

/** The rows of every finished contender of every race, labelled by `label`. */
export function raceRows(
  races: readonly { results: readonly ContenderResult[] }[],
  label: (spec: ContenderSpec) => string,
): RaceRow[] {
  return races.flatMap(({ results }) =>
    results
      .filter((r) => r.status === "ok" && r.summary && r.msForN !== undefined)
      .map((r) => {
        const scale = r.n / r.computedN;
        return {
          serie: label(r.spec),
          n: r.n,
          ms: r.msForN!,
          min: r.summary!.min * scale,
          max: r.summary!.max * scale,
          fuente: r.extrapolated ? ("Extrapolado" as const) : ("Medido" as const),
        };
      }),
  );
}

/** Numbers as the page writes them: a decimal point, digits grouped by a narrow space. */
const SPANISH_NUMBERS = {
  number: {
    decimal: ".",
    thousands: "\u202f",
    grouping: [3],
    currency: ["", ""] as [string, string],
  },
};

/** Time against n, both on log scales, one colour per contender, min–max as a vertical rule. */
export function raceChartSpec(): TopLevelSpec {
  const x = {
    field: "n",
    type: "quantitative" as const,
    scale: { type: "log" as const, domain: [RACE_MIN_N, RACE_MAX_N] },
    title: "n (elementos de cada vector)",
    axis: { format: "~s" },
  };
  const y = {
    field: "ms",
    type: "quantitative" as const,
    scale: { type: "log" as const },
    title: "tiempo para n (ms, mediana)",
  };
  const color = {
    field: "serie",
    type: "nominal" as const,
    title: "Contendiente",
    scale: { scheme: "tableau20" },
    legend: {
      orient: "bottom" as const,
      direction: "vertical" as const,
      columns: 2,
      labelLimit: 280,
    },
  };
  return {
    // The chart is built empty and filled later: recompute the layout on every update, and fit
    // axes and legends inside the given width.
    autosize: { type: "fit-x", contains: "padding", resize: true },
    config: { locale: SPANISH_NUMBERS },
    data: { name: "carrera" },
    height: 340,
    layer: [
      {
        mark: { type: "rule", opacity: 0.6 },
        encoding: { x, y: { ...y, field: "min" }, y2: { field: "max" }, color },
      },
      { mark: { type: "line", strokeWidth: 1.5, opacity: 0.7 }, encoding: { x, y, color } },
      {
        mark: { type: "point", filled: true, size: 70 },
        encoding: {
          x,
          y,
          color,
          shape: {
            field: "fuente",
            type: "nominal",
            title: "Origen",
            scale: {
              domain: ["Medido", "Extrapolado", "Clase (Colab)"],
              range: ["circle", "triangle-up", "square"],
            },
          },
          tooltip: [
            { field: "serie", title: "Contendiente" },
            { field: "n", title: "n", format: "," },
            { field: "ms", title: "ms", format: ".3~r" },
            { field: "fuente", title: "Origen" },
          ],
        },
      },
    ],
  } as TopLevelSpec;
}

/** One point of a ufunc panel; y is null where the function is undefined or off the chart. */
export interface UfuncRow {
  x: number;
  y: number | null;
}

/** One panel of the ufunc gallery: f(v) against v, with the NumPy expression as its title. */
export function ufuncChartSpec(title: string): TopLevelSpec {
  return {
    autosize: { type: "fit-x", contains: "padding", resize: true },
    title: { text: title, font: "monospace", fontSize: 13 },
    data: { name: "ufunc" },
    mark: { type: "line", point: { size: 14 }, strokeWidth: 2 },
    encoding: {
      x: { field: "x", type: "quantitative", title: "v" },
      y: { field: "y", type: "quantitative", title: null },
    },
  } as TopLevelSpec;
}
