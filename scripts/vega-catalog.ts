/**
 * Every vega-lite spec the site draws when a page loads or a control changes, as the pages
 * build them: scripts/vendor-vega.ts compiles these to vega at build time, so a page parses a
 * ready vega spec and loads no vega-lite compiler. A spec missing from here still draws (the
 * chart compiles it in the browser, src/components/vegaChart.ts), only later; the e2e tests
 * fail on that, so a new chart on a page comes with its line here.
 *
 * Width, height and description do not matter (lib/markup/specKey.ts): the view sets them.
 */
import type { TopLevelSpec } from "vega-lite";
import { entropy } from "../lib/math/information/entropy.js";
import { lossCurves } from "../lib/math/calculus/lossCurves.js";
import { timingChartSpec } from "../lib/markup/timingChartSpec.js";
import { UFUNCS } from "../lib/tf/ufuncs.js";
import {
  LOSS_MAP_DOMAIN,
  lossMapSpec,
  lossStepsSpec,
  modelSizesSpec,
  tangentChartSpec,
} from "../src/components/derivadasCharts.js";
import {
  coinEntropySpec,
  conditionalSpec,
  entropyGaugeSpec,
  frequencySpec,
  klTermsSpec,
} from "../src/components/probinfoSpecs.js";
import { raceChartSpec, ufuncChartSpec } from "../src/components/vectorizacionCharts.js";

/** The information page's units and their logarithm bases. */
const UNITS = [
  ["bits", 2],
  ["nats", Math.E],
] as const;

export const vegaCatalog: readonly TopLevelSpec[] = [
  // /derivadas
  tangentChartSpec(lossCurves[0].domain, [0, 1]),
  lossMapSpec(LOSS_MAP_DOMAIN.w, LOSS_MAP_DOMAIN.b, 460),
  lossStepsSpec(),
  modelSizesSpec(),
  // /informacion (the gauge's axis ends at the entropy of 12 equally likely outcomes)
  coinEntropySpec(),
  ...UNITS.map(([unit, base]) => entropyGaugeSpec(unit, entropy(Array(12).fill(1 / 12), base))),
  ...UNITS.map(([unit]) => klTermsSpec(unit)),
  // /probabilidad
  frequencySpec("Frecuencia del evento"),
  conditionalSpec(),
  // /vectorizacion
  raceChartSpec(),
  ...UFUNCS.map((f) => ufuncChartSpec(f.numpy)),
  // /tensores (drawn after a benchmark run)
  timingChartSpec(),
];
