import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  FIXTURE_PATH,
  GUIDE,
  authorFile,
  fixturePage,
  guideExamples,
} from "../../scripts/guide-examples.js";

const guide = readFileSync(GUIDE, "utf-8");
const examples = guideExamples(guide);

describe("guideExamples", () => {
  test("guideExamples(text) takes the ````md blocks, in order, with their first line", () => {
    const text = "# G\n\n````md\nuno\n````\n\n```js\nno\n```\n\n````md\n```js\ndos\n```\n````\n";
    expect(guideExamples(text)).toEqual([
      { line: 4, section: "", markdown: "uno\n" },
      { line: 12, section: "", markdown: "```js\ndos\n```\n" },
    ]);
  });

  test("fixturePage(text) is a titled page of the examples under their sections, each after its line in the guide", () => {
    const page = fixturePage(
      "## A\n\n````md\nuno\n````\n\n````md\ndos\n````\n\n## B `b`\n\n````md\ntres\n````\n",
    );
    expect(page).toMatch(/^# Ejemplos de la guía para docentes\n/);
    expect(page).toContain(
      "## A\n\n<!-- docs/guia-docentes.md, línea 4 -->\n\nuno\n\n<!-- docs/guia-docentes.md, línea 8 -->\n\ndos\n\n## B `b`\n\n<!-- docs/guia-docentes.md, línea 14 -->\n\ntres\n",
    );
  });

  test("authorFile(path) names the file an author edits for a page", () => {
    expect(authorFile("/")).toBe("src/index.md");
    expect(authorFile("/informacion")).toBe("src/informacion.md");
    expect(authorFile(FIXTURE_PATH)).toBe(GUIDE);
  });
});

describe(`${GUIDE}`, () => {
  test("has a table of contents linking every section, the ones instructors need among them", () => {
    const headings = [...guide.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    for (const needed of [
      "Páginas",
      "Controles",
      "Fórmulas",
      "Gráficas",
      "TensorFlow.js",
      "Ejercicios",
      "Cargadores de datos",
      "Qué revisa `npm test` y cómo leer sus fallos",
    ])
      expect(headings).toContain(needed);
    // GitHub's anchors: lowercase, spaces to hyphens, punctuation other than hyphens dropped.
    const anchor = (h: string) =>
      h
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, "")
        .replace(/\s/g, "-");
    const contents = guide.slice(guide.indexOf("## Contenido"), guide.indexOf("## Páginas"));
    for (const heading of headings.filter((h) => h !== "Contenido"))
      expect(contents, `falta «${heading}» en el índice`).toContain(`(#${anchor(heading)})`);
    for (const [, target] of guide.matchAll(/\]\(#([^)]+)\)/g))
      expect(headings.map(anchor), `enlace roto: #${target}`).toContain(target);
  });

  test("names every component of src/components, and shows those it links to in a runnable example", () => {
    const components = readdirSync("src/components").filter(
      (f) => f.endsWith(".ts") && !f.endsWith(".d.ts"),
    );
    const table = guide.slice(guide.indexOf("## Todos los componentes"));
    for (const file of components)
      expect(table, `${file} no aparece en «Todos los componentes» de ${GUIDE}`).toContain(
        `\`${file}\``,
      );
    const imported = new Set(
      examples.flatMap(({ markdown }) =>
        [...markdown.matchAll(/from "\.\/components\/(\w+)\.js"/g)].map((m) => `${m[1]}.ts`),
      ),
    );
    const withExample = table
      .split("\n")
      .filter((row) => /\| \[[^\]]+\]\(#[^)]+\) \|$/.test(row))
      .flatMap((row) => [...row.split("|")[1].matchAll(/`(\w+\.ts)`/g)].map((m) => m[1]));
    expect(withExample.length).toBeGreaterThan(15);
    for (const file of withExample)
      expect(imported, `${file}: la guía remite a un ejemplo que no lo usa`).toContain(file);
  });
});
