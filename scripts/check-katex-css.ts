/**
 * After the build: every page that shows KaTeX's HTML links KaTeX's stylesheet. Formulas typeset
 * at build time (scripts/markdown-static-tex.ts) rely on the stylesheet Framework links for a
 * page's live formulas; without it they would show as unstyled text. Fails the build, naming the
 * pages' files, so the author keeps one formula live (```tex live) or writes them as $$ … $$
 * (MathML).
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { authorFile } from "./guide-examples.js";
import { htmlFiles, OUTPUT } from "./html-files.js";

/** Whether a built page has KaTeX's HTML (not only its MathML) but no link to KaTeX's stylesheet. */
export function lacksKatexCss(html: string): boolean {
  return /class="katex-html"/.test(html) && !/<link[^>]+katex(\.min)?\.css/.test(html);
}

if (process.argv[1]?.endsWith("check-katex-css.ts")) {
  const missing = [...htmlFiles(OUTPUT)]
    .filter((file) => lacksKatexCss(readFileSync(file, "utf-8")))
    .map((file) => authorFile(`/${relative(OUTPUT, file).replace(/\.html$/, "")}`));
  for (const file of missing)
    console.error(
      `check-katex-css: ${file} tiene fórmulas fijas de KaTeX (\`\`\`tex o \${tex\`…\`}) pero ninguna viva, ` +
        "así que la página no carga la hoja de estilos de KaTeX y se verían sin formato. Qué hacer: " +
        "deja una como ```tex live o escríbelas con $$ … $$ (MathML, no necesita hoja de estilos).",
    );
  if (missing.length > 0) process.exit(1);
}
