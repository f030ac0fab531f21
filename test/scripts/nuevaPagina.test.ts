import { readFileSync } from "node:fs";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import { describe, expect, test } from "vitest";
import { addToPages, pageTemplate, slugProblem } from "../../scripts/nueva-pagina.js";
import { discoverCharts } from "../../scripts/vega-discovery.js";

const config = readFileSync("observablehq.config.ts", "utf-8");

describe("nueva-pagina", () => {
  test("slugProblem(slug) accepts lowercase words joined by hyphens and explains the rest", () => {
    expect(slugProblem("regla-de-bayes")).toBeNull();
    expect(slugProblem("clase-4")).toBeNull();
    expect(slugProblem("Regla")).toMatch(/minúsculas sin acentos/);
    expect(slugProblem("información")).toMatch(/minúsculas sin acentos/);
    expect(slugProblem("dos--guiones")).toMatch(/minúsculas sin acentos/);
    expect(slugProblem("index")).toMatch(/ya lo usa el sitio/);
    expect(slugProblem("guia-ejemplos")).toMatch(/ya lo usa el sitio/);
  });

  test("addToPages(config, slug, title) adds the page last in `pages`, formatted as Prettier would", async () => {
    const updated = await addToPages(config, "regla-de-bayes", "La regla de «Bayes»");
    const pages = updated.slice(updated.indexOf("export const pages"), updated.indexOf("];"));
    expect(pages.trimEnd().split("\n").at(-1)).toBe(
      '  { name: "La regla de «Bayes»", path: "/regla-de-bayes" },',
    );
    expect(updated.replace(pages, "")).toBe(
      config.replace(config.slice(config.indexOf("export const pages"), config.indexOf("];")), ""),
    );
    const options = await resolveConfig("observablehq.config.ts");
    expect(await format(updated, { ...options, parser: "typescript" })).toBe(updated);
  });

  test("addToPages refuses a page already in `pages`", async () => {
    await expect(addToPages(config, "probabilidad", "Otra")).rejects.toThrow(
      "/probabilidad ya está en pages",
    );
  });

  test("pageTemplate(title): a title, a paragraph, one labelled control, one result, one chart compiled at build time", async () => {
    const page = pageTemplate("Mi página");
    expect(page).toMatch(/^# Mi página\n\n\S/);
    expect(page.match(/view\(Inputs\.\w+\(.*label: "/g)).toHaveLength(1);
    expect(page.match(/LiveRegion\(\{label: "/g)).toHaveLength(1);
    expect(page.match(/VegaChart\(/g)).toHaveLength(1);
    expect(page).toMatch(/description: "/);
    const { specs, problems } = await discoverCharts([
      { file: "src/mi-pagina.md", kind: "page", text: page, dir: join(process.cwd(), "src") },
    ]);
    expect(problems).toEqual([]);
    expect(specs).toHaveLength(1);
  });
});
