import { expect, test } from "vitest";
import { compile } from "vega-lite";
import {
  gradientArrows,
  lossMapSpec,
  lossStepsSpec,
  modelSizesSpec,
  paddedExtent,
  tangentChartSpec,
} from "../../src/components/derivadasCharts.js";

test.each([
  ["tangentChartSpec", tangentChartSpec([-2, 4], [0, 10])],
  ["lossMapSpec", lossMapSpec([-1, 5], [-2, 4], 360)],
  ["lossStepsSpec", lossStepsSpec()],
  ["modelSizesSpec", modelSizesSpec()],
])("%s compiles to a vega spec without warnings", (_, spec) => {
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    warn: (...args: unknown[]) => (warnings.push(args.join(" ")), logger),
    info: () => logger,
    debug: () => logger,
    error: (...args: unknown[]) => (warnings.push(args.join(" ")), logger),
  };
  const { spec: vega } = compile(spec, { logger: logger as never });
  expect(vega.marks?.length ?? 0).toBeGreaterThan(0);
  expect(warnings).toEqual([]);
});

test("tangentChartSpec exposes the axes' extents as the params xDomain and yDomain", () => {
  const spec = tangentChartSpec([-2, 4], [0, 10]) as { params: { name: string; value: unknown }[] };
  expect(spec.params).toEqual([
    { name: "xDomain", value: [-2, 4] },
    { name: "yDomain", value: [0, 10] },
  ]);
});

test("modelSizesSpec draws on a log axis from 1 to 10¹³", () => {
  const spec = modelSizesSpec() as { layer: { encoding: { x: { scale: unknown } } }[] };
  expect(spec.layer[0].encoding.x.scale).toEqual({ type: "log", domain: [1, 1e13] });
});

test("paddedExtent([0, 10]) = [−0.5, 10.5]; ignores non-finite values; throws on none", () => {
  expect(paddedExtent([0, 10, Infinity, NaN])).toEqual([-0.5, 10.5]);
  expect(paddedExtent([2, 2])).toEqual([1.9, 2.1]);
  expect(() => paddedExtent([NaN])).toThrow(RangeError);
});

test("gradientArrows: opposite arrows of the same drawn length; −∇L of [1, 0] points left (−90°)", () => {
  const { flechas, puntas } = gradientArrows([0, 0], [1, 0], {
    wDomain: [-1, 1],
    bDomain: [-1, 1],
    width: 200,
    height: 200,
    length: 0.25,
  });
  expect(flechas).toEqual([
    { tipo: "∇L (ascenso)", w: 0, b: 0, w2: 0.5, b2: 0 },
    { tipo: "−∇L (descenso)", w: 0, b: 0, w2: -0.5, b2: 0 },
  ]);
  expect(puntas.map((p) => p.angulo)).toEqual([90, -90]);
});

test("gradientArrows: ∇L = [0, 1] points up (0°); a zero gradient draws nothing", () => {
  const options = { wDomain: [-1, 1] as const, bDomain: [-1, 1] as const, width: 100, height: 100 };
  expect(gradientArrows([0, 0], [0, 1], options).puntas[0].angulo).toBe(0);
  expect(gradientArrows([0, 0], [0, 0], options)).toEqual({ flechas: [], puntas: [] });
});
