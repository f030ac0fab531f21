import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  cleanStudent,
  exportWork,
  MAX_CODE_LENGTH,
  MAX_IMPORT_ENTRIES,
  MAX_TITLE_LENGTH,
  parseImport,
  parseSaved,
  SITE_VERSION,
  progressOf,
  readSaved,
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
    const student = { nombre: "Ada Lovelace", id: "A-1815" };
    const text = exportWork(entries, student, new Date("2025-02-03T04:05:06Z"));
    expect(JSON.parse(text)).toMatchObject({
      formato: "mis-ejercicios",
      version: 2,
      exportado: "2025-02-03T04:05:06.000Z",
      sitio: { version: SITE_VERSION },
      estudiante: student,
    });
    expect(parseImport(text)).toEqual({
      ok: true,
      entries,
      warnings: [],
      student,
      siteVersion: SITE_VERSION,
      exported: "2025-02-03T04:05:06.000Z",
    });
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
      // A version 1 file (before the student's name was asked): still imports.
      student: null,
      siteVersion: null,
      exported: null,
    });
  });
});

test("SITE_VERSION is package.json's version", () => {
  const pkg = JSON.parse(readFileSync("package.json", "utf-8")) as { version: string };
  expect(SITE_VERSION).toBe(pkg.version);
});

test("cleanStudent trims and caps a name and an ID, and needs both", () => {
  expect(cleanStudent({ nombre: "  Ada  ", id: " A-1 " })).toEqual({ nombre: "Ada", id: "A-1" });
  expect(cleanStudent({ nombre: "Ada", id: "  " })).toBeNull();
  expect(cleanStudent("Ada")).toBeNull();
  expect(cleanStudent({ nombre: "x".repeat(500), id: "1" })?.nombre).toHaveLength(200);
});

describe("bad storage and hostile imports (issues 24 §5 and 25)", () => {
  test("readSaved recovers the code of an entry edited by hand and says what it dropped", () => {
    const edited = JSON.stringify({ version: "2", code: "return 1;", solved: "sí" });
    expect(readSaved(edited, "2")).toEqual({
      saved: {
        version: "2",
        code: "return 1;",
        solved: false,
        lastCheck: null,
        updatedAt: new Date(0).toISOString(),
      },
      problem: "«solved» debe ser true o false",
    });
    expect(readSaved('{"version":"2","code":"return', "2")).toEqual({
      saved: null,
      problem: "no es JSON válido",
    });
    expect(readSaved(JSON.stringify({ version: "2", code: 5 }), "2")).toEqual({
      saved: null,
      problem: "falta el código («code» debe ser texto)",
    });
    expect(readSaved(null)).toEqual({ saved: null, problem: null });
  });

  test("code the store saved comes back whatever its length; an import refuses more than the cap", () => {
    const long = saved({ code: "a".repeat(MAX_CODE_LENGTH + 1) });
    expect(readSaved(JSON.stringify(long))).toEqual({ saved: long, problem: null });
    expect(validateSaved(long)).toBe(
      "el código tiene 500\u202f001 caracteres; el máximo es 500\u202f000",
    );
    const fits = saved({ code: "b".repeat(217_000) });
    expect(validateSaved(fits)).toEqual(fits);
  });

  test("parseImport cuts long titles, reads at most MAX_IMPORT_ENTRIES and keeps __proto__ out", () => {
    const entries = Array.from({ length: MAX_IMPORT_ENTRIES + 10 }, (_, i) => ({
      id: `otro-${i}`,
      ...saved(),
      title: i === 0 ? "T".repeat(10_000) : "<b>título</b>",
    }));
    const text = JSON.stringify({
      formato: "mis-ejercicios",
      version: 1,
      ejercicios: entries,
    }).replace('"id":"otro-1"', '"__proto__":{"solved":true},"id":"otro-1"');
    const result = parseImport(text);
    if (!result.ok) throw new Error(result.error);
    expect(result.entries).toHaveLength(MAX_IMPORT_ENTRIES);
    expect(result.entries[0].title).toBe(`${"T".repeat(MAX_TITLE_LENGTH)}…`);
    expect(result.entries[1]).toEqual({ id: "otro-1", ...saved(), title: "<b>título</b>" });
    expect(Object.getPrototypeOf(result.entries[1])).toBe(Object.prototype);
    expect(result.warnings).toEqual([
      "El título del ejercicio «otro-0» tenía 10\u202f000 caracteres; se guardaron los primeros 200.",
      "El archivo trae 510 entradas; se leyeron solo las primeras 500 (una exportación de este sitio trae muchas menos).",
    ]);
  });
});
