/**
 * TimingChart(spec, {width, description}) → where the device-placement chart goes. vega and
 * vega-lite are most of this page's JavaScript and most visits never time a matmul, so the
 * chart (src/components/vegaChart.ts) is loaded and built on the first `update(datasets,
 * description)`; later updates redraw it in place. Until then the element is empty; while it
 * loads or redraws it is aria-busy.
 */
import type { TopLevelSpec } from "vega-lite";
import type { VegaChartElement } from "./vegaChart.js";

export interface TimingChartElement extends HTMLElement {
  update(datasets: Record<string, readonly object[]>, description: string): Promise<void>;
}

export function TimingChart(
  spec: TopLevelSpec,
  { width = 560, description }: { width?: number; description: string },
): TimingChartElement {
  const slot = document.createElement("div") as unknown as TimingChartElement;
  slot.className = "timing-chart";
  let chart: Promise<VegaChartElement> | null = null;
  slot.update = async (datasets, text) => {
    slot.setAttribute("aria-busy", "true");
    try {
      chart ??= import("./vegaChart.js").then(({ VegaChart }) => {
        const built = VegaChart(spec, { width, description });
        slot.append(built);
        return built;
      });
      const built = await chart;
      await built.update(datasets);
      built.describe(text);
      await built.ready;
    } catch (error) {
      slot.textContent = `No se pudo dibujar la gráfica: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      slot.setAttribute("aria-busy", "false");
    }
  };
  return slot;
}
