/**
 * A student's work on the exercises as plain data: what is saved per exercise, how a saved
 * answer is restored (or set aside when the exercise changed), the progress it shows, and the
 * JSON file «Mis ejercicios» exports and imports (validated, with Spanish errors).
 * No storage access here: the page's store (src/components/exerciseStore.ts) does that.
 */
import { formatCount } from "../format/formatCount.js";

/** The outcome of the last «Comprobar» (or of a run that timed out). */
export type CheckStatus = "pass" | "fail" | "error" | "timeout";

export interface SavedExercise {
  /** The exercise version the code was written for. */
  version: string;
  code: string;
  /** Whether this version of the exercise passed «Comprobar» at least once. */
  solved: boolean;
  lastCheck: CheckStatus | null;
  /** ISO 8601 time of the last change. */
  updatedAt: string;
  /** The exercise's title, so «Mis ejercicios» can list exercises of any page. */
  title?: string;
}

/** The student's progress on one exercise, as «Mis ejercicios» shows it. */
export type Progress = "resuelto" | "intentado" | "en-progreso" | "sin-empezar";

export const PROGRESS_LABELS: Readonly<Record<Progress, string>> = {
  resuelto: "Resuelto",
  intentado: "Intentado, sin resolver",
  "en-progreso": "En progreso",
  "sin-empezar": "Sin empezar",
};

const CHECK_STATUSES: readonly string[] = ["pass", "fail", "error", "timeout"];
/** Exercise ids: lowercase letters, digits and dashes (they become `#ej-<id>` anchors). */
export const EXERCISE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * The longest code saved or imported for one exercise: 500,000 characters, far more than any
 * exercise needs and a tenth of what a browser stores for a whole site (about 5 million).
 */
export const MAX_CODE_LENGTH = 500_000;
/** The longest title kept from an imported file; longer ones are cut. */
export const MAX_TITLE_LENGTH = 200;
/** The most entries one import writes (every exercise of the site, in many versions). */
export const MAX_IMPORT_ENTRIES = 500;

/**
 * Validates one saved exercise; returns it clean, or a Spanish reason why it is not valid.
 * Code longer than `maxCode` characters is refused.
 */
export function validateSaved(x: unknown, maxCode = MAX_CODE_LENGTH): SavedExercise | string {
  if (x === null || typeof x !== "object" || Array.isArray(x)) return "no es un objeto";
  const s = x as Record<string, unknown>;
  if (typeof s.code !== "string") return "falta el código («code» debe ser texto)";
  if (s.code.length > maxCode) {
    return `el código tiene ${formatCount(s.code.length)} caracteres; el máximo es ${formatCount(maxCode)}`;
  }
  if (typeof s.version !== "string" || s.version === "") return "falta la versión («version»)";
  if (s.solved !== undefined && typeof s.solved !== "boolean")
    return "«solved» debe ser true o false";
  if (
    s.lastCheck !== undefined &&
    s.lastCheck !== null &&
    !CHECK_STATUSES.includes(String(s.lastCheck))
  ) {
    return `«lastCheck» no es válido (${String(s.lastCheck)})`;
  }
  if (
    s.updatedAt !== undefined &&
    (typeof s.updatedAt !== "string" || Number.isNaN(Date.parse(s.updatedAt)))
  ) {
    return "«updatedAt» no es una fecha válida";
  }
  if (s.title !== undefined && typeof s.title !== "string") return "«title» debe ser texto";
  return {
    version: s.version,
    code: s.code,
    solved: s.solved === true,
    lastCheck: (s.lastCheck as CheckStatus | undefined) ?? null,
    updatedAt: (s.updatedAt as string | undefined) ?? new Date(0).toISOString(),
    ...(typeof s.title === "string" ? { title: s.title } : {}),
  };
}

/** What the store holds for one exercise: the work, and what was wrong with it if anything. */
export interface ReadSaved {
  saved: SavedExercise | null;
  /**
   * Null when the entry was fine (or absent). Otherwise, in Spanish, why it could not be read
   * as it was: with `saved` set, the code was recovered and only the rest was dropped.
   */
  problem: string | null;
}

/**
 * Reads what the store saved, losing as little as possible: an entry whose code can be read
 * gives that code back even when its other fields are broken (say, edited by hand), with
 * the reason; one without readable code gives null and the reason. The store wrote it, so
 * code of any length is accepted.
 *
 * Example: readSaved('{"version":"1","code":"return 1;","solved":"sí"}') =
 * { saved: { version: "1", code: "return 1;", solved: false, … }, problem: "«solved» debe ser true o false" }.
 */
export function readSaved(raw: string | null, version?: string): ReadSaved {
  if (raw === null) return { saved: null, problem: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { saved: null, problem: "no es JSON válido" };
  }
  const saved = validateSaved(data, Infinity);
  if (typeof saved !== "string") return { saved, problem: null };
  const record = (data ?? {}) as Record<string, unknown>;
  if (typeof record.code !== "string") return { saved: null, problem: saved };
  return {
    saved: {
      version:
        typeof record.version === "string" && record.version !== ""
          ? record.version
          : (version ?? ""),
      code: record.code,
      solved: false,
      lastCheck: null,
      updatedAt: new Date(0).toISOString(),
    },
    problem: saved,
  };
}

/** Reads what the store saved; null when nothing was saved or it is unreadable. */
export function parseSaved(raw: string | null): SavedExercise | null {
  const { saved, problem } = readSaved(raw);
  return problem === null ? saved : null;
}

/**
 * What the editor starts with: the code saved for this version of the exercise, else the
 * starter. Code saved for other versions is never mixed in: the most recent one comes back as
 * `stale`, so the page can offer it next to the new starter.
 */
export function restore(
  exercise: { version: string; starter: string },
  saved: SavedExercise | null,
  otherVersions: readonly SavedExercise[] = [],
): { code: string; current: SavedExercise | null; stale: SavedExercise | null } {
  const stale =
    [...otherVersions]
      .filter((other) => other.version !== exercise.version)
      .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))[0] ?? null;
  if (saved !== null && saved.version === exercise.version) {
    return { code: saved.code, current: saved, stale };
  }
  return { code: exercise.starter, current: null, stale };
}

/** Progress from what is saved: solved wins; then a failed check; then any edit. */
export function progressOf(saved: SavedExercise | null, starter: string): Progress {
  if (saved === null) return "sin-empezar";
  if (saved.solved) return "resuelto";
  if (saved.lastCheck !== null) return "intentado";
  return saved.code !== starter ? "en-progreso" : "sin-empezar";
}

/** One saved exercise with its id, as the export file lists it. */
export type WorkEntry = SavedExercise & { id: string };

/**
 * The JSON file «Mis ejercicios» exports (the format is documented in docs/entregas.md):
 * who the student is, which site made it, and every saved answer, of every version.
 * Version 1 had neither `estudiante` nor `sitio`; it still imports.
 */
export interface WorkExport {
  formato: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportado: string;
  sitio: { version: string };
  estudiante: Student;
  ejercicios: WorkEntry[];
}

/** Who did the work, as the student wrote it (kept in the browser, editable). */
export interface Student {
  nombre: string;
  /** The student's ID at their school (matrícula, número de estudiante…). */
  id: string;
}

export const EXPORT_FORMAT = "mis-ejercicios";
export const EXPORT_VERSION = 2;
/** The site's version (package.json's «version»; a unit test keeps them equal). */
export const SITE_VERSION = "0.1.0";
/** Longest name and ID kept. */
export const MAX_NAME_LENGTH = 200;
export const MAX_STUDENT_ID_LENGTH = 100;

/** A student as typed: trimmed and capped; null when the name or the ID is missing. */
export function cleanStudent(x: unknown): Student | null {
  if (x === null || typeof x !== "object" || Array.isArray(x)) return null;
  const s = x as Record<string, unknown>;
  const nombre = typeof s.nombre === "string" ? s.nombre.trim().slice(0, MAX_NAME_LENGTH) : "";
  const id = typeof s.id === "string" ? s.id.trim().slice(0, MAX_STUDENT_ID_LENGTH) : "";
  return nombre && id ? { nombre, id } : null;
}

/** Builds the export file's text (pretty-printed JSON). */
export function exportWork(
  entries: readonly WorkEntry[],
  student: Student,
  now: Date = new Date(),
): string {
  const file: WorkExport = {
    formato: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportado: now.toISOString(),
    sitio: { version: SITE_VERSION },
    estudiante: { nombre: student.nombre, id: student.id },
    ejercicios: [...entries],
  };
  return JSON.stringify(file, null, 2);
}

export type ImportResult =
  | {
      ok: true;
      entries: WorkEntry[];
      /** Entries that were skipped, and why, in Spanish. */
      warnings: string[];
      /** Who the file says did the work (null in a version 1 file, or when missing). */
      student: Student | null;
      /** The site version that exported it (null in a version 1 file). */
      siteVersion: string | null;
      /** When it was exported, as the file says (ISO 8601), or null. */
      exported: string | null;
    }
  | { ok: false; error: string };

/**
 * Validates an export file's text. The whole file is refused (with a Spanish error) when it is
 * not JSON or not a «Mis ejercicios» export; single bad entries are skipped with a warning.
 *
 * Example: parseImport("hola") = { ok: false, error: "El archivo no es JSON válido (…)." }.
 */
export function parseImport(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `El archivo no es JSON válido (${why}).` };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      ok: false,
      error: "El archivo no es una exportación de «Mis ejercicios»: no contiene un objeto JSON.",
    };
  }
  const file = data as Record<string, unknown>;
  if (file.formato !== EXPORT_FORMAT) {
    return {
      ok: false,
      error: `El archivo no es una exportación de «Mis ejercicios» (le falta "formato": "${EXPORT_FORMAT}").`,
    };
  }
  if (typeof file.version !== "number" || file.version > EXPORT_VERSION) {
    return {
      ok: false,
      error: `El archivo tiene un formato (versión ${String(file.version)}) que esta página no conoce; recarga el sitio para tener la versión más reciente.`,
    };
  }
  if (!Array.isArray(file.ejercicios)) {
    return {
      ok: false,
      error: "El archivo no tiene la lista de ejercicios («ejercicios» debe ser una lista).",
    };
  }
  const warnings: string[] = [];
  const entries: WorkEntry[] = [];
  const skipped: string[] = [];
  const list = file.ejercicios as unknown[];
  for (let i = 0; i < list.length && i < MAX_IMPORT_ENTRIES; i++) {
    const item = list[i];
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== "string" || id.length > 100 || !EXERCISE_ID.test(id)) {
      skipped.push(`Se ignoró la entrada ${i + 1}: no tiene un identificador de ejercicio válido.`);
      continue;
    }
    const saved = validateSaved(item);
    if (typeof saved === "string") {
      skipped.push(`Se ignoró el ejercicio «${id}»: ${saved}.`);
      continue;
    }
    if (saved.title !== undefined && saved.title.length > MAX_TITLE_LENGTH) {
      warnings.push(
        `El título del ejercicio «${id}» tenía ${formatCount(saved.title.length)} caracteres; se guardaron los primeros ${MAX_TITLE_LENGTH}.`,
      );
      saved.title = `${saved.title.slice(0, MAX_TITLE_LENGTH)}…`;
    }
    entries.push({ id, ...saved });
  }
  warnings.push(...skipped.slice(0, 5));
  if (skipped.length > 5) {
    warnings.push(`Se ignoraron otras ${formatCount(skipped.length - 5)} entradas no válidas.`);
  }
  if (list.length > MAX_IMPORT_ENTRIES) {
    warnings.push(
      `El archivo trae ${formatCount(list.length)} entradas; se leyeron solo las primeras ${MAX_IMPORT_ENTRIES} (una exportación de este sitio trae muchas menos).`,
    );
  }
  if (list.length === 0) warnings.push("El archivo no trae ningún ejercicio.");
  const site = file.sitio as { version?: unknown } | undefined;
  return {
    ok: true,
    entries,
    warnings,
    student: cleanStudent(file.estudiante),
    siteVersion: typeof site?.version === "string" ? site.version.slice(0, 50) : null,
    exported:
      typeof file.exportado === "string" && !Number.isNaN(Date.parse(file.exportado))
        ? file.exportado
        : null,
  };
}
