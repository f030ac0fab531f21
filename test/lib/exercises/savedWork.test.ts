import { describe, expect, test } from "vitest";
import {
  exportWork,
  parseImport,
  parseSaved,
  progressOf,
  restore,
  validateSaved,
  type SavedExercise,
} from "../../../lib/exercises/savedWork.js";

const saved = (over: Partial<SavedExercise> = {}): SavedExercise => ({
  version: "1",
  code: "return 1;",
  solved: false,
  lastCheck: null,
  updatedAt: "2025-01-01T00:00:00.000Z",
  ...over,
});
const exercise = { version: "2", starter: "// inicio" };

describe("restore(exercise, saved, otherVersions)", () => {
  test("nothing saved: the starter", () => {
    expect(restore(exercise, null)).toEqual({ code: "// inicio", current: null, stale: null });
  });
  test("saved for this version: the saved code", () => {
    const s = saved({ version: "2" });
    expect(restore(exercise, s)).toEqual({ code: "return 1;", current: s, stale: null });
  });
  test("saved only for an older version: the new starter, the old code offered as stale (newest first)", () => {
    const old = saved({ version: "1", updatedAt: "2025-01-01T00:00:00Z" });
    const older = saved({ version: "0", updatedAt: "2024-01-01T00:00:00Z" });
    expect(restore(exercise, null, [older, old])).toEqual({
      code: "// inicio",
      current: null,
      stale: old,
    });
  });
});

test("progressOf: solved, then tried, then edited, else not started", () => {
  expect(progressOf(null, "s")).toBe("sin-empezar");
  expect(progressOf(saved({ solved: true, lastCheck: "fail" }), "s")).toBe("resuelto");
  expect(progressOf(saved({ lastCheck: "timeout" }), "s")).toBe("intentado");
  expect(progressOf(saved({ code: "x" }), "s")).toBe("en-progreso");
  expect(progressOf(saved({ code: "s" }), "s")).toBe("sin-empezar");
});

test("parseSaved reads a valid save and ignores garbage", () => {
  expect(parseSaved(JSON.stringify(saved()))).toEqual(saved());
  expect(parseSaved("{no es json")).toBeNull();
  expect(parseSaved(JSON.stringify({ code: 3 }))).toBeNull();
  expect(parseSaved(null)).toBeNull();
});

test("validateSaved explains what is wrong, in Spanish", () => {
  expect(validateSaved({ version: "1" })).toBe("falta el código («code» debe ser texto)");
  expect(validateSaved({ code: "", version: "1", lastCheck: "ok" })).toBe(
    "«lastCheck» no es válido (ok)",
  );
  expect(validateSaved({ code: "", version: "1", updatedAt: "ayer" })).toBe(
    "«updatedAt» no es una fecha válida",
  );
});

describe("exportWork / parseImport", () => {
  test("an export imports back unchanged", () => {
    const entries = [{ id: "info-kl", ...saved() }];
    const text = exportWork(entries, new Date("2025-02-03T04:05:06Z"));
    expect(JSON.parse(text)).toMatchObject({
      formato: "mis-ejercicios",
      version: 1,
      exportado: "2025-02-03T04:05:06.000Z",
    });
    expect(parseImport(text)).toEqual({ ok: true, entries, warnings: [] });
  });

  test("refuses what is not JSON, not an export, or from a newer format", () => {
    expect(parseImport("{hola")).toEqual({
      ok: false,
      error: expect.stringMatching(/^El archivo no es JSON válido/),
    });
    expect(parseImport("[]")).toEqual({
      ok: false,
      error: expect.stringContaining("no contiene un objeto JSON"),
    });
    expect(parseImport('{"a": 1}')).toEqual({
      ok: false,
      error: expect.stringContaining('"formato": "mis-ejercicios"'),
    });
    expect(parseImport('{"formato": "mis-ejercicios", "version": 9, "ejercicios": []}')).toEqual({
      ok: false,
      error: expect.stringContaining("versión 9"),
    });
    expect(parseImport('{"formato": "mis-ejercicios", "version": 1}')).toEqual({
      ok: false,
      error: expect.stringContaining("«ejercicios» debe ser una lista"),
    });
  });

  test("skips bad entries with a warning each, keeps the good ones", () => {
    const text = JSON.stringify({
      formato: "mis-ejercicios",
      version: 1,
      ejercicios: [
        { id: "info-kl", ...saved() },
        { id: "../malo", ...saved() },
        { id: "tensor-crear", version: "1" },
      ],
    });
    expect(parseImport(text)).toEqual({
      ok: true,
      entries: [{ id: "info-kl", ...saved() }],
      warnings: [
        "Se ignoró la entrada 2: no tiene un identificador de ejercicio válido.",
        "Se ignoró el ejercicio «tensor-crear»: falta el código («code» debe ser texto).",
      ],
    });
  });
});
