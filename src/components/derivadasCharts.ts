/**
 * The vega-lite specs of the «Derivadas y gradientes» page, as pure functions (specs are data;
 * test/components/derivadasCharts.test.ts compiles them). Each chart reads named datasets that
 * the page fills with `chart.update({...})`, so it is built once and updated in place.
 */
import type { TopLevelSpec } from "vega-lite";
import type { ColorDef, PositionFieldDef } from "vega-lite/types_unstable/channeldef.js";

type Position = PositionFieldDef<string>;

type Extent = readonly [number, number];

const axisFont = { labelFontSize: 12, titleFontSize: 13 };

/**
 * The curve L(w), its tangent and a secant through a point. Datasets: `curva` (w, loss),
 * `tangente` and `secante` (two points each, w, loss), `puntos` (w, loss, etiqueta). The axes'
 * extents are params (`xDomain`, `yDomain`), set per curve with `chart.signal`.
 */
export function tangentChartSpec(xDomain: Extent, yDomain: Extent): TopLevelSpec {
  const x: Position = {
    field: "w",
    type: "quantitative",
    title: "w (peso)",
    scale: { domain: { expr: "xDomain" }, nice: false, zero: false },
  };
  const y: Position = {
    field: "loss",
    type: "quantitative",
    title: "L(w) (pérdida)",
    scale: { domain: { expr: "yDomain" }, nice: false, zero: false },
  };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    // Re-measure axes and legends on every update (the data arrive after the first render).
    autosize: { type: "pad", resize: true },
    height: 320,
    params: [
      { name: "xDomain", value: [...xDomain] },
      { name: "yDomain", value: [...yDomain] },
    ],
    config: { axis: axisFont, legend: { labelFontSize: 12 } },
    layer: [
      {
        data: { name: "curva" },
        mark: { type: "line", strokeWidth: 2.5, color: "#4269d0", clip: true },
        encoding: { x, y },
      },
      {
        data: { name: "secante" },
        mark: { type: "line", strokeWidth: 1.5, strokeDash: [6, 4], color: "#6b6b6b", clip: true },
        encoding: { x, y },
      },
      {
        data: { name: "tangente" },
        mark: { type: "line", strokeWidth: 2.5, color: "#d95f02", clip: true },
        encoding: { x, y },
      },
      {
        data: { name: "puntos" },
        mark: { type: "point", filled: true, size: 90, clip: true },
        encoding: {
          x,
          y,
          color: {
            field: "etiqueta",
            type: "nominal",
            title: null,
            scale: {
              domain: ["punto de tangencia", "segundo punto de la secante"],
              range: ["#d95f02", "#6b6b6b"],
            },
            legend: { orient: "top" },
          },
        },
      },
    ],
  };
}

/** The extents of the loss map's axes: the weight w and the bias b. */
export const LOSS_MAP_DOMAIN: { readonly w: Extent; readonly b: Extent } = {
  w: [-1, 5],
  b: [-2, 4],
};

/**
 * The two-weight loss as a heat map (log color, level bands), the descent path on it, the
 * gradient and the negative gradient at the start, and the minimum. Datasets: `malla` (w, w2,
 * b, b2, loss), `ruta` (paso, w, b), `flechas` (tipo, w, b, w2, b2), `puntas` (tipo, w, b,
 * angulo), `minimo` (w, b).
 */
export function lossMapSpec(wDomain: Extent, bDomain: Extent, height: number): TopLevelSpec {
  const w: Position = {
    field: "w",
    type: "quantitative",
    title: "w (peso)",
    scale: { domain: [wDomain[0], wDomain[1]], nice: false, zero: false },
  };
  const b: Position = {
    field: "b",
    type: "quantitative",
    title: "b (sesgo)",
    scale: { domain: [bDomain[0], bDomain[1]], nice: false, zero: false },
  };
  const lossColor = {
    field: "loss",
    type: "quantitative",
    title: "L(w, b)",
    scale: { type: "log", scheme: "yellowgreenblue", reverse: true },
  } as const;
  const arrowColor: ColorDef<string> = {
    field: "tipo",
    type: "nominal",
    title: null,
    scale: { domain: ["∇L (ascenso)", "−∇L (descenso)"], range: ["#222222", "#e7298a"] },
    legend: { orient: "bottom" },
  };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    // Re-measure axes and legends on every update (the data arrive after the first render).
    autosize: { type: "pad", resize: true },
    height,
    config: { axis: axisFont, legend: { labelFontSize: 12 } },
    resolve: { scale: { color: "independent" } },
    layer: [
      {
        data: { name: "malla" },
        // A hairline stroke in the cell's own colour hides the seams between cells.
        mark: { type: "rect", strokeWidth: 0.6 },
        encoding: {
          x: w,
          x2: { field: "w2" },
          y: b,
          y2: { field: "b2" },
          color: {
            ...lossColor,
            legend: { orient: "right", gradientLength: Math.max(120, height - 80) },
          },
          stroke: { ...lossColor, legend: null },
        },
      },
      {
        data: { name: "ruta" },
        mark: {
          type: "line",
          color: "#d62728",
          strokeWidth: 2,
          clip: true,
          point: { filled: true, size: 24 },
        },
        encoding: { x: w, y: b, order: { field: "paso", type: "quantitative" } },
      },
      {
        data: { name: "flechas" },
        mark: { type: "rule", strokeWidth: 3, clip: true },
        encoding: {
          x: w,
          y: b,
          x2: { field: "w2" },
          y2: { field: "b2" },
          color: arrowColor,
          strokeDash: {
            field: "tipo",
            type: "nominal",
            scale: {
              domain: ["∇L (ascenso)", "−∇L (descenso)"],
              range: [
                [5, 3],
                [1, 0],
              ],
            },
            legend: null,
          },
        },
      },
      {
        data: { name: "puntas" },
        mark: {
          type: "point",
          shape: "triangle-up",
          filled: true,
          size: 140,
          opacity: 1,
          clip: true,
        },
        encoding: {
          x: w,
          y: b,
          angle: { field: "angulo", type: "quantitative", scale: null },
          color: arrowColor,
        },
      },
      {
        data: { name: "minimo" },
        mark: {
          type: "point",
          shape: "cross",
          filled: true,
          size: 160,
          color: "#ffffff",
          stroke: "#000000",
          strokeWidth: 1,
        },
        encoding: { x: w, y: b },
      },
    ],
  };
}

/**
 * The loss per descent step on a log scale, with the minimum as a horizontal rule. Datasets:
 * `perdidas` (paso, loss), `minimo` (loss).
 */
export function lossStepsSpec(): TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    // Re-measure axes and legends on every update (the data arrive after the first render).
    autosize: { type: "pad", resize: true },
    height: 220,
    config: { axis: axisFont },
    layer: [
      {
        data: { name: "perdidas" },
        mark: { type: "line", color: "#d62728", point: { filled: true, size: 20 } },
        encoding: {
          x: { field: "paso", type: "quantitative", title: "paso", axis: { tickMinStep: 1 } },
          y: {
            field: "loss",
            type: "quantitative",
            title: "pérdida L (escala log)",
            scale: { type: "log" },
          },
        },
      },
      {
        data: { name: "minimo" },
        mark: { type: "rule", strokeDash: [4, 4], color: "#333333" },
        encoding: { y: { field: "loss", type: "quantitative" } },
      },
    ],
  };
}

/**
 * Parameter counts as ranges on a log axis: a bar from `minimo` to `maximo` for each model and
 * a dot at each end (a single figure is one dot). Dataset `modelos` (modelo, minimo, maximo,
 * fuente, orden, abierto). An open upper bound gets a "+" after its dot.
 */
export function modelSizesSpec(): TopLevelSpec {
  const y: Position = {
    field: "modelo",
    type: "nominal",
    title: null,
    sort: { field: "orden", order: "ascending" },
    axis: { labelLimit: 320, labelFontSize: 12 },
  };
  const x: Position = {
    field: "minimo",
    type: "quantitative",
    title: "número de parámetros (escala logarítmica)",
    scale: { type: "log", domain: [1, 1e13] },
    axis: {
      values: [1, 1e3, 1e6, 1e9, 1e12],
      labelExpr: DECADE_LABELS,
      labelOverlap: false,
      labelFontSize: 12,
      titleFontSize: 13,
      titlePadding: 8,
    },
  };
  const color: ColorDef<string> = {
    field: "fuente",
    type: "nominal",
    title: null,
    scale: {
      domain: ["dato de la clase", "estimación (la clase)", "grafo de esta página"],
      range: ["#4269d0", "#efb118", "#d62728"],
    },
    legend: { orient: "bottom", labelFontSize: 12 },
  };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    // Re-measure axes and legends on every update (the data arrive after the first render).
    autosize: { type: "pad", resize: true },
    data: { name: "modelos" },
    height: { step: 34 },
    layer: [
      {
        mark: { type: "bar", height: 12, cornerRadius: 3 },
        encoding: { y, x, x2: { field: "maximo" }, color },
      },
      { mark: { type: "point", filled: true, size: 80 }, encoding: { y, x, color } },
      {
        mark: { type: "point", filled: true, size: 80 },
        encoding: { y, x: { ...x, field: "maximo" }, color },
      },
      {
        transform: [{ filter: "datum.abierto" }],
        mark: { type: "text", text: "+", dx: 12, fontSize: 20, fontWeight: "bold", align: "left" },
        encoding: { y, x: { ...x, field: "maximo" }, color },
      },
    ],
  };
}

/**
 * Axis labels for the decades, with their Spanish names on a second line: 10⁹ is «mil
 * millones» and 10¹² «un billón» (the English billion is 10⁹).
 */
const DECADE_LABELS =
  "{'1': ['1', 'uno'], '1000': ['10³', 'mil'], '1000000': ['10⁶', 'un millón'], " +
  "'1000000000': ['10⁹', 'mil millones'], '1000000000000': ['10¹²', 'un billón']}[datum.value + '']";

/** [lo, hi] of the finite values, padded by a fraction of their span on each side. */
export function paddedExtent(values: readonly number[], pad = 0.05): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) throw new RangeError("paddedExtent: no hay valores finitos");
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const margin = (hi - lo || Math.abs(hi) || 1) * pad;
  return [lo - margin, hi + margin];
}

/**
 * The gradient and negative gradient at (w, b) as two arrows of the same drawn length (a
 * fraction of the map's width), with their tips' angles in screen degrees for a
 * "triangle-up" mark (0° points up, clockwise), given the map's pixel size.
 */
export function gradientArrows(
  [w, b]: readonly [number, number],
  [gw, gb]: readonly [number, number],
  {
    wDomain,
    bDomain,
    width,
    height,
    length = 0.18,
  }: {
    wDomain: Extent;
    bDomain: Extent;
    width: number;
    height: number;
    length?: number;
  },
): {
  flechas: { tipo: string; w: number; b: number; w2: number; b2: number }[];
  puntas: { tipo: string; w: number; b: number; angulo: number }[];
} {
  const sx = width / (wDomain[1] - wDomain[0]);
  const sy = height / (bDomain[1] - bDomain[0]);
  const pixels = Math.hypot(gw * sx, gb * sy);
  if (!(pixels > 0) || !Number.isFinite(pixels)) return { flechas: [], puntas: [] };
  const scale = (length * width) / pixels;
  const flechas = [];
  const puntas = [];
  for (const [tipo, sign] of [
    ["∇L (ascenso)", 1],
    ["−∇L (descenso)", -1],
  ] as const) {
    const w2 = w + sign * gw * scale;
    const b2 = b + sign * gb * scale;
    flechas.push({ tipo, w, b, w2, b2 });
    const angulo = (Math.atan2(sign * gw * sx, sign * gb * sy) * 180) / Math.PI;
    puntas.push({ tipo, w: w2, b: b2, angulo });
  }
  return { flechas, puntas };
}
