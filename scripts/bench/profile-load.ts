/**
 * A look inside one page load (not part of the benchmark's figures): the DOM-change timeline,
 * long tasks and the slowest resources, to see where a page's settled time goes.
 * Usage: tsx scripts/bench/profile-load.ts /derivadas [/tensores …] (serves dist/).
 */
import { launchBrowser } from "../../test/e2e/browser.js";
import { SETTLED_IN_PAGE } from "../../test/e2e/page.js";
import { serveDist } from "../serve-dist.js";

const RECORD = `(() => {
  window.__changes = [];
  window.__lastDomChange = performance.now();
  const where = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    const section = el?.closest?.(".observablehq, figure, [id]");
    const name = (section?.id || section?.className || section?.tagName || "?").toString().slice(0, 30);
    return name + " «" + (section?.textContent ?? "").trim().slice(0, 40).replace(/\s+/g, " ") + "»";
  };
  new MutationObserver((records) => {
    const t = performance.now();
    window.__lastDomChange = t;
    window.__changes.push([Math.round(t), where(records[records.length - 1].target), records.length]);
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  window.__long = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]); })
    .observe({ type: "longtask", buffered: true });
})()`;

const server = await serveDist("dist");
const address = server.address();
if (!address || typeof address !== "object") throw new Error("no server");
const browser = await launchBrowser();
// Each page twice, the first as a warm-up (a browser's first page load is slower).
for (const path of process.argv.slice(2).flatMap((p) => [p, p])) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(RECORD);
  await page.goto(`http://localhost:${address.port}${path}`, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  const settled = await page.evaluate(`(${SETTLED_IN_PAGE})(300, 60000)`);
  const info = (await page.evaluate(`({
    nav: performance.getEntriesByType("navigation").map((e) => ({dcl: Math.round(e.domContentLoadedEventEnd), load: Math.round(e.loadEventEnd)}))[0],
    resources: performance.getEntriesByType("resource").map((e) => [e.name.replace(location.origin, "").slice(0, 70), Math.round(e.startTime), Math.round(e.responseEnd), e.encodedBodySize]).sort((a, b) => b[2] - a[2]).slice(0, 8),
    changes: window.__changes, long: window.__long,
    marks: [...performance.getEntriesByType("measure"), ...performance.getEntriesByType("mark")].map((e) => [e.name, Math.round(e.startTime), Math.round(e.startTime + e.duration)]),
  })`)) as {
    nav: unknown;
    resources: unknown[];
    changes: [number, string, number][];
    long: number[][];
    marks: [string, number, number][];
  };
  console.log(
    `\n## ${path}: settled ${Math.round(settled as number)} ms`,
    JSON.stringify(info.nav),
  );
  console.log("latest resources:", info.resources.map((r) => JSON.stringify(r)).join("\n  "));
  console.log("long tasks:", JSON.stringify(info.long));
  console.log("performance marks and measures:", JSON.stringify(info.marks));
  // Collapse the change log into runs per region.
  const runs: string[] = [];
  for (const [t, w, n] of info.changes) {
    const lastRun = runs[runs.length - 1];
    if (lastRun?.startsWith(w + " "))
      runs[runs.length - 1] = lastRun.replace(/→\d+.*$/, `→${t} (${n})`);
    else runs.push(`${w} ${t}→${t} (${n})`);
  }
  console.log("changes:\n  " + runs.slice(-40).join("\n  "));
  await context.close();
}
await browser.close();
server.close();
