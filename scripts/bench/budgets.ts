/**
 * Issue 9's budgets, checked against a benchmark report: each as the budget in words, the
 * measured figure and whether it is met. Pure: a report in, rows out.
 */
import type { Report } from "./types.js";

export interface BudgetCheck {
  budget: string;
  measured: string;
  met: boolean;
}

const SLIDER_P95_MS = { js: 16, tfjs: 50 } as const;
const LANDING_MS = 1000;
const TFJS_PAGE_MS = 2000;
const LANDING_JS_BYTES = 300 * 1024;
const RACE_RATIO = 1.1;
const RACE_ERROR = 1e-4;
const BUILD_SECONDS = 60;

/** `tfjsPages`: the paths of the pages that compute with tfjs (observablehq.config.ts). */
export function budgetChecks(report: Report, tfjsPages: readonly string[]): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  for (const row of report.interactions) {
    const limit = SLIDER_P95_MS[row.kind];
    checks.push({
      budget: `${row.page} «${row.name}»: p95 ≤ ${limit} ms`,
      measured: `${row.latencyMs.p95.toFixed(1)} ms`,
      met: row.latencyMs.p95 <= limit,
    });
  }
  for (const row of report.pageLoad) {
    const kb = (row.bytes.js / 1024).toFixed(0);
    if (row.path === "/") {
      checks.push({
        budget: `/ asentada ≤ ${LANDING_MS} ms`,
        measured: `${row.settledMs.median.toFixed(0)} ms`,
        met: row.settledMs.median <= LANDING_MS,
      });
      checks.push({
        budget: "/ carga ≤ 300 KB de JavaScript",
        measured: `${kb} KB`,
        met: row.bytes.js <= LANDING_JS_BYTES,
      });
    } else if (tfjsPages.includes(row.path)) {
      checks.push({
        budget: `${row.path} (calcula con tfjs) asentada ≤ ${TFJS_PAGE_MS} ms`,
        measured: `${row.settledMs.median.toFixed(0)} ms`,
        met: row.settledMs.median <= TFJS_PAGE_MS,
      });
    } else {
      checks.push({
        budget: `${row.path} (no calcula con tfjs) no carga tfjs`,
        measured: row.loadsTfjs ? "carga tfjs" : "no carga tfjs",
        met: !row.loadsTfjs,
      });
    }
  }
  for (const row of report.race.filter((r) => r.site && r.backend !== "js")) {
    if (row.error || row.ratio === null) {
      checks.push({
        budget: `carrera ${row.backend}, n = ${row.n.toExponential(0)}: corre`,
        measured: row.error ?? "sin tiempo",
        met: false,
      });
      continue;
    }
    checks.push({
      budget: `carrera ${row.backend}, n = ${row.n.toExponential(0)}: la del sitio ≤ ${RACE_RATIO} × la más rápida`,
      measured: `${row.ratio.toFixed(2)} × (${row.formulation})`,
      met: row.ratio <= RACE_RATIO,
    });
    if (row.n >= 1e7 && row.relativeError !== null) {
      checks.push({
        budget: `carrera ${row.backend}, n = 1e+7: error relativo ≤ ${RACE_ERROR}`,
        measured: row.relativeError.toExponential(1),
        met: row.relativeError <= RACE_ERROR,
      });
    }
  }
  if (report.buildSeconds !== null) {
    checks.push({
      budget: `\`npm run build\` desde caché vacía ≤ ${BUILD_SECONDS} s`,
      measured: `${report.buildSeconds.toFixed(1)} s`,
      met: report.buildSeconds <= BUILD_SECONDS,
    });
  }
  return checks;
}
