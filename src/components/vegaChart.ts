/**
 * VegaChart(spec, {width, description, renderer}) → a figure rendering a vega-lite spec as
 * SVG (or on a canvas).
 *
 * The chart is built once, when the figure first comes near the viewport (vega is loaded then
 * too): a chart below the fold costs nothing while the page loads. `chart.update({table: rows})`
 * replaces named datasets and `chart.signal(name, value)` sets params, both in place (no
 * rebuild while a slider moves); before the chart is built they are kept and applied when it
 * is. `description` is the chart's short text alternative, read by screen readers; it is on
 * the figure from the start. While the chart is being built the figure is aria-busy.
 */
import type { TopLevelSpec } from "vega-lite";
import { specKey } from "../lib/markup/specKey.js";
import type { View } from "../vendor/vega.js";
import { nearViewport } from "./nearViewport.js";

export interface VegaChartElement extends HTMLElement {
  /** The vega view, once built (null before the chart has come near the viewport). */
  view: View | null;
  /** Resolves when the chart has been built and drawn. */
  ready: Promise<void>;
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
  /**
   * "svg" (default) or "canvas": for a chart redrawn on every keystroke or slider move with
   * many labels, a canvas repaints without giving the browser elements to lay out again. The
   * text alternative is the same (on the figure); only the drawing differs.
   */
  renderer?: "svg" | "canvas";
}

// vega bundled into one file and the site's specs compiled ahead of time
// (scripts/vendor-vega.ts, which finds every chart: scripts/vega-discovery.ts), fetched as soon
// as a page creates its first chart, so they are there when a chart comes into view.
// vega-lite's compiler is loaded only for a spec that was not compiled ahead (one that depends
// on what only the browser knows; the e2e tests fail on it).
let vegaModule: Promise<typeof import("../vendor/vega.js")> | null = null;
let compiledModule: Promise<typeof import("../vendor/vega-specs.js")> | null = null;
let compilerModule: Promise<typeof import("../vendor/vega-lite.js")> | null = null;
const loadVega = () => (vegaModule ??= import("../vendor/vega.js"));
const loadCompiled = () => (compiledModule ??= import("../vendor/vega-specs.js"));
const loadCompiler = () => (compilerModule ??= import("../vendor/vega-lite.js"));

/**
 * The vega spec of a vega-lite spec drawn at this size, and whether it was compiled at build
 * time or here. A spec compiled ahead serves any width, and any height when its own is a number
 * or unset (test/scripts/vegaDiscovery.test.ts checks the site's); the view sets them.
 */
async function vegaSpec(
  spec: TopLevelSpec,
  width: number,
  height: number | undefined,
): Promise<{ spec: object; compiled: "build" | "browser" }> {
  const ownHeight = (spec as { height?: unknown }).height;
  const sizeFree = height === undefined || ownHeight === undefined || typeof ownHeight === "number";
  const ahead = sizeFree ? (await loadCompiled()).default[specKey(spec)] : undefined;
  if (ahead) return { spec: ahead, compiled: "build" };
  const { compile } = await loadCompiler();
  const sized = { ...spec, width, ...(height ? { height } : {}) } as TopLevelSpec;
  return { spec: compile(sized).spec, compiled: "browser" };
}

export function VegaChart(
  spec: TopLevelSpec,
  { width = 640, height, description, renderer = "svg" }: VegaChartOptions,
): VegaChartElement {
  const figure = document.createElement("figure") as unknown as VegaChartElement;
  figure.className = "vega-chart";
  const container = document.createElement("div");
  figure.append(container);

  // What the page set before the chart was built, applied when it is.
  const data = new Map<string, object[]>();
  const signals = new Map<string, unknown>();
  let text = description;
  figure.view = null;

  // The accessible name lives on vega's container (vega writes the view's description there)
  // and on the SVG, for readers that land on the graphic itself; before the chart is built,
  // on the placeholder.
  const label = () => {
    container.setAttribute("aria-label", text);
    container.querySelector("svg, canvas")?.setAttribute("aria-label", text);
  };
  container.setAttribute("role", "img");
  label();
  // Roughly the chart's size, so the page does not jump when it is drawn.
  const specHeight = (spec as { height?: unknown }).height;
  container.style.minHeight = `${(height ?? (typeof specHeight === "number" ? specHeight : 200)) + 40}px`;

  const render = async () => {
    if (!figure.view) return;
    await figure.view.runAsync();
    label();
  };

  const vega = loadVega();
  const compiled = vegaSpec(spec, width, height);
  compiled.catch(() => {}); // reported when the chart is built
  figure.ready = (async () => {
    await nearViewport(figure);
    figure.setAttribute("aria-busy", "true");
    try {
      const [{ parse, View }, ready] = await Promise.all([vega, compiled]);
      // The compiled spec is the same at any size: the view takes this chart's.
      figure.dataset.compiled = ready.compiled;
      const view = new View(parse(ready.spec as Parameters<typeof parse>[0]), {
        renderer,
        container,
        hover: true,
      });
      view.width(width).description(text);
      const chartHeight = height ?? specHeight;
      if (typeof chartHeight === "number") view.height(chartHeight);
      for (const [name, rows] of data) view.data(name, rows);
      for (const [name, value] of signals) view.signal(name, value);
      figure.view = view;
      await render();
      container.style.minHeight = "";
    } catch (error) {
      container.textContent = `No se pudo dibujar la gráfica: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      figure.setAttribute("aria-busy", "false");
    }
  })();

  figure.update = async (datasets) => {
    for (const [name, rows] of Object.entries(datasets)) {
      data.set(name, rows as object[]);
      figure.view?.data(name, rows as object[]);
    }
    await render();
  };
  figure.signal = async (name, value) => {
    signals.set(name, value);
    figure.view?.signal(name, value);
    await render();
  };
  // vega sets the label on its container at once; no re-render needed (render() relabels).
  figure.describe = (description) => {
    text = description;
    figure.view?.description(description);
    label();
  };
  return figure;
}
