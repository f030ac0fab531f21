/**
 * The vega-lite specs of the «Probabilidad» and «Teoría de la información» pages, as pure
 * functions (specs are data: test/components/probinfoSpecs.test.ts compiles each one).
 * Every spec reads named datasets, so a page builds the chart once with VegaChart and then
 * only calls `chart.update({name: rows})` while a slider moves.
 */
import type { TopLevelSpec } from "vega-lite";

// `resize: true` lets the chart grow when data first brings legend entries and axis labels
// (the default computes the padding once, for the empty datasets of the first render).
const FONT = {
  autosize: { type: "pad", resize: true },
  // aria: false keeps Vega's English per-mark labels out of screen readers; each chart's Spanish
  // description (kept current by the page with chart.describe) stays.
  config: {
    font: "system-ui, sans-serif",
    view: { stroke: null },
    legend: { labelLimit: 360 },
    aria: false,
  },
} as const;

/**
 * Running frequency of an event against the number of trials (log axis), with the band of
 * ±2 standard errors around the theoretical probability and a rule at that probability;
 * `yTitle` names the frequency axis.
 * Datasets: `recorrido` {n, frecuencia, bajo, alto}, `teorica` {p}.
 */
export function frequencySpec(yTitle: string): TopLevelSpec {
  const x = {
    field: "n",
    type: "quantitative",
    scale: { type: "log" },
    title: "N (número de ensayos, escala logarítmica)",
    axis: { format: "~s" },
  } as const;
  return {
    ...FONT,
    height: 260,
    layer: [
      {
        data: { name: "recorrido" },
        mark: { type: "area", opacity: 0.18, color: "#9a6700" },
        encoding: { x, y: { field: "bajo", type: "quantitative" }, y2: { field: "alto" } },
      },
      {
        data: { name: "recorrido" },
        mark: { type: "line", color: "#3b5bdb", strokeWidth: 2, point: { size: 16 } },
        encoding: {
          x,
          y: {
            field: "frecuencia",
            type: "quantitative",
            scale: { domain: [0, 1] },
            title: yTitle,
          },
          tooltip: [
            { field: "n", title: "N", format: "," },
            { field: "frecuencia", title: "frecuencia", format: ".4f" },
          ],
        },
      },
      {
        data: { name: "teorica" },
        mark: { type: "rule", color: "#c62828", strokeDash: [6, 4], strokeWidth: 2 },
        encoding: { y: { field: "p", type: "quantitative" } },
      },
    ],
  } as TopLevelSpec;
}

/**
 * H(p) of a coin for p in [0, 1] (dataset `curva` {p, h}) with the current point
 * (dataset `punto` {p, h}) on it.
 */
export function coinEntropySpec(): TopLevelSpec {
  return {
    ...FONT,
    height: 240,
    layer: [
      {
        data: { name: "curva" },
        mark: { type: "line", color: "#3b5bdb", strokeWidth: 2 },
        encoding: {
          x: { field: "p", type: "quantitative", title: "p = P(cara)" },
          y: {
            field: "h",
            type: "quantitative",
            title: "H(p) en bits",
            scale: { domain: [0, 1.05] },
          },
        },
      },
      {
        data: { name: "punto" },
        mark: { type: "rule", color: "#888", strokeDash: [3, 3] },
        encoding: { x: { field: "p", type: "quantitative" } },
      },
      {
        data: { name: "punto" },
        mark: { type: "point", filled: true, size: 140, color: "#c62828" },
        encoding: {
          x: { field: "p", type: "quantitative" },
          y: { field: "h", type: "quantitative" },
        },
      },
    ],
  } as TopLevelSpec;
}

/**
 * Entropy of the edited distribution next to its maximum log n (dataset `medidas`
 * {medida, valor, texto}); the axis ends at `axisMax` (log of 12 outcomes) so that bars
 * keep their scale when n changes.
 */
export function entropyGaugeSpec(unit: string, axisMax: number): TopLevelSpec {
  const y = { field: "medida", type: "nominal", title: null, sort: null } as const;
  return {
    ...FONT,
    height: 80,
    layer: [
      {
        data: { name: "medidas" },
        mark: { type: "bar", height: 24, cornerRadiusEnd: 3 },
        encoding: {
          y,
          x: {
            field: "valor",
            type: "quantitative",
            title: `entropía (${unit})`,
            scale: { domain: [0, axisMax], nice: false },
            axis: { tickCount: 5, format: ".1f" },
          },
          color: {
            field: "medida",
            type: "nominal",
            legend: null,
            scale: { range: ["#3b5bdb", "#adb5bd"] },
          },
        },
      },
      {
        data: { name: "medidas" },
        mark: { type: "text", align: "left", dx: 4 },
        encoding: { y, x: { field: "valor", type: "quantitative" }, text: { field: "texto" } },
      },
    ],
  } as TopLevelSpec;
}

/**
 * Each outcome's term of D_KL(P‖Q) and of D_KL(Q‖P), side by side (dataset `terminos`
 * {resultado, direccion, valor, texto}). An infinite term is drawn at `valor` = the tallest
 * finite bar (or 1) and labelled «∞» by the page.
 */
export function klTermsSpec(unit: string): TopLevelSpec {
  const x = {
    field: "resultado",
    type: "nominal",
    title: "resultado",
    sort: null,
    axis: { labelAngle: 0 },
  } as const;
  const xOffset = { field: "direccion", type: "nominal", sort: null } as const;
  return {
    ...FONT,
    height: 240,
    layer: [
      {
        data: { name: "terminos" },
        mark: { type: "bar" },
        encoding: {
          x,
          xOffset,
          y: {
            field: "valor",
            type: "quantitative",
            title: `aporte de cada resultado (${unit})`,
          },
          color: {
            field: "direccion",
            type: "nominal",
            title: null,
            sort: null,
            scale: { range: ["#3b5bdb", "#e8590c"] },
            legend: { orient: "top" },
          },
          tooltip: [
            { field: "direccion", title: "divergencia" },
            { field: "resultado", title: "resultado" },
            { field: "texto", title: "término" },
          ],
        },
      },
      {
        data: { name: "terminos" },
        mark: { type: "text", dy: -6, fontSize: 11 },
        encoding: {
          x,
          xOffset,
          y: { field: "valor", type: "quantitative" },
          text: { field: "texto" },
        },
      },
      {
        data: { values: [{ cero: 0 }] },
        mark: { type: "rule", color: "#666" },
        encoding: { y: { field: "cero", type: "quantitative" } },
      },
    ],
  } as TopLevelSpec;
}

/**
 * Unconditional vs conditional distribution over a few kinds of image (dataset `imagenes`
 * {imagen, serie, p}): the «dibuja un gato azul» illustration.
 */
export function conditionalSpec(): TopLevelSpec {
  return {
    ...FONT,
    height: 200,
    data: { name: "imagenes" },
    mark: { type: "bar" },
    encoding: {
      x: { field: "imagen", type: "nominal", title: null, sort: null, axis: { labelAngle: 0 } },
      xOffset: { field: "serie", type: "nominal", sort: null },
      y: {
        field: "p",
        type: "quantitative",
        title: "probabilidad",
        scale: { domain: [0, 1] },
      },
      color: {
        field: "serie",
        type: "nominal",
        title: null,
        sort: null,
        scale: { range: ["#adb5bd", "#3b5bdb"] },
        legend: { orient: "top" },
      },
      tooltip: [
        { field: "serie", title: "distribución" },
        { field: "imagen", title: "imagen" },
        { field: "p", title: "probabilidad", format: ".3f" },
      ],
    },
  } as TopLevelSpec;
}
