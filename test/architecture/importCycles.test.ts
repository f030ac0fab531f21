import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { expect, test } from "vitest";

/** Every TypeScript module of the project outside generated and vendored code. */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))
    .map((name) => `${dir}/${name}`)
    .filter((path) => !path.includes("/vendor/") && !path.includes("/.observablehq/"));
}

/** The first import cycle found by a depth-first walk of `graph`, or null. */
export function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === "done") return null;
    if (state.get(node) === "open") return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, "done");
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

test("findCycle finds a → b → a and nothing in a → b → c", () => {
  const cyclic = new Map([
    ["a", ["b"]],
    ["b", ["a"]],
  ]);
  expect(findCycle(cyclic)).toEqual(["a", "b", "a"]);
  const chain = new Map([
    ["a", ["b"]],
    ["b", ["c"]],
  ]);
  expect(findCycle(chain)).toBeNull();
});

/**
 * The relative imports of a module, type-only ones included (a circle of types is a circle
 * for the reader too, and a bundler's graph drops them): `import … from`, `export … from`,
 * `import("…")`, resolved to files (".js" is the TypeScript module beside it).
 */
function relativeImports(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*["'](\.[^"']+)["']/gm),
    ...source.matchAll(/\bimport\(\s*["'](\.[^"']+)["']\s*\)/g),
  ].map((match) => match[1]);
  return specifiers
    .map((specifier) => resolve(dirname(file), specifier).replace(/\.js$/, ".ts"))
    .filter((target) => existsSync(target))
    .map((target) => relative(process.cwd(), realpathSync(target)));
}

test("no import circle among the project's modules (lib, src, scripts, test), types included", () => {
  const files = ["lib", "src/components", "src/runtime", "src/data", "scripts", "test"].flatMap(
    sources,
  );
  const graph = new Map(
    files.map((file) => [relative(process.cwd(), realpathSync(file)), relativeImports(file)]),
  );
  expect(graph.size).toBeGreaterThan(200);
  // The bench's report types once closed run.ts → report.ts → budgets.ts → run.ts.
  expect(graph.get("scripts/bench/report.ts")).toContain("scripts/bench/types.ts");
  expect(findCycle(graph)).toBeNull();
});
