import { expect, test } from "vitest";
import { expectNumber } from "../../../lib/exercises/expect.js";
import { grade, gradeRuns, PASS_MESSAGE } from "../../../lib/exercises/grade.js";
import type { Inputs } from "../../../lib/exercises/inputs.js";
import type { Evaluation } from "../../../lib/exercises/evaluate.js";
import type { Value } from "../../../lib/exercises/value.js";

const ok = (value: Value, violations: Evaluation["violations"] = []): Evaluation => ({
  status: "ok",
  value,
  logs: [],
  violations,
  called: [],
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
    called: [],
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

test("gradeRuns passes only when every data set passes: the lecture's and the fresh ones", () => {
  const double = { expected: (inputs: Inputs) => expectNumber(2 * (inputs.x as number)) };
  const runs = (values: number[]) =>
    values.map((value, i) => ({
      inputs: { x: [1.5, 4, 7][i] },
      outcome: ok({ kind: "number", value }),
    }));
  expect(gradeRuns(double, runs([3, 8, 14]))).toEqual({ status: "pass", message: PASS_MESSAGE });
  // The lecture's answer typed by hand: right on the lecture's data, wrong on fresh data.
  expect(gradeRuns(double, runs([3, 3, 3]))).toEqual({
    status: "fail",
    message:
      "Con otros datos (`x` = 4), tu resultado es 3, que no es el valor esperado (tolerancia: relativa 1e-4, absoluta 1e-6). Con los datos del enunciado tu resultado es correcto: ¿escribiste el resultado (o algo que solo vale para esos datos) a mano? Calcúlalo a partir de los datos, que «Comprobar» cambia.",
  });
  // Wrong on the lecture's data: said as always, without the data.
  expect(gradeRuns(double, runs([4, 8, 14])).message).toMatch(/^Tu resultado es 4,/);
});

test("gradeRuns names the fresh data when a fresh run breaks a rule or times out, without the hint", () => {
  const spec = { expected: expectNumber(3) };
  const broken = gradeRuns(spec, [
    { inputs: { n: 3 }, outcome: ok(three) },
    {
      inputs: { n: 80 },
      outcome: ok(three, [
        {
          kind: "noLoops",
          message: "Línea 2: tu función `f` se ejecutó más de 30 veces.",
          line: 2,
        },
      ]),
    },
  ]);
  expect(broken).toEqual({
    status: "fail",
    message: "Con otros datos (`n` = 80), línea 2: tu función `f` se ejecutó más de 30 veces.",
  });
  const slow = gradeRuns(spec, [
    { inputs: { n: 3 }, outcome: ok(three) },
    { inputs: { n: 80 }, outcome: { status: "timeout", logs: [], violations: [], limitMs: 5000 } },
  ]);
  expect(slow.status).toBe("timeout");
  expect(slow.message).toMatch(/^Con otros datos \(`n` = 80\), tu código tardó más de 5 s/);
});

test("grade reports an error before a syntax-level rule, and a rule broken while running as the rule", () => {
  const rule = { kind: "noLoops" as const, message: "Línea 1: usas un ciclo `for`.", line: 1 };
  const error = (kind: "runtime" | "rule"): Evaluation => ({
    status: "error",
    error: {
      kind,
      message: kind === "rule" ? rule.message : "Error al ejecutar…",
      line: 1,
      column: null,
      detail: null,
    },
    logs: [],
    violations: [rule],
    called: [],
  });
  expect(grade({ expected: expectNumber(3) }, error("runtime"))).toEqual({
    status: "error",
    message: "Error al ejecutar…",
  });
  expect(grade({ expected: expectNumber(3) }, error("rule"))).toEqual({
    status: "fail",
    message: rule.message,
  });
});
