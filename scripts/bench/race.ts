/**
 * The race, re-measured: on each backend and n, the site's vectorized contender against every
 * tfjs formulation of the same dot product (tf.dot on 1-D tensors, sum(mul), a 1×n·n×1 matMul,
 * the blocked sum) and the plain JS loop — by the page's own protocol (lib/race/raceProtocol.ts: inputs
 * uploaded before the clock, warm-up, repeated runs — a quick computation repeated within each
 * run until it lasts 5 ms —, clock stopped after the read-back; the formulations' runs taken
 * round-robin, as the page's choice does, so a slow spell of the machine is shared) and with
 * the page's own modules, loaded in the built page /vectorizacion.
 */
import { launchBrowser } from "../../test/e2e/browser.js";
import { waitForSettled } from "../../test/e2e/page.js";
import type { RaceRow } from "./types.js";

/** Runs in the page (source text): the page's modules, found among the resources it loaded. */
const RACE_IN_PAGE = `async ({ sizes, warmup, runs, minRunMs }) => {
  const urls = performance.getEntriesByType("resource").map((e) => e.name);
  const load = (name) => {
    const url = urls.find((u) => new RegExp("/" + name + "\\\\.[\\\\w]+\\\\.js$").test(u));
    if (!url) throw new Error("la página no cargó " + name);
    return import(url);
  };
  const [runtime, protocol, formulations, contenders, inputsModule, stats, choice] = await Promise.all([
    load("tfRuntime"), load("raceProtocol"), load("dotFormulations"), load("dotContenders"),
    load("raceInputs"), load("raceStats"), load("formulationChoice"),
  ]);
  const { tf } = runtime;
  const active = tf.getBackend();
  await runtime.probeBackends(); // loads and registers every backend the browser supports
  const rows = [];
  const summarize = (times) => {
    const s = [...times].sort((a, b) => a - b);
    const q = (p) => { const i = (s.length - 1) * p, lo = Math.floor(i), hi = Math.ceil(i); return s[lo] + (s[hi] - s[lo]) * (i - lo); };
    return { runs: s.length, median: q(0.5), p95: q(0.95), min: s[0], max: s[s.length - 1] };
  };
  const time = async (task, reference) => {
    const result = await protocol.timeTask(task, { clock: performance, warmup, runs, minRuns: runs, minRunMs });
    return { ms: summarize(result.times), relativeError: stats.relativeError(result.values[0], reference) };
  };
  for (const n of sizes) {
    const inputs = await inputsModule.createRaceInputs(n, 1);
    const js = await time(contenders.jsLoopTask(inputs.u, inputs.v), inputs.reference);
    rows.push({ backend: "js", n, formulation: "bucle JS", site: true, ...js, ratio: null, error: null });
    for (const backend of ["webgpu", "webgl", "wasm", "cpu"]) {
      if (!(await tf.setBackend(backend).catch(() => false))) {
        rows.push({ backend, n, formulation: "—", site: false, ms: null, relativeError: null, ratio: null, error: "motor no disponible" });
        continue;
      }
      // The page's choice, made as the page makes it: measured on this backend with these inputs.
      const site = await choice.chooseFormulation(inputs.u, inputs.v, { clock: performance, minRunMs })
        .then((c) => c.id, () => formulations.vectorizedFormulation(backend).id);
      // u and v uploaded once (as the page's choice does); every formulation warmed up (which
      // sizes its loops), then timed round-robin, one run of each per round: what the machine
      // does meanwhile falls on all of them alike.
      const upload = contenders.vectorizedTask(inputs.u, inputs.v, formulations.DOT_FORMULATIONS.sumMul);
      const tensors = await upload.prepare();
      const timed = [];
      try {
        for (const f of Object.values(formulations.DOT_FORMULATIONS)) {
          const task = { prepare: () => tensors, compute: (t) => tf.tidy(() => f.compute(t.u, t.v)), release: () => undefined };
          try {
            const first = await protocol.timeTask(task, { clock: performance, warmup, runs: 1, minRunMs });
            timed.push({ f, task, loops: first.loops, times: [...first.times], value: first.values[0], error: null });
          } catch (error) {
            timed.push({ f, task, loops: 1, times: [], value: null, error: String(error?.message ?? error) });
          }
        }
        for (let round = 1; round < runs; round++) {
          for (const t of timed.filter((t) => t.error === null)) {
            try {
              const r = await protocol.timeTask(t.task, { clock: performance, warmup: 0, runs: 1, loops: t.loops });
              t.times.push(r.times[0]);
            } catch (error) {
              t.error = String(error?.message ?? error);
            }
          }
        }
      } finally {
        upload.release(tensors);
      }
      for (const t of timed) {
        rows.push(t.error === null
          ? { backend, n, formulation: t.f.code, site: t.f.id === site, ms: summarize(t.times), relativeError: stats.relativeError(t.value, inputs.reference), ratio: null, error: null }
          : { backend, n, formulation: t.f.code, site: t.f.id === site, ms: null, relativeError: null, ratio: null, error: t.error });
      }
    }
  }
  await tf.setBackend(active);
  for (const row of rows) {
    if (!row.ms || row.backend === "js") continue;
    const peers = rows.filter((r) => r.backend === row.backend && r.n === row.n && r.ms);
    row.ratio = row.ms.median / Math.min(...peers.map((r) => r.ms.median));
  }
  return rows;
}`;

/** As the race page (src/vectorizacion.md, RACE_PROTOCOL.minRunMs): a quick computation is
 * repeated within each timed run until the run lasts this long. */
const RACE_MIN_RUN_MS = 5;

export async function benchRace(
  baseUrl: string,
  { quick }: { quick: boolean },
): Promise<RaceRow[]> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/vectorizacion`, { waitUntil: "load" });
    await waitForSettled(page);
    const options = quick
      ? { sizes: [1e4, 1e5], warmup: 1, runs: 3, minRunMs: RACE_MIN_RUN_MS }
      : { sizes: [1e5, 1e6, 1e7], warmup: 3, runs: 15, minRunMs: RACE_MIN_RUN_MS };
    const rows = (await page.evaluate(
      `(${RACE_IN_PAGE})(${JSON.stringify(options)})`,
    )) as RaceRow[];
    for (const row of rows.filter((r) => r.site && r.backend !== "js")) {
      console.error(
        `bench: carrera ${row.backend} n=${row.n}: ${row.formulation} razón ${row.ratio?.toFixed(2)}`,
      );
    }
    return rows;
  } finally {
    await browser.close();
  }
}
