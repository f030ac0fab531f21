import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { pages } from "../../observablehq.config.js";
import { launchBrowser } from "./browser.js";
import { openPage, revealAll, screenshot } from "./page.js";

const baseUrl = inject("baseUrl");
const allPages = [{ name: "Portada", path: "/" }, ...pages];
const source = (path: string) => readFileSync(`src${path === "/" ? "/index" : path}.md`, "utf-8");
const hasMath = (markdown: string) => /```tex|\btex(\.block)?`|^\$\$$/m.test(markdown);
const hasMathML = (markdown: string) => /^\$\$$/m.test(markdown);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(allPages)("página $path", ({ path }) => {
  test("loads with no errors, no foreign requests, live links and the full sidebar", async () => {
    const { page, errors, foreignRequests, failedRequests } = await openPage(
      browser,
      `${baseUrl}${path}`,
    );
    try {
      await screenshot(page, path === "/" ? "index" : path.slice(1));
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      expect(failedRequests).toEqual([]);
      expect(await page.getAttribute("html", "lang")).toBe("es");

      // One numbering scheme: none in page titles nor in the landing's cards.
      expect(await page.locator("#observablehq-main h1").first().textContent()).not.toMatch(
        /^\s*\d/,
      );
      for (const card of await page.locator(".section-cards h3").allTextContents()) {
        expect(card).not.toMatch(/^\s*\d/);
      }
      // Developer text stays out of what students read (or in a collapsed «Para docentes» note),
      // and thousands are grouped one way only (a thin space: 24 137 569), never with a comma.
      const mainText = await page.locator("#observablehq-main").innerText();
      expect(mainText).not.toMatch(/npm run|COOP|COEP|src\/data|lib\/[a-z]/);
      expect(mainText).not.toMatch(/\d,\d{3}(?!\d)/);

      const sidebar = await page.$$eval("#observablehq-sidebar a", (links) =>
        links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      for (const { path: listed } of pages) expect(sidebar).toContain(listed);

      const links = await page.$$eval("a[href]", (anchors) =>
        anchors.map((a) => (a as HTMLAnchorElement).href),
      );
      const internal = [...new Set(links.filter((href) => href.startsWith(baseUrl)))].map(
        (href) => href.split("#")[0],
      );
      for (const href of new Set(internal)) {
        const response = await page.request.get(href);
        expect(response.status(), `enlace roto: ${href}`).toBe(200);
      }

      if (hasMath(source(path))) {
        expect(await page.locator(".katex").count()).toBeGreaterThan(0);
      }

      // $$ formulas are MathML drawn with the site's math font (this machine has none), which
      // every page declares; pages without them do not fetch it.
      const mathFont = (await page.evaluate(`(async () => {
        await document.fonts.ready;
        return {
          faces: [...document.fonts].filter((f) => f.family.includes("STIX Two Math")).map((f) => f.status),
          families: [...document.querySelectorAll(":not(.katex-mathml) > math")].map((m) => getComputedStyle(m).fontFamily),
          fetched: performance.getEntriesByType("resource").some((e) => /stix-two-math\\.\\w+\\.woff2$/.test(e.name)),
        };
      })()`)) as { faces: string[]; families: string[]; fetched: boolean };
      if (hasMathML(source(path))) {
        expect(mathFont.faces).toEqual(["loaded"]);
        expect(mathFont.families.length).toBeGreaterThan(0);
        for (const family of mathFont.families) expect(family).toMatch(/^"STIX Two Math"/);
        expect(mathFont.fetched).toBe(true);
      } else {
        expect(mathFont).toEqual({ faces: ["unloaded"], families: [], fetched: false });
      }
    } finally {
      await page.close();
    }
  });
});

// Charts parse vega specs compiled at build time (scripts/vega-catalog.ts): no page loads
// vega-lite's compiler. A chart whose spec is missing from the catalog still draws, compiled in
// the browser, and fails this test.
const chartedPages = allPages.filter(({ path }) => source(path).includes("VegaChart("));
test.each(chartedPages)(
  "$path draws every chart whole, from a spec compiled at build time",
  async ({ path }) => {
    const { page, errors } = await openPage(browser, `${baseUrl}${path}`);
    try {
      await revealAll(page);
      const charts = await page.$$eval(".vega-chart", (figures) =>
        figures.map((f) => {
          const drawing = f.querySelector("svg, canvas");
          const overflows =
            (drawing?.getBoundingClientRect().width ?? 0) > f.getBoundingClientRect().width + 0.5;
          return {
            compiled: (f as HTMLElement).dataset.compiled,
            drawn: drawing !== null,
            // Wider than its figure (axes and legends add to the plot's width): it must scroll,
            // not be cut off by the figure's paint containment.
            clipped: overflows && getComputedStyle(f).overflowX !== "auto",
          };
        }),
      );
      expect(charts.length).toBeGreaterThan(0);
      for (const chart of charts)
        expect(chart).toEqual({ compiled: "build", drawn: true, clipped: false });
      const compilerLoaded = await page.evaluate(
        `performance.getEntriesByType("resource").some((e) => /vega-lite/.test(e.name))`,
      );
      expect(compilerLoaded).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  },
);
