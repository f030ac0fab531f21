import { createMarkdownIt, parseMarkdown } from "@observablehq/framework/dist/markdown.js";
import { describe, expect, it } from "vitest";
import { lacksKatexCss } from "../../scripts/check-katex-css.js";
import { displayMath } from "../../scripts/markdown-math.js";
import { staticTex, staticTexTemplate } from "../../scripts/markdown-static-tex.js";

/** Parses a page as the build does, with the plugin installed. */
const parse = (source: string) =>
  parseMarkdown(source, { md: createMarkdownIt({ markdownIt: staticTex }), path: "/page" });

describe("staticTexTemplate", () => {
  it("reads the LaTeX of tex and tex.block templates without interpolation", () => {
    expect(staticTexTemplate("tex`\\eta`")).toEqual({ latex: "\\eta", display: false });
    expect(staticTexTemplate(" tex.block`a $ b` ")).toEqual({ latex: "a $ b", display: true });
  });
  it("leaves live and unusual templates to the browser", () => {
    expect(staticTexTemplate("tex`w = ${w}`")).toBeNull();
    expect(staticTexTemplate("tex`a\\`b`")).toBeNull();
    expect(staticTexTemplate("math(`x`)")).toBeNull();
    expect(staticTexTemplate("tex`a` + tex`b`")).toBeNull();
  });
});

describe("staticTex", () => {
  it("typesets static inline and fenced TeX into the page, with MathML, and no cells", () => {
    const page = parse("La pérdida ${tex`L(w)`} baja.\n\n```tex\n\\frac{dy}{dx}\n```\n");
    expect(page.code).toHaveLength(0);
    expect(page.body).toContain('<span class="katex"><span class="katex-mathml"><math');
    expect(page.body).toContain("<mi>L</mi>");
    expect(page.body).toMatch(
      /<div class="observablehq observablehq--block"><span class="katex-display">/,
    );
    expect(page.body).toContain("<mfrac>");
  });
  it("keeps live formulas and ```tex live as cells", () => {
    const page = parse("Con ${tex`w = ${w}`}.\n\n```tex live\nx^2\n```\n");
    expect(page.code).toHaveLength(2);
    expect(page.body).not.toContain("katex");
  });
  it("fails the build on a LaTeX error, naming the page's file and the formula", () => {
    expect(() => parse("Mal: ${tex`\\frac{1`}")).toThrow(
      /^src\/page\.md: LaTeX inválido en «\\frac\{1»: KaTeX parse error: .*Corrige la fórmula/,
    );
    expect(() => parse("```tex\n\\sqrt{\n```\n")).toThrow(
      /^src\/page\.md: LaTeX inválido en «\\sqrt\{»/,
    );
  });
});

describe("displayMath", () => {
  const parseMath = (source: string, path = "/page") =>
    parseMarkdown(source, { md: createMarkdownIt({ markdownIt: displayMath }), path });
  it("typesets $$ blocks as MathML only, with no cells", () => {
    const page = parseMath("$$\nH = -\\sum_i p_i\n$$\n");
    expect(page.code).toHaveLength(0);
    expect(page.body).toContain(
      '<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">',
    );
    expect(page.body).not.toContain("katex-html");
  });
  it("fails the build on a LaTeX error, naming the page's file (the guide, for its examples)", () => {
    expect(() => parseMath("$$\n\\frac{1\n$$\n")).toThrow(
      /^src\/page\.md: LaTeX inválido en «\\frac\{1»/,
    );
    expect(() => parseMath("$$\n\\frac{1\n$$\n", "/guia-ejemplos")).toThrow(
      /^docs\/guia-docentes\.md: LaTeX inválido/,
    );
  });
});

describe("lacksKatexCss", () => {
  const katexHtml = '<span class="katex"><span class="katex-html" aria-hidden="true">';
  it("flags KaTeX's HTML without KaTeX's stylesheet", () => {
    expect(lacksKatexCss(`<body>${katexHtml}</body>`)).toBe(true);
    expect(
      lacksKatexCss(
        `<link rel="stylesheet" type="text/css" href="./_npm/katex@0.19.1/dist/katex.min.css">${katexHtml}`,
      ),
    ).toBe(false);
  });
  it("accepts MathML-only formulas ($$ … $$) without the stylesheet", () => {
    expect(lacksKatexCss('<span class="katex"><math display="block"></math></span>')).toBe(false);
  });
});
