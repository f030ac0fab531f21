/**
 * npm run bench — measures what students feel, in the built site, in headless Chromium with the
 * e2e flags (WebGPU on SwiftShader). Writes bench-results/report.json and bench-results/report.md.
 *
 * Every figure: warm-up first, then the median and the min–max (and p95 for latencies) of
 * repeated runs; comparisons are ratios measured in the same run. `--quick` (CI) uses few runs
 * and small sizes only to prove the benchmark works; its numbers are not reported as results.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { chromium } from "playwright-core";
import { pages } from "../../observablehq.config.js";
import { CHROMIUM_PATH, launchBrowser } from "../../test/e2e/browser.js";
import { SCROLL_THROUGH_IN_PAGE, SETTLED_IN_PAGE, TRACK_DOM_CHANGES } from "../../test/e2e/page.js";
import { serveDist } from "../serve-dist.js";
import { INTERACTIONS, valueFor } from "./interactions.js";
import { FIND_CONTROL, MEASURE_MOVE, TRACK_RENDERING } from "./moveLatency.js";
import { benchGrading } from "./grading.js";
import { benchRace } from "./race.js";
import type { InteractionRow, PageLoadRow, Report } from "./types.js";
import { renderMarkdown } from "./report.js";
import { summarize, type Summary } from "./summary.js";

const quick = process.argv.includes("--quick");
const skipBuild = process.argv.includes("--skip-build");
/**
 * `--only=interactions` (or load, race, calificar; comma-separated): run only those parts, for
 * work on one. The grader's part (calificar) runs in a full benchmark or when named, not in --quick.
 */
const only = process.argv
  .find((arg) => arg.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
const runs = (part: "load" | "interactions" | "race" | "calificar") =>
  only ? only.includes(part) : part !== "calificar" || !quick;

function timeBuild(): number {
  spawnSync("rm", ["-rf", "dist", "src/.observablehq/cache"]);
  const start = performance.now();
  const result = spawnSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error("bench: npm run build falló");
  return (performance.now() - start) / 1000;
}

function classify(url: string): keyof PageLoadRow["bytes"] {
  const path = new URL(url).pathname;
  if (path.endsWith(".js")) return "js";
  if (path.endsWith(".css")) return "css";
  if (path.endsWith(".wasm")) return "wasm";
  return "other";
}

async function benchPageLoad(baseUrl: string, runs: number): Promise<PageLoadRow[]> {
  const browser = await launchBrowser();
  const rows: PageLoadRow[] = [];
  for (const { path } of [{ path: "/" }, ...pages]) {
    const times: number[] = [];
    const revealed: number[] = [];
    let bytes = { js: 0, css: 0, wasm: 0, other: 0 };
    let loadsTfjs = false;
    for (let run = -1; run < runs; run++) {
      // A fresh context per run: nothing cached, as on a student's first visit.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(TRACK_DOM_CHANGES);
      await page.goto(`${baseUrl}${path}`, { waitUntil: "load" });
      await page.waitForLoadState("networkidle");
      const settled = (await page.evaluate(`(${SETTLED_IN_PAGE})(300, 60000)`)) as number;
      // What the page loaded until it settled, from the browser's resource timing (read after
      // the fact: asking for response bodies while it loads would slow the load measured).
      const loaded = (await page.evaluate(
        `performance.getEntriesByType("resource").map((e) => [e.name, e.encodedBodySize])`,
      )) as [string, number][];
      const scrollStart = (await page.evaluate(
        `(async () => { const t = performance.now(); await (${SCROLL_THROUGH_IN_PAGE})(); return t; })()`,
      )) as number;
      const lastChange = (await page.evaluate(`(${SETTLED_IN_PAGE})(300, 60000)`)) as number;
      if (run >= 0) {
        // run -1 is the warm-up
        times.push(settled);
        revealed.push(Math.max(0, lastChange - scrollStart));
      }
      bytes = { js: 0, css: 0, wasm: 0, other: 0 };
      for (const [url, size] of loaded) bytes[classify(url)] += size;
      loadsTfjs = loaded.some(([url]) => /tfjs/.test(url));
      await context.close();
    }
    rows.push({
      path,
      settledMs: summarize(times),
      revealedMs: summarize(revealed),
      bytes,
      loadsTfjs,
    });
    console.error(`bench: ${path} asentada en ${summarize(times).median.toFixed(0)} ms`);
  }
  await browser.close();
  return rows;
}

async function benchInteractions(baseUrl: string, moves: number): Promise<InteractionRow[]> {
  const browser = await launchBrowser();
  const rows: InteractionRow[] = [];
  for (const interaction of INTERACTIONS) {
    const page = await browser.newPage();
    await page.addInitScript(TRACK_RENDERING);
    await page.goto(`${baseUrl}${interaction.page}`, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    await page.evaluate(`(${SETTLED_IN_PAGE})(300, 60000)`);
    // Bring the control to the middle of the screen, as a student would before moving it:
    // what is below the fold is computed (and its charts drawn) only once it is near the view.
    await page.evaluate(
      `(${FIND_CONTROL})(${JSON.stringify(interaction.label)}).scrollIntoView({ block: "center" })`,
    );
    await page.evaluate(`(${SETTLED_IN_PAGE})(300, 60000)`);
    const range = (await page.evaluate(
      `((c) => ({ min: Number(c.min), max: Number(c.max) }))((${FIND_CONTROL})(${JSON.stringify(interaction.label)}))`,
    )) as { min: number; max: number };
    const latencies: number[] = [];
    const nextFrame: number[] = [];
    for (let move = -5; latencies.length < moves && move < 4 * moves; move++) {
      const value = valueFor(interaction, move + 5, range);
      const args = JSON.stringify([interaction.label, value]).slice(1, -1);
      const ms = (await page.evaluate(`(${MEASURE_MOVE})(${args})`)) as {
        painted: number;
        nextFrame: number;
      } | null;
      if (move >= 0 && ms !== null) {
        // the first five moves warm up
        latencies.push(ms.painted);
        nextFrame.push(ms.nextFrame);
      }
      await page.waitForTimeout(20); // let the page go idle between moves, as between drags
    }
    rows.push({
      page: interaction.page,
      name: interaction.label,
      kind: interaction.kind,
      latencyMs: summarize(latencies),
      nextFrameMs: summarize(nextFrame),
    });
    console.error(
      `bench: ${interaction.page} «${interaction.label}»: p95 ${summarize(latencies).p95.toFixed(1)} ms (cuadro siguiente: ${summarize(nextFrame).p95.toFixed(1)} ms)`,
    );
    await page.close();
  }
  await browser.close();
  return rows;
}

async function main() {
  const buildSeconds = skipBuild ? null : timeBuild();
  const server = await serveDist("dist");
  const address = server.address();
  if (!address || typeof address !== "object") throw new Error("bench: sin servidor");
  const baseUrl = `http://localhost:${address.port}`;
  try {
    const version = await chromium
      .launch({ executablePath: CHROMIUM_PATH, args: ["--headless=new", "--no-sandbox"] })
      .then(async (b) => [b.version(), await b.close()][0] as string);
    const report: Report = {
      date: new Date().toISOString(),
      quick,
      machine: {
        cpus: cpus().length,
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        chromium: version,
      },
      buildSeconds,
      pageLoad: runs("load") ? await benchPageLoad(baseUrl, quick ? 1 : 5) : [],
      interactions: runs("interactions") ? await benchInteractions(baseUrl, quick ? 10 : 60) : [],
      race: runs("race") ? await benchRace(baseUrl, { quick }) : [],
      grading: runs("calificar") ? await benchGrading("dist", quick ? 10 : 100) : null,
    };
    mkdirSync("bench-results", { recursive: true });
    writeFileSync("bench-results/report.json", JSON.stringify(report, null, 2));
    writeFileSync("bench-results/report.md", renderMarkdown(report));
    console.log(renderMarkdown(report));
  } finally {
    server.close();
  }
}

await main();
