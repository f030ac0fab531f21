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

test("lib modules outside lib/tf import neither tfjs nor the DOM", () => {
  const files = readdirSync(libDir).filter((name) => name.endsWith(".ts"));
  expect(files.length).toBeGreaterThan(10);
  for (const name of files) {
    const source = readFileSync(libDir + name, "utf8");
    expect(source, name).not.toMatch(/@tensorflow|\bdocument\.|\bwindow\./);
  }
});

test("lib/index only re-exports", () => {
  const lines = readFileSync(libDir + "index.ts", "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("//"));
  const statements = lines
    .join("\n")
    .split(";")
    .filter((s) => s.trim() !== "");
  for (const statement of statements) expect(statement.trim()).toMatch(/^export (type )?\{/);
});
