/**
 * A markdown-it plugin that typesets static `tex` at build time: a fenced block
 *
 *     ```tex
 *     L'(w) = \lim_{h \to 0} \frac{L(w + h) - L(w)}{h}
 *     ```
 *
 * and an inline expression with no interpolation, ${tex`\eta`}, become KaTeX's HTML in the
 * page instead of cells that run KaTeX in the browser (one Observable cell each: /derivadas runs
 * 32 fewer). The output is the one the `tex` builtin draws, plus KaTeX's MathML, which screen
 * readers read (the builtin emits HTML only). Formulas with live numbers, ${tex`w = ${w}`}, and
 * fences with options (```tex live, or any other) keep running in the browser.
 *
 * KaTeX's stylesheet comes with the page's live formulas (Framework links it for pages that use
 * KaTeX; linking it here as well is a build error, «file conflict»). So a page whose formulas are
 * all static keeps one of them live (```tex live) or writes them as $$ … $$ (MathML, drawn with
 * STIX Two Math: observablehq.config.ts); scripts/check-katex-css.ts fails the build if a
 * page has KaTeX's HTML without its stylesheet. A LaTeX error fails the build with the formula
 * in the message, as the builtin would fail the cell.
 */
import katex from "katex";
import type MarkdownIt from "markdown-it";
import { authorFile } from "./guide-examples.js";

type Rule = NonNullable<MarkdownIt["renderer"]["rules"]["fence"]>;

/**
 * The LaTeX of a `tex` or `tex.block` tagged template with no interpolation, or null.
 * The tag receives the template's raw text, so the LaTeX is the text between the backticks as
 * written; templates with `${…}` or an escaped backtick are left to the browser.
 */
export function staticTexTemplate(expression: string): { latex: string; display: boolean } | null {
  const match = /^\s*tex(\.block)?`([^`]*)`\s*$/.exec(expression);
  if (!match || match[2].includes("${") || match[2].endsWith("\\")) return null;
  return { latex: match[2], display: match[1] !== undefined };
}

/**
 * Typesets `latex` with KaTeX; a LaTeX error becomes a Spanish one naming the page's file (the
 * markdown-it env is Framework's page context, with the page's path) and the formula.
 */
export function typesetOrExplain(
  latex: string,
  options: katex.KatexOptions,
  env: { path?: string } | undefined,
): string {
  try {
    return katex.renderToString(latex, { ...options, throwOnError: true });
  } catch (error) {
    const file = env?.path ? `${authorFile(env.path)}: ` : "";
    throw new Error(
      `${file}LaTeX inválido en «${latex.trim()}»: ${(error as Error).message}. Corrige la fórmula en ese archivo.`,
    );
  }
}

const typeset = (latex: string, displayMode: boolean, env: { path?: string }) =>
  typesetOrExplain(latex, { displayMode, output: "htmlAndMathml" }, env);

export function staticTex(md: MarkdownIt): MarkdownIt {
  const fence = md.renderer.rules.fence as Rule;
  const placeholder = md.renderer.rules.placeholder as Rule;
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    if (token.info.trim() !== "tex") return fence(tokens, idx, options, env, self);
    const block = typeset(token.content, true, env);
    return `<div class="observablehq observablehq--block">${block}</div>\n`;
  };
  md.renderer.rules.placeholder = (tokens, idx, options, env, self) => {
    const template = staticTexTemplate(tokens[idx].content);
    if (!template) return placeholder(tokens, idx, options, env, self);
    return typeset(template.latex, template.display, env);
  };
  return md;
}
