import type { TopLevelSpec } from "vega-lite";

/** One timed matmul, as the chart reads it. */
export interface TimingRow {
  /** "1 · WebGPU · n=256": one bar per measurement, in order. */
  medida: string;
  motor: string;
  n: number;
  ms: number;
}

/**
 * The vega-lite spec of the device-placement chart: one bar per timed matrix product (in the
 * order measured, labelled with its backend), its height the median milliseconds, coloured by
 * backend (no legend: the labels name it). Data come in the named dataset "tiempos"
 * (VegaChart's update).
 */
export function timingChartSpec(): TopLevelSpec {
  return {
    data: { name: "tiempos" },
    mark: { type: "bar" },
    height: 220,
    encoding: {
      x: {
        field: "medida",
        type: "nominal",
        sort: null,
        title: null,
        axis: { labelAngle: 0 },
      },
      y: { field: "ms", type: "quantitative", title: "milisegundos (mediana)" },
      color: {
        field: "motor",
        type: "nominal",
        title: "motor",
        legend: null,
      },
      tooltip: [
        { field: "medida", title: "medición" },
        { field: "motor" },
        { field: "n", title: "n" },
        { field: "ms", title: "ms", format: ".1f" },
      ],
    },
  };
}
