import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import * as lib from "../../lib/index.js";
import * as libTf from "../../lib/tf/index.js";

const libDir = fileURLToPath(new URL("../../lib/", import.meta.url));

// The public API that other course pages and instructors' scripts import by name (issue 3).
// Pages add their own exports; these must never disappear.
const PUBLIC_API = [
  "BroadcastError",
  "bayes",
  "broadcastShapes",
  "columnShares",
  "crossEntropy",
  "entropy",
  "explainBroadcast",
  "klDivergence",
  "totalProbability",
];
const PUBLIC_TF_API = [
  "chainRuleTf",
  "derivativeAt",
  "derivativeAtAsync",
  "gradientAt",
  "gradientAtAsync",
];

test("lib/index exports the public API, each a function or class", () => {
  expect(Object.keys(lib)).toEqual(expect.arrayContaining(PUBLIC_API));
  for (const name of PUBLIC_API)
    expect(typeof (lib as Record<string, unknown>)[name]).toBe("function");
});

test("lib/tf/index exports the autodiff wrappers and chainRuleTf", () => {
  expect(Object.keys(libTf)).toEqual(expect.arrayContaining(PUBLIC_TF_API));
});

/** Every .ts file under lib/<dir>, as paths relative to lib/. */
function filesUnder(dir: string): string[] {
  return readdirSync(libDir + dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => `${dir}/${name}`);
}

const FOLDERS = readdirSync(libDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

test("lib/'s top level holds only folders and index.ts", () => {
  const files = readdirSync(libDir, { withFileTypes: true }).filter(
    (entry) => !entry.isDirectory(),
  );
  expect(files.map((entry) => entry.name)).toEqual(["index.ts"]);
  expect(FOLDERS).toEqual(expect.arrayContaining(["math", "input", "format", "race", "tf"]));
});

test("every folder of lib/ (and of lib/math/) has an index.ts that only re-exports", () => {
  const folders = [
    ...FOLDERS,
    ...readdirSync(libDir + "math", { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `math/${entry.name}`),
  ];
  for (const folder of [".", ...folders]) {
    const source = readFileSync(`${libDir}${folder}/index.ts`, "utf8");
    const statements = source
      .split("\n")
      .filter((line) => line.trim() !== "" && !line.trim().startsWith("//"))
      .join("\n")
      .split(";")
      .filter((statement) => statement.trim() !== "");
    for (const statement of statements)
      expect(statement.trim(), `lib/${folder}/index.ts`).toMatch(/^export (type )?(\*|\{)/);
  }
});

test("lib modules outside lib/tf and lib/exercises import neither tfjs nor the DOM", () => {
  const files = FOLDERS.filter((dir) => dir !== "tf" && dir !== "exercises").flatMap(filesUnder);
  expect(files.length).toBeGreaterThan(60);
  for (const name of files) {
    const source = readFileSync(libDir + name, "utf8");
    expect(source, name).not.toMatch(/@tensorflow|\bdocument\.|\bwindow\./);
  }
});

test("lib/math runs only lib/math, lib/random, and the shape notation and error class of its messages", () => {
  for (const name of filesUnder("math")) {
    const source = readFileSync(libDir + name, "utf8");
    // Type-only imports carry no code (selectIndex reads parseIndex's IndexItem type).
    for (const [, specifier] of source.matchAll(/^import (?!type )[^;]*from "([^"]+)"/gm)) {
      const target = new URL(specifier, new URL(name, `file://${libDir}`)).pathname.slice(
        libDir.length,
      );
      expect(
        target.startsWith("math/") ||
          target.startsWith("random/") ||
          target === "format/formatShape.js" ||
          target === "input/tensorInputError.js",
        `${name} imports ${target}`,
      ).toBe(true);
    }
  }
});
