/**
 * The instructor's side of the exercises, as data: what to grade in a student's exported
 * file (lib/exercises/savedWork.ts), and the gradebook, the detail and the summary that
 * `npm run calificar` writes (scripts/calificar.ts does the files and the browser). The
 * verdicts themselves come from the site's own «Comprobar», run in the browser.
 */
import type { VerdictStatus } from "./grade.js";
import type { ImportResult, Student } from "./savedWork.js";

/** A gradebook cell. */
export type GradeLabel = "correcto" | "incorrecto" | "sin intentar" | "error" | "tiempo agotado";

export const GRADE_LABELS: Readonly<Record<VerdictStatus, GradeLabel>> = {
  pass: "correcto",
  fail: "incorrecto",
  error: "error",
  timeout: "tiempo agotado",
};

/** The site's exercises, as the grader needs them. */
export interface GradedExerciseSpec {
  id: string;
  version: string;
  title: string;
}

/** One exercise of one file to grade: the code, or null when the student has none for it. */
export interface Task {
  exercise: string;
  code: string | null;
  /** Said in the detail beside the verdict (e.g. the code was written for an older version). */
  note: string | null;
}

/** What one file asks to grade, or why it cannot be graded at all. */
export type Plan =
  { ok: true; student: Student; tasks: Task[]; problems: string[] } | { ok: false; error: string };

/**
 * Plans the grading of one file already read by parseImport: for every exercise of the site,
 * the student's code for its current version, else for the newest other version (graded
 * anyway, and said), else nothing («sin intentar»). Whatever status the file claims is
 * ignored: only code is taken. Entries of exercises the site no longer has are reported.
 */
export function planGrading(file: ImportResult, exercises: readonly GradedExerciseSpec[]): Plan {
  if (!file.ok) return { ok: false, error: file.error };
  if (file.student === null) {
    return {
      ok: false,
      error:
        "el archivo no dice de quién es (le faltan el nombre o la identificación del estudiante): se exportó con una versión anterior del sitio o se editó a mano",
    };
  }
  const problems = [...file.warnings];
  const known = new Set(exercises.map((e) => e.id));
  const unknown = [...new Set(file.entries.map((e) => e.id).filter((id) => !known.has(id)))];
  if (unknown.length > 0) {
    problems.push(
      `${unknown.length === 1 ? "El ejercicio" : "Los ejercicios"} ${unknown
        .slice(0, 10)
        .map((id) => `«${id}»`)
        .join(", ")}${unknown.length > 10 ? ` y ${unknown.length - 10} más` : ""} ya no ${
        unknown.length === 1 ? "existe" : "existen"
      } en el sitio: no se ${unknown.length === 1 ? "califica" : "califican"}.`,
    );
  }
  const tasks = exercises.map((exercise): Task => {
    const entries = file.entries.filter((e) => e.id === exercise.id);
    const current = entries.find((e) => e.version === exercise.version);
    if (current) return { exercise: exercise.id, code: current.code, note: null };
    const older = [...entries].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))[0];
    if (!older) return { exercise: exercise.id, code: null, note: null };
    const note = `el código es de la versión ${older.version} del ejercicio, que ahora es la versión ${exercise.version}: se calificó con la actual`;
    problems.push(`«${exercise.id}»: ${note}.`);
    return { exercise: exercise.id, code: older.code, note };
  });
  return { ok: true, student: file.student, tasks, problems };
}

/** One graded exercise of one file. */
export interface Graded {
  exercise: string;
  label: GradeLabel;
  message: string;
}

/** One file, graded (or why not). */
export interface GradedFile {
  file: string;
  student: Student | null;
  results: Graded[];
  problems: string[];
  /** Why the file could not be graded at all, or null. */
  error: string | null;
}

/**
 * A CSV cell as a spreadsheet will not run it: text that starts with =, +, -, @ or a control
 * character gets a leading apostrophe (OWASP's advice on CSV injection); numbers stay.
 */
export function safeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
}

/**
 * Rows as CSV (RFC 4180): a field with a comma, a quote or a line break is quoted and its
 * quotes doubled; every field goes through {@link safeCell}. Lines end with \r\n.
 */
export function csv(rows: readonly (readonly string[])[]): string {
  const field = (text: string) => {
    const safe = safeCell(text);
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return rows.map((row) => row.map(field).join(",")).join("\r\n");
}

/**
 * The gradebook: one row per graded file (identificación, nombre, archivo), one column per
 * exercise with its label, and the number solved ("total").
 */
export function gradebookCsv(
  exercises: readonly GradedExerciseSpec[],
  files: readonly GradedFile[],
): string {
  const header = ["identificacion", "nombre", "archivo", ...exercises.map((e) => e.id), "total"];
  const rows = files
    .filter((f) => f.student !== null && f.error === null)
    .map((f) => {
      const labels = exercises.map(
        (e) => f.results.find((r) => r.exercise === e.id)?.label ?? "sin intentar",
      );
      const total = labels.filter((l) => l === "correcto").length;
      return [f.student!.id, f.student!.nombre, f.file, ...labels, String(total)];
    });
  return `${csv([header, ...rows])}\r\n`;
}

/**
 * The detail: one row per graded exercise with the checker's Spanish message, plus a row
 * per file problem («aviso») and per file that could not be graded («error»).
 */
export function detailCsv(files: readonly GradedFile[]): string {
  const header = ["identificacion", "nombre", "archivo", "ejercicio", "veredicto", "mensaje"];
  const rows: string[][] = [];
  for (const f of files) {
    const who = [f.student?.id ?? "", f.student?.nombre ?? "", f.file];
    if (f.error !== null)
      rows.push([...who, "", "error", `No se calificó el archivo: ${f.error}.`]);
    for (const problem of f.problems) rows.push([...who, "", "aviso", problem]);
    for (const r of f.results) rows.push([...who, r.exercise, r.label, r.message]);
  }
  return `${csv([header, ...rows])}\r\n`;
}

/** A message without the fresh data it names, so equal mistakes on different data count as one. */
export function mistakeKey(message: string): string {
  const prefix = "Con otros datos (";
  if (!message.startsWith(prefix)) return message;
  let depth = 1;
  let i = prefix.length;
  for (; i < message.length && depth > 0; i++) {
    if (message[i] === "(") depth++;
    else if (message[i] === ")") depth--;
  }
  return `Con otros datos${message.slice(i)}`;
}

/**
 * The terminal summary: files graded and not, then per exercise how many solved it and the
 * most common message of those who did not.
 */
export function summaryLines(
  exercises: readonly GradedExerciseSpec[],
  files: readonly GradedFile[],
): string[] {
  const graded = files.filter((f) => f.error === null);
  const lines = [
    `${graded.length} de ${files.length} archivos calificados${
      files.length > graded.length
        ? `; ${files.length - graded.length} no se pudieron calificar:`
        : "."
    }`,
    ...files.filter((f) => f.error !== null).map((f) => `  ${f.file}: ${f.error}`),
  ];
  for (const exercise of exercises) {
    const results = graded.flatMap((f) => f.results.filter((r) => r.exercise === exercise.id));
    const solved = results.filter((r) => r.label === "correcto").length;
    const tried = results.filter((r) => r.label !== "sin intentar").length;
    const counts = new Map<string, number>();
    for (const r of results) {
      if (r.label === "correcto" || r.label === "sin intentar") continue;
      const key = mistakeKey(r.message);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const [common, times] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
    lines.push(
      `${exercise.id} (${exercise.title}): ${solved} de ${tried} que lo intentaron lo resolvieron` +
        (common ? `; lo más común entre los demás (${times}): «${common}»` : "."),
    );
  }
  return lines;
}
