import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { compile, type TopLevelSpec } from "vega-lite";
import { specKey } from "../../lib/markup/specKey.js";
import {
  CHART_FIX,
  describeProblem,
  discoverCharts,
  guideChartSource,
  siteSources,
  type ChartSource,
} from "../../scripts/vega-discovery.js";

const root = process.cwd();
const site = await discoverCharts([...siteSources(root), guideChartSource(root)]);

/** A page written here, as if it were src/prueba.md. */
const page = (text: string): ChartSource => ({
  file: "src/prueba.md",
  kind: "page",
  text,
  dir: join(root, "src"),
});
const fence = (code: string) => "```js\n" + code + "\n```\n\n";

describe("discoverCharts on the site", () => {
  test("knows every chart's spec of the pages, components and guide before the pages run", () => {
    expect(site.problems.map(describeProblem), CHART_FIX).toEqual([]);
    // /derivadas' tangent chart, both units of /informacion's gauge, the five /vectorizacion
    // panels (one VegaChart call in a .map), /tensores' chart through TimingChart(spec).
    const where = site.specs.flatMap((s) => s.sites.map((x) => x.file));
    for (const file of [
      "src/derivadas.md",
      "src/informacion.md",
      "src/probabilidad.md",
      "src/tensores.md",
      "src/vectorizacion.md",
      "docs/guia-docentes.md",
    ])
      expect(where).toContain(file);
  });

  // What lets a page use a spec compiled at build time (src/components/vegaChart.ts): compiled
  // at any other width, and at another height where the spec's own is a number or unset, it is
  // the same vega spec but for the top-level width and height, which the view sets.
  const sizeless = (spec: TopLevelSpec, size: { width: number; height?: number }): string => {
    const {
      width: _w,
      height: _h,
      description: _d,
      ...rest
    } = compile({ ...spec, ...size }).spec as Record<string, unknown>;
    return JSON.stringify(rest);
  };
  test.each(site.specs.map((s) => [`${s.sites[0].file}:${s.sites[0].line}`, s.spec] as const))(
    "the spec at %s compiles to the same vega spec at any size",
    (_, found) => {
      const spec = found as TopLevelSpec;
      const compiledAhead = sizeless(spec, { width: 640 });
      expect(sizeless(spec, { width: 215 })).toBe(compiledAhead);
      expect(sizeless(spec, { width: 1000 })).toBe(compiledAhead);
      const own = (spec as { height?: unknown }).height;
      if (own === undefined || typeof own === "number")
        expect(sizeless(spec, { width: 300, height: 120 })).toBe(compiledAhead);
    },
  );
});

describe("discoverCharts", () => {
  test("evaluates a literal spec, and one built by an imported function from page constants", async () => {
    const { specs, problems } = await discoverCharts([
      page(
        fence('import {VegaChart} from "./components/vegaChart.js";') +
          fence('import {frequencySpec} from "./components/probinfoSpecs.js";') +
          fence('const titulo = "Frecuencia";') +
          fence(
            'display(VegaChart({mark: "bar", data: {name: "t"}}, {width, description: "d"}));\n' +
              'const g = VegaChart(frequencySpec(titulo + " de cara"), {description: "d"});',
          ),
      ),
    ]);
    expect(problems).toEqual([]);
    const { frequencySpec } = await import("../../src/components/probinfoSpecs.js");
    expect(specs.map((s) => s.key).sort()).toEqual(
      [
        specKey({ mark: "bar", data: { name: "t" } }),
        specKey(frequencySpec("Frecuencia de cara")),
      ].sort(),
    );
    expect(specs.find((s) => s.spec && "mark" in s.spec)?.sites).toEqual([
      { file: "src/prueba.md", line: 14, spec: '{mark: "bar", data: {name: "t"}}' },
    ]);
  });

  test("evaluates a spec once per value of a radio or select, keeping derived values consistent", async () => {
    const { specs, problems } = await discoverCharts([
      page(
        fence('const unidad = view(Inputs.radio(["bits", "nats"], {label: "Unidad"}));') +
          fence('const base = unidad === "bits" ? 2 : Math.E;') +
          fence('const c = VegaChart({title: unidad, mark: "bar", width: Math.log(base)});'),
      ),
    ]);
    expect(problems).toEqual([]);
    // width is left out of the key, but the titles and pairing show 2 variants, not 4.
    expect(specs.map((s) => s.spec)).toEqual([
      { title: "bits", mark: "bar", width: Math.log(2) },
      { title: "nats", mark: "bar", width: 1 },
    ]);
  });

  test("evaluates a spec for each item of an iterated array, and through a function that passes its spec on", async () => {
    const { specs, problems } = await discoverCharts([
      page(
        fence('import {TimingChart} from "./components/timingChart.js";') +
          fence('const nombres = ["a", "b", "c"];') +
          fence(
            'const graficas = nombres.map((n, i) => VegaChart({title: `${i}: ${n}`, mark: "bar"}));',
          ) +
          fence('const t = TimingChart({title: "t", mark: "bar"}, {description: "d"});'),
      ),
      ...siteSources(root).filter((s) => s.file === "src/components/timingChart.ts"),
    ]);
    expect(problems).toEqual([]);
    expect(specs.map((s) => (s.spec as { title: string }).title)).toEqual([
      "0: a",
      "1: b",
      "2: c",
      "t",
    ]);
  });

  test("names the file, the line and the value a spec depends on when it is known only in the browser", async () => {
    const { specs, problems } = await discoverCharts([
      page(
        "# Prueba\n\n" +
          fence('const n = view(Inputs.range([1, 10], {label: "n", step: 1}));') +
          fence('const g = VegaChart({title: `n = ${n}`, mark: "bar"}, {description: "d"});') +
          fence("const doble = {n: 2 * n};") +
          fence('const h = VegaChart({title: String(doble.n), mark: "bar"});'),
      ),
    ]);
    expect(specs).toEqual([]);
    expect(problems.map(describeProblem)).toEqual([
      'src/prueba.md, línea 8: la especificación {title: `n = ${n}`, mark: "bar"} depende de «n», que solo se conoce en el navegador: n = view(Inputs.range([1, 10], {label: "n", step: 1}))',
      'src/prueba.md, línea 16: la especificación {title: String(doble.n), mark: "bar"} depende de «doble» → «n», que solo se conoce en el navegador: n = view(Inputs.range([1, 10], {label: "n", step: 1}))',
    ]);
  });

  test("reports, and does not stop the build on, a spec whose module cannot be loaded in Node", async () => {
    const { specs, problems } = await discoverCharts([
      page(
        fence('import {noSpec} from "./components/noExiste.js";') +
          fence('const g = VegaChart(noSpec(), {description: "d"});'),
      ),
    ]);
    expect(specs).toEqual([]);
    expect(problems.map(describeProblem)).toEqual([
      expect.stringMatching(
        /^src\/prueba\.md, línea 6: la especificación noSpec\(\) falla al evaluarse en Node: Cannot find module .*noExiste/,
      ),
    ]);
  });
});
