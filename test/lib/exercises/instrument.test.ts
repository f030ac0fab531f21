import { parse } from "acorn";
import { expect, test } from "vitest";
import { instrument, SOURCE_LINES_BEFORE_CELL } from "../../../lib/exercises/instrument.js";
import { PARSE_OPTIONS } from "../../../lib/exercises/prepare.js";

const build = (js: string, hooks = true, inputNames: string[] = []) =>
  instrument(js, parse(js, PARSE_OPTIONS), { hooks, inputNames });

test("instrument wraps the cell in a function of tf, console and the data, one line before it", () => {
  const { source, functions } = build("return u;", false, ["u", "v"]);
  expect(source).toBe("(__fmb) => async function (tf, console, u, v) {\nreturn u;\n}");
  expect(functions).toEqual([]);
  expect(source.split("\n").indexOf("return u;")).toBe(SOURCE_LINES_BEFORE_CELL);
});

test("instrument calls the hook on entry to every function the student wrote, lines unmoved", () => {
  const js = [
    "function f(x) { return x; }",
    "const g = (x) => x * 2;",
    "const o = { m() { return 1; }, get p() { return 2; } };",
    "class C { constructor() { this.a = 1; } }",
    "return [f(1), g(2), ((y) => ({ y }))(3)];",
  ].join("\n");
  const { source, functions } = build(js);
  const lines = source.split("\n").slice(SOURCE_LINES_BEFORE_CELL, -1);
  expect(lines).toEqual([
    "function f(x) {__fmb.e(0); return x; }",
    "const g = (x) => (__fmb.e(1), x * 2);",
    "const o = { m() {__fmb.e(2); return 1; }, get p() {__fmb.e(3); return 2; } };",
    "class C { constructor() {__fmb.e(4); this.a = 1; } }",
    "return [f(1), g(2), ((y) => ((__fmb.e(5), { y })))(3)];",
  ]);
  expect(functions).toEqual([
    { line: 1, name: "f" },
    { line: 2, name: "g" },
    { line: 3, name: "m" },
    { line: 3, name: "p" },
    { line: 4, name: "constructor" },
    { line: 5, name: "" },
  ]);
  // The result still runs: each hook call is counted.
  const calls: number[] = [];
  const make = new Function(`"use strict"; return ${source}`)();
  return make({ e: (id: number) => calls.push(id) })().then((value: unknown) => {
    expect(value).toEqual([1, 4, { y: 3 }]);
    expect(calls).toEqual([0, 1, 5]);
  });
});

test("instrument nests hooks of functions inside functions, outer first", () => {
  const { source } = build("const h = (a) => (b) => a + b;\nreturn h(1)(2);");
  expect(source.split("\n")[1]).toBe("const h = (a) => (__fmb.e(1), (b) => (__fmb.e(0), a + b));");
});
