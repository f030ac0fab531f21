import { expect, test } from "vitest";
import { expectNumber } from "../../../lib/exercises/expect.js";
import { grade, PASS_MESSAGE } from "../../../lib/exercises/grade.js";
import type { Evaluation } from "../../../lib/exercises/evaluate.js";
import type { Value } from "../../../lib/exercises/value.js";

const ok = (value: Value, violations: Evaluation["violations"] = []): Evaluation => ({
  status: "ok",
  value,
  logs: [],
  violations,
  typescript: false,
  ms: 1,
});
const three: Value = { kind: "number", value: 3 };

test("grade passes a matching value, adding the exercise's remark", () => {
  expect(grade({ expected: expectNumber(3) }, ok(three))).toEqual({
    status: "pass",
    message: PASS_MESSAGE,
  });
  expect(grade({ expected: expectNumber(3), success: "Bien." }, ok(three))).toEqual({
    status: "pass",
    message: "¡Correcto! Bien.",
  });
});

test("grade reports code that did not run as an error, with its message", () => {
  const evaluation: Evaluation = {
    status: "error",
    error: { kind: "syntax", message: "Error de sintaxis…", line: 1, column: 2, detail: null },
    logs: [],
    violations: [],
  };
  expect(grade({ expected: expectNumber(3) }, evaluation)).toEqual({
    status: "error",
    message: "Error de sintaxis…",
  });
});

test("grade fails a broken constraint first, even with the right value, and counts the others", () => {
  const violations = [
    { kind: "noLoops" as const, message: "Línea 2: usas un ciclo `for`.", line: 2 },
    { kind: "noLoops" as const, message: "Línea 3: usas un ciclo `while`.", line: 3 },
  ];
  expect(grade({ expected: expectNumber(3) }, ok(three, violations))).toEqual({
    status: "fail",
    message: "Línea 2: usas un ciclo `for`. (y 1 caso más)",
  });
});

test("grade fails a wrong value, or nothing returned", () => {
  expect(grade({ expected: expectNumber(4) }, ok(three)).status).toBe("fail");
  expect(grade({ expected: expectNumber(4) }, ok({ kind: "undefined" })).message).toMatch(
    /no devolvió nada/,
  );
});

test("grade runs the exercise's own check after the expected value", () => {
  const check = (v: Value) => (v.kind === "number" && v.value > 2 ? "Demasiado grande." : null);
  expect(grade({ check }, ok(three))).toEqual({ status: "fail", message: "Demasiado grande." });
  expect(grade({ check }, ok({ kind: "number", value: 1 }))).toEqual({
    status: "pass",
    message: PASS_MESSAGE,
  });
});

test("grade falls back on the expectation taken from the reference solution", () => {
  expect(grade({}, ok(three), expectNumber(3)).status).toBe("pass");
  expect(grade({}, ok(three), null)).toEqual({
    status: "error",
    message: expect.stringContaining("no dice qué resultado espera"),
  });
});
