import { expect, test } from "vitest";
import { timingChartSpec } from "../../../lib/markup/timingChartSpec.js";

test("timingChartSpec() reads the 'tiempos' dataset: bars by measurement, height ms, colour motor without legend", () => {
  const spec = timingChartSpec() as Record<string, any>;
  expect(spec.data).toEqual({ name: "tiempos" });
  expect(spec.mark.type).toBe("bar");
  expect(spec.encoding.tooltip.map((t: { field: string }) => t.field)).toEqual([
    "medida",
    "motor",
    "n",
    "ms",
  ]);
  expect(spec.encoding.x.field).toBe("medida");
  expect(spec.encoding.x.sort).toBeNull();
  expect(spec.encoding.y).toMatchObject({ field: "ms", type: "quantitative" });
  expect(spec.encoding.color).toMatchObject({ field: "motor", legend: null });
});
