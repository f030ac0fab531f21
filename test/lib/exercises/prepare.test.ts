import { expect, test } from "vitest";
import { prepare } from "../../../lib/exercises/prepare.js";
import { stripTypes } from "../../../lib/exercises/stripTypes.js";
import { syntaxError } from "../../../lib/exercises/syntaxError.js";

test("stripTypes removes TypeScript's types and keeps the lines", () => {
  expect(stripTypes("const x: number = 3;\nreturn x;")).toBe("const x = 3;\nreturn x;");
  expect(stripTypes("interface P { x: number }\nconst p = { x: 1 } as P;\nreturn p;")).toBe(
    "\nconst p = { x: 1 } ;\nreturn p;",
  );
});

test("prepare parses JavaScript as is, with top-level return and await", () => {
  const prepared = prepare("const d = await tf.ones([2]).data();\nreturn d;");
  expect(prepared).toMatchObject({
    ok: true,
    typescript: false,
    js: "const d = await tf.ones([2]).data();\nreturn d;",
  });
});

test("prepare strips TypeScript and says so", () => {
  expect(prepare("const n: number = 2;\nreturn n;")).toMatchObject({
    ok: true,
    typescript: true,
    js: "const n = 2;\nreturn n;",
  });
});

test("prepare reports a syntax error with line and column, in Spanish", () => {
  expect(prepare("let s = 'abc\nreturn s;")).toEqual({
    ok: false,
    error: {
      kind: "syntax",
      message:
        "Error de sintaxis en la línea 1, columna 9: una cadena de texto sin cerrar (falta una comilla).",
      line: 1,
      column: 9,
      detail: "Unterminated string constant",
    },
  });
  expect(prepare("let a = 1;\nlet a = 2;")).toMatchObject({
    ok: false,
    error: {
      line: 2,
      column: 5,
      message: expect.stringContaining("el nombre «a» ya está declarado"),
    },
  });
  expect(prepare("return [1, 2")).toMatchObject({
    ok: false,
    error: { message: expect.stringContaining("el código termina antes de tiempo") },
  });
  expect(prepare('import * as tf from "x";')).toMatchObject({
    ok: false,
    error: {
      kind: "forbidden",
      message: expect.stringContaining("No se permite `import` en la línea 1, columna 1"),
    },
  });
  expect(prepare("export const a = 1;")).toMatchObject({
    ok: false,
    error: { kind: "forbidden", message: expect.stringContaining("No se permite `export`") },
  });
});

test("prepare parses in strict mode: `with` and deleting a variable are syntax errors", () => {
  expect(prepare("const o = {};\nwith (o) {}")).toMatchObject({
    ok: false,
    error: { kind: "syntax", line: 2, message: expect.stringContaining("no se permite `with`") },
  });
  expect(prepare("let x = 1;\ndelete x;")).toMatchObject({
    ok: false,
    error: { kind: "syntax", line: 2, message: expect.stringContaining("`delete`") },
  });
});

test("prepare refuses the names reserved for the sandbox's hooks and redeclared data", () => {
  expect(prepare("const __fmb = { e() {} };\nreturn 1;")).toMatchObject({
    ok: false,
    error: {
      kind: "forbidden",
      line: 1,
      message: expect.stringContaining("«__fmb» en la línea 1"),
    },
  });
  expect(prepare("return __fmbX;")).toMatchObject({ ok: false, error: { kind: "forbidden" } });
  expect(prepare("const pF = 0.25;\nreturn pF;", ["pF", "pH"])).toMatchObject({
    ok: false,
    error: { kind: "syntax", line: 1, message: expect.stringContaining("«pF» ya existe") },
  });
  expect(prepare("var pH = 1;", ["pF", "pH"])).toMatchObject({ ok: false });
  // Names that only look alike, and data read but not redeclared, are fine.
  expect(prepare("const pF2 = pF * 2;\nreturn pF2;", ["pF"])).toMatchObject({ ok: true });
});

test("prepare refuses import() and redeclaring tf or console, even inside a pattern", () => {
  expect(prepare('return import("x");')).toMatchObject({
    ok: false,
    error: { kind: "forbidden", line: 1, column: 8 },
  });
  expect(prepare("const { a, b: [console] } = x;")).toMatchObject({
    ok: false,
    error: { kind: "syntax", message: expect.stringContaining("«console» ya existe") },
  });
  expect(prepare("function tf() {}")).toMatchObject({
    ok: false,
    error: { message: expect.stringContaining("«tf» ya existe") },
  });
  // A nested declaration shadows tf only in its own scope: allowed.
  expect(prepare("function f(tf) { return tf; }\nreturn f(1);")).toMatchObject({ ok: true });
});

test("syntaxError translates known messages and keeps the original", () => {
  const error = Object.assign(new SyntaxError("Unexpected character '#' (1:0)"), { pos: 0 });
  expect(syntaxError("#", error)).toEqual({
    kind: "syntax",
    message: "Error de sintaxis en la línea 1, columna 1: carácter inesperado «#».",
    line: 1,
    column: 1,
    detail: "Unexpected character '#'",
  });
});
