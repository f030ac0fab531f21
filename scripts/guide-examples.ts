/**
 * The instructors' guide (docs/guia-docentes.md) is tested: its examples, every ````md block in
 * it, in order, make one page, src/guia-ejemplos.md, that the test build compiles and the e2e
 * tests check like any course page (test/e2e/pages.test.ts). The page is written from the guide
 * at each build, so guide and test cannot drift.
 *
 * It is a test page, not part of the published site: `GUIDE_FIXTURE=1` (set by `npm run
 * build:test` and `npm run dev`) writes it, and any other build removes it, so `npm run build`
 * publishes the course alone. Being out of `pages` (observablehq.config.ts), it is in no sidebar.
 *
 * Run as a script (part of `npm run cache:offline`), it writes or removes the page.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import MarkdownIt from "markdown-it";

export const GUIDE = "docs/guia-docentes.md";
export const FIXTURE = "src/guia-ejemplos.md";
/** The fixture's path on the site. */
export const FIXTURE_PATH = "/guia-ejemplos";

/**
 * The file an author edits for the page at `path` ("/informacion", "/"): src/<page>.md, or the
 * guide for the page of its examples. Error messages name it.
 */
export function authorFile(path: string): string {
  if (path === FIXTURE_PATH) return GUIDE;
  return `src${path === "/" ? "/index" : path.replace(/\.md$/, "")}.md`;
}

export interface GuideExample {
  /** 1-based line of the example's first line in the guide. */
  line: number;
  /** The guide's section (its `## ` heading) the example is in. */
  section: string;
  /** The page Markdown the example shows. */
  markdown: string;
}

/** The guide's examples: the contents of its ````md blocks, in order. */
export function guideExamples(guide: string): GuideExample[] {
  const examples: GuideExample[] = [];
  let section = "";
  const tokens = new MarkdownIt().parse(guide, {});
  tokens.forEach((token, i) => {
    if (token.type === "heading_open" && token.tag === "h2") section = tokens[i + 1].content;
    if (token.type === "fence" && token.info.trim() === "md")
      examples.push({ line: token.map![0] + 2, section, markdown: token.content });
  });
  return examples;
}

/**
 * The fixture page: a title, then every example under its section's heading, each after a
 * comment naming its line in the guide.
 */
export function fixturePage(guide: string): string {
  const examples = guideExamples(guide).map(
    ({ line, section, markdown }, i, all) =>
      (section && section !== all[i - 1]?.section ? `## ${section}\n\n` : "") +
      `<!-- ${GUIDE}, línea ${line} -->\n\n${markdown.trimEnd()}\n`,
  );
  return [
    "# Ejemplos de la guía para docentes\n",
    `<!-- Written by scripts/guide-examples.ts from ${GUIDE} at each build: edit the guide, not this file. -->\n`,
    `Los ejemplos de \`${GUIDE}\`, uno tras otro, tal como los muestra la guía. \`npm test\` compila esta página y la revisa como a las del curso.\n`,
    ...examples,
  ].join("\n");
}

if (process.argv[1]?.endsWith("guide-examples.ts")) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const fixture = join(root, FIXTURE);
  if (process.env.GUIDE_FIXTURE) {
    writeFileSync(fixture, fixturePage(readFileSync(join(root, GUIDE), "utf-8")));
    console.error(`guide-examples: ${FIXTURE} (los ejemplos de ${GUIDE})`);
  } else if (existsSync(fixture)) {
    rmSync(fixture);
    console.error(`guide-examples: ${FIXTURE} borrada (solo la compilación de prueba la lleva)`);
  }
}
