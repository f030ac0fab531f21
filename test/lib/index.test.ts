import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import * as lib from "../../lib/index.js";
import * as libTf from "../../lib/tf/index.js";

const libDir = fileURLToPath(new URL("../../lib/", import.meta.url));

test("lib/index exports the public API", () => {
  expect(Object.keys(lib).sort()).toEqual(
    [
      "BroadcastError",
      "SUM_TOLERANCE",
      "bayes",
      "broadcastShapes",
      "centralDifference",
      "chainRuleExercises",
      "chainRuleSteps",
      "columnShares",
      "conditionalProbability",
      "crossEntropy",
      "entropy",
      "explainBroadcast",
      "formatShape",
      "jointProbability",
      "klDivergence",
      "klTerms",
      "totalProbability",
      "TensorInputError",
      "assertSeed",
      "parseSeed",
      "parseNumber",
      "compareResult",
      "formatItem",
      "formatJs",
      "formatNumpy",
      "indexCode",
      "parseAssignment",
      "parseIndex",
      "parseShape",
      "parseTensorLiteral",
      "pythonShape",
      "resolveIndex",
      "selectIndex",
      "sliceIndices",
      "timingChartSpec",
    ].sort(),
  );
});

test("lib/tf/index exports the autodiff wrappers and chainRuleTf", () => {
  expect(Object.keys(libTf).sort()).toEqual(
    ["chainRuleTf", "derivativeAt", "derivativeAtAsync", "gradientAt", "gradientAtAsync"].sort(),
  );
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
