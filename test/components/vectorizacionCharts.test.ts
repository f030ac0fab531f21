import { expect, test } from "vitest";
import { compile } from "vega-lite";
import type { ContenderResult } from "../../lib/tf/dotRace.js";
import {
  lectureRaceRows,
  raceChartSpec,
  raceRows,
  ufuncChartSpec,
} from "../../src/components/vectorizacionCharts.js";

test("raceChartSpec() is laid out again on every update, fitting its width", () => {
  expect(raceChartSpec().autosize).toEqual({ type: "fit-x", contains: "padding", resize: true });
});

test("raceChartSpec() compiles and draws time against n on log scales", () => {
  const spec = raceChartSpec() as { layer: { encoding: { x: object; y: object } }[] };
  expect(() => compile(raceChartSpec())).not.toThrow();
  for (const layer of spec.layer) {
    expect(layer.encoding.x).toMatchObject({ field: "n", scale: { type: "log" } });
    expect(layer.encoding.y).toMatchObject({ scale: { type: "log" } });
  }
});

test("ufuncChartSpec(title) compiles into one panel of f(v) against v, titled by the NumPy call", () => {
  const spec = ufuncChartSpec("np.log(v)") as { title: { text: string }; data: { name: string } };
  expect(spec.title.text).toBe("np.log(v)");
  expect(spec.data.name).toBe("ufunc");
  expect(() => compile(ufuncChartSpec("1/v"))).not.toThrow();
});

test("lectureRaceRows() has the lecture's six timings, e.g. the Python loop at n = 10^6: 479 ms", () => {
  const rows = lectureRaceRows();
  expect(rows).toHaveLength(6);
  expect(rows[0]).toMatchObject({ serie: "Clase · ciclo for de Python", n: 1e6 });
  expect(rows[0].ms).toBeCloseTo(479.1, 1);
});

test("raceRows scales the capped loop's min–max to n and skips failed contenders", () => {
  const ok = {
    spec: { kind: "tfjsLoop", backend: "cpu", formulation: null },
    key: "tfjsLoop:cpu:-",
    n: 10_000,
    computedN: 1000,
    status: "ok",
    summary: { median: 2, min: 1, max: 3, count: 3 },
    msForN: 20,
    extrapolated: true,
  } as ContenderResult;
  const failed = { ...ok, status: "error", error: "x" } as ContenderResult;
  const rows = raceRows([{ results: [ok, failed] }], (spec) => spec.kind);
  expect(rows).toEqual([
    { serie: "tfjsLoop", n: 10_000, ms: 20, min: 10, max: 30, fuente: "Extrapolado" },
  ]);
});
