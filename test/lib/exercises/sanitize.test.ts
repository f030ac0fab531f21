import { expect, test } from "vitest";
import {
  sanitizeCodeError,
  sanitizeLog,
  sanitizeValue,
  sanitizeViolation,
} from "../../../lib/exercises/sanitize.js";
import { MAX_STRING_LENGTH, toValue } from "../../../lib/exercises/value.js";
import { tf } from "./sandbox.js";

test("sanitizeValue keeps what the worker's toValue sends, unchanged", () => {
  for (const x of [
    1.5,
    "hola",
    null,
    undefined,
    [1, [2, "3"], { a: true }],
    { pq: tf.scalar(0.5), shape: [2, 3] },
    tf.ones([40, 40]),
  ]) {
    const value = toValue(x);
    expect(sanitizeValue(structuredClone(value))).toEqual(value);
  }
});

test("sanitizeValue refuses shapes the worker would not send, and caps sizes", () => {
  const unreadable = { kind: "other", text: "(un valor que no se pudo leer)" };
  expect(sanitizeValue({ kind: "number", value: "1" })).toEqual(unreadable);
  expect(sanitizeValue({ kind: "tensor", shape: 5, values: [] })).toEqual(unreadable);
  expect(
    sanitizeValue({ kind: "tensor", shape: [2], dtype: "float32", values: [1, 2, 3], size: 2 }),
  ).toEqual(unreadable);
  expect(sanitizeValue({ kind: "nope" })).toEqual(unreadable);
  expect(sanitizeValue("x")).toEqual(unreadable);
  const long = sanitizeValue({ kind: "string", value: "z".repeat(1e6) });
  expect(long).toEqual({ kind: "string", value: "z".repeat(MAX_STRING_LENGTH), length: 1e6 });
  const many = sanitizeValue({
    kind: "array",
    items: new Array(50_000).fill({ kind: "null" }),
    length: 50_000,
  });
  expect(many).toMatchObject({ kind: "array", length: 50_000, truncated: true });
  expect(many.kind === "array" && many.items.length).toBe(1000);
});

test("sanitizeLog, sanitizeViolation and sanitizeCodeError accept only the worker's shapes", () => {
  expect(sanitizeLog({ level: "warn", text: "ojo" })).toEqual({ level: "warn", text: "ojo" });
  expect(sanitizeLog({ level: "html", text: "<b>" })).toBeNull();
  expect(sanitizeLog({ level: "log", text: "a".repeat(5000) })?.text).toMatch(/… \(recortado\)$/);
  expect(sanitizeViolation({ kind: "noLoops", message: "Línea 2: …", line: 2 })).toEqual({
    kind: "noLoops",
    message: "Línea 2: …",
    line: 2,
  });
  expect(sanitizeViolation({ kind: "pass", message: "¡Correcto!" })).toBeNull();
  expect(
    sanitizeCodeError({
      kind: "runtime",
      message: "Error al…",
      line: 3,
      column: null,
      detail: null,
    }),
  ).toEqual({ kind: "runtime", message: "Error al…", line: 3, column: null, detail: null });
  expect(sanitizeCodeError(42)).toEqual({
    kind: "runtime",
    message: "Tu código terminó con un error que no se pudo leer.",
    line: null,
    column: null,
    detail: null,
  });
});
