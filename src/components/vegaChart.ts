/**
 * VegaChart(spec, {width, description}) → a figure rendering a vega-lite spec as SVG.
 *
 * The chart is built once; `chart.update({table: rows})` replaces named datasets and
 * `chart.signal(name, value)` sets params, both in place (no rebuild while a slider moves).
 * `description` is the chart's short text alternative, read by screen readers.
 */
import type { TopLevelSpec } from "vega-lite";
// vega and vega-lite bundled into one file (scripts/vendor-vega.ts explains why).
import { compile, parse, View } from "../vendor/vega.js";

export interface VegaChartElement extends HTMLElement {
  view: View;
  /** Replaces the rows of named datasets and re-renders. */
  update(datasets: Record<string, readonly object[]>): Promise<void>;
  /** Sets a vega-lite param (signal) and re-renders. */
  signal(name: string, value: unknown): Promise<void>;
  /** Updates the text alternative. */
  describe(description: string): void;
}

export interface VegaChartOptions {
  width?: number;
  height?: number;
  description: string;
}

export function VegaChart(
  spec: TopLevelSpec,
  { width = 640, height, description }: VegaChartOptions,
): VegaChartElement {
  const figure = document.createElement("figure") as unknown as VegaChartElement;
  figure.className = "vega-chart";
  const container = document.createElement("div");
  figure.append(container);

  // Vega writes the spec's description as the SVG container's aria-label.
  const sized = { ...spec, description, width, ...(height ? { height } : {}) } as TopLevelSpec;
  const view = new View(parse(compile(sized).spec), {
    renderer: "svg",
    container,
    hover: true,
  });
  view.runAsync();

  figure.view = view;
  figure.update = async (datasets) => {
    for (const [name, rows] of Object.entries(datasets)) view.data(name, rows as object[]);
    await view.runAsync();
  };
  figure.signal = async (name, value) => {
    view.signal(name, value);
    await view.runAsync();
  };
  // Vega keeps the accessible label on its container (from the view's description); the SVG
  // carries it too, for readers that land on the graphic itself.
  figure.describe = (text) => {
    const label = () => {
      container.setAttribute("aria-label", text);
      container.querySelector("svg")?.setAttribute("aria-label", text);
    };
    view.description(text);
    label();
    view.runAsync().then(label); // after vega's own re-render of its attributes
  };
  return figure;
}
