import { expect, test } from "vitest";
import { compile, type TopLevelSpec } from "vega-lite";
import { specKey } from "../../lib/markup/specKey.js";
import { vegaCatalog } from "../../scripts/vega-catalog.js";

/** The compiled vega spec without what the view sets after parsing. */
function sizeless(spec: TopLevelSpec, size: { width: number; height?: number }): string {
  const {
    width: _w,
    height: _h,
    description: _d,
    ...rest
  } = compile({ ...spec, ...size }).spec as Record<string, unknown>;
  return JSON.stringify(rest);
}

test("the catalog's specs have distinct keys", () => {
  const keys = vegaCatalog.map((spec) => specKey(spec));
  expect(new Set(keys).size).toBe(keys.length);
});

// What lets a page use a spec compiled at build time (src/components/vegaChart.ts): compiled
// at any other width, and at another height where the spec's own is a number or unset, it is
// the same vega spec but for the top-level width and height, which the view sets.
test.each(vegaCatalog.map((spec, i) => [i, spec] as const))(
  "catalog spec %i compiles to the same vega spec at any size",
  (_, spec) => {
    const compiledAhead = sizeless(spec, { width: 640 });
    expect(sizeless(spec, { width: 215 })).toBe(compiledAhead);
    expect(sizeless(spec, { width: 1000 })).toBe(compiledAhead);
    const own = (spec as { height?: unknown }).height;
    if (own === undefined || typeof own === "number")
      expect(sizeless(spec, { width: 300, height: 120 })).toBe(compiledAhead);
  },
);
