/**
 * After the build: every page that shows KaTeX's HTML links KaTeX's stylesheet. Formulas typeset
 * at build time (scripts/markdown-static-tex.ts) rely on the stylesheet Framework links for a
 * page's live formulas; without it they would show as unstyled text. Fails the build, naming the
 * pages, so the author keeps one formula live (```tex live) or writes them as $$ … $$ (MathML).
 */
import { readFileSync } from "node:fs";
import { htmlFiles } from "./html-files.js";

/** Whether a built page has KaTeX's HTML (not only its MathML) but no link to KaTeX's stylesheet. */
export function lacksKatexCss(html: string): boolean {
  return /class="katex-html"/.test(html) && !/<link[^>]+katex(\.min)?\.css/.test(html);
}

if (process.argv[1]?.endsWith("check-katex-css.ts")) {
  const missing = [...htmlFiles("dist")].filter((file) =>
    lacksKatexCss(readFileSync(file, "utf-8")),
  );
  if (missing.length > 0) {
    console.error(
      `check-katex-css: ${missing.join(", ")} typeset TeX at build time but load no KaTeX stylesheet. ` +
        "Keep one formula live (```tex live) or write them as $$ … $$ (MathML).",
    );
    process.exit(1);
  }
}
