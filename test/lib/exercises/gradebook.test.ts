import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  csv,
  detailCsv,
  gradebookCsv,
  mistakeKey,
  planGrading,
  safeCell,
  summaryLines,
  type GradedFile,
} from "../../../lib/exercises/gradebook.js";
import { exportWork, parseImport, type WorkEntry } from "../../../lib/exercises/savedWork.js";

const EXERCISES = [
  { id: "uno", version: "2", title: "Uno" },
  { id: "dos", version: "1", title: "Dos" },
];
const entry = (
  id: string,
  version: string,
  code: string,
  updatedAt = "2026-01-02T00:00:00Z",
): WorkEntry => ({
  id,
  version,
  code,
  solved: true,
  lastCheck: "pass",
  updatedAt,
});
const student = { nombre: "Ana", id: "A-1" };

describe("planGrading(file, exercises)", () => {
  test("takes the code of each exercise's current version, ignores claimed statuses", () => {
    const file = parseImport(exportWork([entry("uno", "2", "return 1;")], student));
    expect(planGrading(file, EXERCISES)).toEqual({
      ok: true,
      student,
      tasks: [
        { exercise: "uno", code: "return 1;", note: null },
        { exercise: "dos", code: null, note: null },
      ],
      problems: [],
    });
  });

  test("grades the newest older version with a note, and names exercises the site no longer has", () => {
    const file = parseImport(
      exportWork(
        [
          entry("uno", "0", "viejo", "2025-01-01T00:00:00Z"),
          entry("uno", "1", "menos viejo", "2025-06-01T00:00:00Z"),
          entry("tres", "1", "return 3;"),
        ],
        student,
      ),
    );
    const plan = planGrading(file, EXERCISES);
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.tasks[0]).toEqual({
      exercise: "uno",
      code: "menos viejo",
      note: "el código es de la versión 1 del ejercicio, que ahora es la versión 2: se calificó con la actual",
    });
    expect(plan.problems).toEqual([
      "El ejercicio «tres» ya no existe en el sitio: no se califica.",
      "«uno»: el código es de la versión 1 del ejercicio, que ahora es la versión 2: se calificó con la actual.",
    ]);
  });

  test("refuses a file that does not say whose it is, or is not an export", () => {
    const v1 = JSON.stringify({ formato: "mis-ejercicios", version: 1, ejercicios: [] });
    expect(planGrading(parseImport(v1), EXERCISES)).toEqual({
      ok: false,
      error: expect.stringMatching(/^el archivo no dice de quién es/),
    });
    expect(planGrading(parseImport("nada"), EXERCISES)).toMatchObject({ ok: false });
  });
});

describe("the CSVs", () => {
  test("safeCell defuses spreadsheet formulas and keeps numbers", () => {
    expect(safeCell('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(safeCell("+1")).toBe("'+1");
    expect(safeCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(safeCell("-3")).toBe("-3");
    expect(safeCell("Ana")).toBe("Ana");
  });

  test("csv quotes what must be quoted (RFC 4180)", () => {
    expect(csv([["a", "b,c", 'd"e', "f\ng"]])).toBe('a,"b,c","d""e","f\ng"');
  });

  const files: GradedFile[] = [
    {
      file: "ana.json",
      student,
      results: [
        { exercise: "uno", label: "correcto", message: "¡Correcto!" },
        {
          exercise: "dos",
          label: "incorrecto",
          message: "Con otros datos (`x` = 1 (y)), tu resultado es 3.",
        },
      ],
      problems: ["aviso de prueba"],
      error: null,
    },
    {
      file: "beto.json",
      student: { nombre: "Beto", id: "B-2" },
      results: [
        {
          exercise: "dos",
          label: "incorrecto",
          message: "Con otros datos (`x` = 2), tu resultado es 3.",
        },
      ],
      problems: [],
      error: null,
    },
    { file: "roto.json", student: null, results: [], problems: [], error: "no es JSON válido" },
  ];

  test("gradebookCsv: one row per graded file, one column per exercise, the number solved", () => {
    expect(gradebookCsv(EXERCISES, files)).toBe(
      "identificacion,nombre,archivo,uno,dos,total\r\n" +
        "A-1,Ana,ana.json,correcto,incorrecto,1\r\n" +
        "B-2,Beto,beto.json,sin intentar,incorrecto,0\r\n",
    );
  });

  test("detailCsv: one row per verdict, per file problem and per file not graded", () => {
    expect(detailCsv(files).split("\r\n")).toEqual([
      "identificacion,nombre,archivo,ejercicio,veredicto,mensaje",
      "A-1,Ana,ana.json,,aviso,aviso de prueba",
      "A-1,Ana,ana.json,uno,correcto,¡Correcto!",
      'A-1,Ana,ana.json,dos,incorrecto,"Con otros datos (`x` = 1 (y)), tu resultado es 3."',
      'B-2,Beto,beto.json,dos,incorrecto,"Con otros datos (`x` = 2), tu resultado es 3."',
      ",,roto.json,,error,No se calificó el archivo: no es JSON válido.",
      "",
    ]);
  });

  test("summaryLines: files graded, and per exercise the solved and the most common mistake", () => {
    expect(mistakeKey("Con otros datos (`x` = 1 (y)), tu resultado es 3.")).toBe(
      "Con otros datos, tu resultado es 3.",
    );
    expect(summaryLines(EXERCISES, files)).toEqual([
      "2 de 3 archivos calificados; 1 no se pudieron calificar:",
      "  roto.json: no es JSON válido",
      "uno (Uno): 1 de 1 que lo intentaron lo resolvieron.",
      "dos (Dos): 0 de 2 que lo intentaron lo resolvieron; lo más común entre los demás (2): «Con otros datos, tu resultado es 3.»",
    ]);
  });
});

/** A JSON Schema check for what docs/mis-ejercicios.schema.json uses (type, const, enum, required, properties, items, lengths, pattern). */
function violations(schema: Record<string, unknown>, value: unknown, path = "$"): string[] {
  const out: string[] = [];
  const type = schema.type as string | undefined;
  const kind = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  if (type && !(type === kind || (type === "integer" && Number.isInteger(value))))
    return [`${path}: ${kind}, no ${type}`];
  if ("const" in schema && value !== schema.const)
    out.push(`${path}: no es ${JSON.stringify(schema.const)}`);
  if (schema.enum && !(schema.enum as unknown[]).includes(value))
    out.push(`${path}: fuera de ${JSON.stringify(schema.enum)}`);
  if (typeof value === "string") {
    if (schema.minLength !== undefined && value.length < (schema.minLength as number))
      out.push(`${path}: corto`);
    if (schema.maxLength !== undefined && value.length > (schema.maxLength as number))
      out.push(`${path}: largo`);
    if (schema.pattern && !new RegExp(schema.pattern as string).test(value))
      out.push(`${path}: patrón`);
    if (schema.format === "date-time" && Number.isNaN(Date.parse(value)))
      out.push(`${path}: fecha`);
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > (schema.maxItems as number))
      out.push(`${path}: demasiados`);
    value.forEach((item, i) =>
      out.push(...violations(schema.items as Record<string, unknown>, item, `${path}[${i}]`)),
    );
  } else if (kind === "object") {
    const record = value as Record<string, unknown>;
    for (const key of (schema.required as string[]) ?? [])
      if (!(key in record)) out.push(`${path}: falta ${key}`);
    for (const [key, sub] of Object.entries(
      (schema.properties as Record<string, Record<string, unknown>>) ?? {},
    )) {
      if (key in record) out.push(...violations(sub, record[key], `${path}.${key}`));
    }
  }
  return out;
}

describe("docs/mis-ejercicios.schema.json and docs/entregas.md", () => {
  const schema = JSON.parse(readFileSync("docs/mis-ejercicios.schema.json", "utf-8"));

  test("what the page exports follows the schema; what breaks it does not", () => {
    const text = exportWork(
      [entry("uno", "2", "return 1;"), { ...entry("dos", "1", ""), title: "Dos" }],
      student,
    );
    expect(violations(schema, JSON.parse(text))).toEqual([]);
    const bad = { ...JSON.parse(text), estudiante: { nombre: "", id: "x" } };
    expect(violations(schema, bad)).toEqual(["$.estudiante.nombre: corto"]);
  });

  test("the guide's example follows the schema and is graded as the guide says", () => {
    const guide = readFileSync("docs/entregas.md", "utf-8");
    const example = /```json\n([\s\S]*?)```/.exec(guide)![1];
    expect(violations(schema, JSON.parse(example))).toEqual([]);
    const plan = planGrading(parseImport(example), [
      { id: "prob-bayes-consultorio", version: "2", title: "" },
    ]);
    expect(plan).toMatchObject({
      ok: true,
      student: { nombre: "Ana Díaz", id: "A-001" },
      tasks: [{ exercise: "prob-bayes-consultorio", code: "return (pH * pFdadoH) / pF;\n" }],
    });
  });
});
