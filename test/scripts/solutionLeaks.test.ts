import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { detailPath } from "../../scripts/calificar.js";
import { findSolutionLeaks, solutionFragments } from "../../scripts/solution-leaks.js";

const spec = {
  id: "ej",
  version: "1",
  title: "Fracciones",
  prompt: "Divide `A` entre el total de cada columna.",
  starter: "// A ya está definida\nreturn A;\n",
  hints: ["`return A.div(A.sum(0));`"],
};
const solution =
  "const totales = A.sum(0); // por columna\nreturn A.div(totales);\nreturn A.div(A.sum(0));\n";
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test("solutionFragments: the whole text and each identifying line, without comments or what the exercise shows", () => {
  dir = "";
  expect(solutionFragments(spec, solution)).toEqual([
    solution.trim(),
    "const totales = A.sum(0);",
    "return A.div(totales);",
  ]);
});

test("findSolutionLeaks finds a solution's line written raw or escaped in a string, in any text file", () => {
  dir = mkdtempSync(join(tmpdir(), "fugas-"));
  writeFileSync(join(dir, "limpio.js"), 'export const hint = "return A.div(A.sum(0));";');
  expect(findSolutionLeaks(dir, [spec], { ej: solution })).toEqual([]);
  writeFileSync(join(dir, "a.js"), `export default ${JSON.stringify({ ej: solution })};`);
  writeFileSync(join(dir, "b.html"), "<pre>const totales = A.sum(0);</pre>");
  expect(findSolutionLeaks(dir, [spec], { ej: solution })).toEqual([
    { file: "a.js", exercise: "ej", fragment: solution.trim() },
    { file: "a.js", exercise: "ej", fragment: "const totales = A.sum(0);" },
    { file: "a.js", exercise: "ej", fragment: "return A.div(totales);" },
    { file: "b.html", exercise: "ej", fragment: "const totales = A.sum(0);" },
  ]);
});

test("detailPath puts the detail beside the gradebook", () => {
  dir = "";
  expect(detailPath("notas.csv")).toBe("notas-detalle.csv");
  expect(detailPath("salida/notas")).toBe("salida/notas-detalle.csv");
});
