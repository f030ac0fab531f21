import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { pages } from "../../observablehq.config.js";
import { FIXTURE_PATH, GUIDE, authorFile, fixturePage } from "../../scripts/guide-examples.js";
import {
  CHART_FIX,
  describeProblem,
  discoverCharts,
  guideChartSource,
  siteSources,
} from "../../scripts/vega-discovery.js";
import { launchBrowser } from "./browser.js";
import { openPage, revealAll, screenshot } from "./page.js";

const baseUrl = inject("baseUrl");
// The course pages, and the page the test build makes of the guide's examples
// (scripts/guide-examples.ts): it passes every check they pass, but is in no sidebar.
const guidePage = { name: "Ejemplos de la guía", path: FIXTURE_PATH };
const allPages = [{ name: "Portada", path: "/" }, ...pages, guidePage];
const source = (path: string) =>
  path === FIXTURE_PATH
    ? fixturePage(readFileSync(GUIDE, "utf-8"))
    : readFileSync(authorFile(path), "utf-8");
const hasMath = (markdown: string) => /```tex|\btex(\.block)?`|^\$\$$/m.test(markdown);
const hasMathML = (markdown: string) => /^\$\$$/m.test(markdown);

/** How a failure on `path` starts: the page and the file to change. */
const onPage = (path: string) => `página ${path} (se edita en ${authorFile(path)})`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(allPages)("página $path", ({ path }) => {
  test("loads with no errors, no foreign requests, live links, the sidebar, typeset formulas and labelled controls", async () => {
    const { page, errors, foreignRequests, failedRequests } = await openPage(
      browser,
      `${baseUrl}${path}`,
    );
    try {
      await screenshot(page, path === "/" ? "index" : path.slice(1));
      expect(errors, `${onPage(path)}: errores en la consola del navegador`).toEqual([]);
      expect(
        foreignRequests,
        `${onPage(path)}: pide archivos a otro sitio (el sitio funciona sin conexión; importa las bibliotecas por su nombre, sin npm: ni https:)`,
      ).toEqual([]);
      expect(failedRequests, `${onPage(path)}: peticiones que fallaron`).toEqual([]);
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
      expect(sidebar, "la página de los ejemplos de la guía no se publica").not.toContain(
        FIXTURE_PATH,
      );

      const links = await page.$$eval("a[href]", (anchors) =>
        anchors.map((a) => (a as HTMLAnchorElement).href),
      );
      const internal = [...new Set(links.filter((href) => href.startsWith(baseUrl)))].map(
        (href) => href.split("#")[0],
      );
      for (const href of new Set(internal)) {
        const response = await page.request.get(href);
        expect(response.status(), `${onPage(path)}: enlace roto: ${href}`).toBe(200);
      }

      if (hasMath(source(path))) {
        expect(
          await page.locator(".katex").count(),
          `${onPage(path)}: tiene fórmulas tex pero ninguna se compuso`,
        ).toBeGreaterThan(0);
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
        const drawn = `${onPage(path)}: las fórmulas $$ se dibujan con STIX Two Math`;
        expect(mathFont.faces, drawn).toEqual(["loaded"]);
        expect(mathFont.families.length, drawn).toBeGreaterThan(0);
        for (const family of mathFont.families) expect(family, drawn).toMatch(/^"STIX Two Math"/);
        expect(mathFont.fetched, drawn).toBe(true);
      } else {
        expect(mathFont, `${onPage(path)}: sin fórmulas $$, no descarga la fuente`).toEqual({
          faces: ["unloaded"],
          families: [],
          fetched: false,
        });
      }

      expect(await unlabelledControls(page), `${onPage(path)}: ${UNLABELLED}`).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

const UNLABELLED =
  'controles sin nombre para los lectores de pantalla. Qué hacer: dale a cada control un label (Inputs.range(…, {label: "…"})), o un aria-label si no lleva texto visible';

/**
 * The form controls a screen reader cannot name (axe-core's rules for them: label, select-name,
 * aria-input-field-name, aria-toggle-field-name), each as «<input type="range"> en la sección
 * «…»», the section being the heading above it, so an author finds it in the page.
 */
async function unlabelledControls(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: "node_modules/axe-core/axe.min.js" });
  return page.evaluate(`(async () => {
    const rules = ["label", "select-name", "aria-input-field-name", "aria-toggle-field-name"];
    const { violations } = await axe.run(document, { runOnly: { type: "rule", values: rules } });
    const headings = [...document.querySelectorAll("#observablehq-main h1, #observablehq-main h2, #observablehq-main h3")];
    return violations.flatMap((v) => v.nodes.map((n) => {
      const control = document.querySelector(n.target[0]);
      const type = control?.getAttribute("type") ? \` type="\${control.getAttribute("type")}"\` : "";
      const section = headings.filter((h) => h.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING).pop();
      return \`<\${control?.localName}\${type}> en la sección «\${section?.textContent.trim() ?? "inicio"}»\`;
    }));
  })()`) as Promise<string[]>;
}

// Charts parse vega specs compiled at build time (scripts/vega-discovery.ts finds them): no page
// loads vega-lite's compiler. A chart whose spec cannot be known before the page runs still
// draws, compiled in the browser, and fails this test, which says which chart and what to do.
const chartedPages = allPages.filter(({ path }) => source(path).includes("VegaChart("));
const discovery = discoverCharts([...siteSources(process.cwd()), guideChartSource(process.cwd())]);

/** Spanish: why charts of `path` were compiled in the browser, and what to change. */
async function compiledInBrowser(path: string, descriptions: string[]): Promise<string> {
  const { problems } = await discovery;
  const page = authorFile(path);
  const here = problems.filter(
    ({ site }) => site.file === page || site.file.startsWith("src/components/"),
  );
  const what = `${onPage(path)}: las gráficas ${descriptions.map((d) => `«${d}»`).join(", ")} se compilaron en el navegador, lo que carga vega-lite (~0.3 s más).`;
  if (here.length > 0)
    return `${what} Por qué: ${here.map(describeProblem).join("; ")}. ${CHART_FIX}`;
  return (
    `${what} Su especificación no es ninguna de las que se compilaron al construir. Qué hacer: ` +
    `vuelve a compilar (npm run build:test), por si ${page} cambió después; si sigue, la especificación ` +
    "que calcula el navegador no es la que se calculó al construir (con width = 640): que no dependa del ancho " +
    "salvo en su width y height, ni de la hora, del azar o de otro valor del navegador"
  );
}

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
            description: f.querySelector("[aria-label]")?.getAttribute("aria-label") ?? "",
            compiled: (f as HTMLElement).dataset.compiled,
            drawn: drawing !== null,
            // Wider than its figure (axes and legends add to the plot's width): it must scroll,
            // not be cut off by the figure's paint containment.
            clipped: overflows && getComputedStyle(f).overflowX !== "auto",
          };
        }),
      );
      expect(charts.length).toBeGreaterThan(0);
      const inBrowser = charts.filter((c) => c.compiled !== "build").map((c) => c.description);
      if (inBrowser.length > 0) expect.fail(await compiledInBrowser(path, inBrowser));
      for (const { description: _, ...chart } of charts)
        expect(chart, `${onPage(path)}: una gráfica sin dibujar o cortada`).toEqual({
          compiled: "build",
          drawn: true,
          clipped: false,
        });
      const compilerLoaded = await page.evaluate(
        `performance.getEntriesByType("resource").some((e) => /vega-lite/.test(e.name))`,
      );
      expect(compilerLoaded, `${onPage(path)}: cargó el compilador de vega-lite`).toBe(false);
      expect(errors, `${onPage(path)}: errores en la consola del navegador`).toEqual([]);
    } finally {
      await page.close();
    }
  },
);
