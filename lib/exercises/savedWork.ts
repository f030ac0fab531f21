/**
 * A student's work on the exercises as plain data: what is saved per exercise, how a saved
 * answer is restored (or set aside when the exercise changed), the progress it shows, and the
 * JSON file «Mis ejercicios» exports and imports (validated, with Spanish errors).
 * No storage access here: the page's store (src/components/exerciseStore.ts) does that.
 */

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
/** More than this in one cell is not a cell: refuse it (a corrupt or hostile file). */
export const MAX_CODE_LENGTH = 200_000;

/** Validates one saved exercise; returns it clean, or a Spanish reason why it is not valid. */
export function validateSaved(x: unknown): SavedExercise | string {
  if (x === null || typeof x !== "object" || Array.isArray(x)) return "no es un objeto";
  const s = x as Record<string, unknown>;
  if (typeof s.code !== "string") return "falta el código («code» debe ser texto)";
  if (s.code.length > MAX_CODE_LENGTH)
    return `el código tiene más de ${MAX_CODE_LENGTH} caracteres`;
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

/** Reads what the store saved; null when nothing was saved or it is unreadable. */
export function parseSaved(raw: string | null): SavedExercise | null {
  if (raw === null) return null;
  try {
    const saved = validateSaved(JSON.parse(raw));
    return typeof saved === "string" ? null : saved;
  } catch {
    return null;
  }
}

/**
 * What the editor starts with: the saved code when it belongs to this version of the
 * exercise; otherwise the starter, with an earlier version's save handed back as `stale`
 * (so the page can offer it instead of losing or silently mixing it).
 */
export function restore(
  exercise: { version: string; starter: string },
  saved: SavedExercise | null,
): { code: string; current: SavedExercise | null; stale: SavedExercise | null } {
  if (saved === null) return { code: exercise.starter, current: null, stale: null };
  if (saved.version === exercise.version) return { code: saved.code, current: saved, stale: null };
  return { code: exercise.starter, current: null, stale: saved };
}

/** Progress from what is saved: solved wins; then a failed check; then any edit. */
export function progressOf(saved: SavedExercise | null, starter: string): Progress {
  if (saved === null) return "sin-empezar";
  if (saved.solved) return "resuelto";
  if (saved.lastCheck !== null) return "intentado";
  return saved.code !== starter ? "en-progreso" : "sin-empezar";
}

/** The JSON file «Mis ejercicios» exports. */
export interface WorkExport {
  formato: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportado: string;
  /** The current work, by exercise id. */
  ejercicios: Record<string, SavedExercise>;
  /** Answers written for an earlier version of an exercise, kept apart, by exercise id. */
  anteriores: Record<string, SavedExercise>;
}

export const EXPORT_FORMAT = "mis-ejercicios";
export const EXPORT_VERSION = 1;

/** Builds the export file's text (pretty-printed JSON). */
export function exportWork(
  current: Record<string, SavedExercise>,
  stale: Record<string, SavedExercise>,
  now: Date = new Date(),
): string {
  const file: WorkExport = {
    formato: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportado: now.toISOString(),
    ejercicios: current,
    anteriores: stale,
  };
  return JSON.stringify(file, null, 2);
}

export type ImportResult =
  | {
      ok: true;
      ejercicios: Record<string, SavedExercise>;
      anteriores: Record<string, SavedExercise>;
      /** Entries that were skipped, and why, in Spanish. */
      warnings: string[];
    }
  | { ok: false; error: string };

/**
 * Validates an export file's text. The whole file is refused (with a Spanish error) when it is
 * not JSON or not a «Mis ejercicios» export; single bad entries are skipped with a warning.
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
  const warnings: string[] = [];
  const ejercicios = entries(file.ejercicios, "ejercicios", warnings);
  if (ejercicios === null) {
    return {
      ok: false,
      error: "El archivo no tiene la lista de ejercicios («ejercicios» debe ser un objeto).",
    };
  }
  const anteriores =
    file.anteriores === undefined ? {} : (entries(file.anteriores, "anteriores", warnings) ?? {});
  if (Object.keys(ejercicios).length === 0 && Object.keys(anteriores).length === 0) {
    warnings.push("El archivo no trae ningún ejercicio.");
  }
  return { ok: true, ejercicios, anteriores, warnings };
}

function entries(
  x: unknown,
  name: string,
  warnings: string[],
): Record<string, SavedExercise> | null {
  if (x === null || typeof x !== "object" || Array.isArray(x)) return null;
  const out: Record<string, SavedExercise> = {};
  for (const [id, value] of Object.entries(x)) {
    if (!EXERCISE_ID.test(id)) {
      warnings.push(
        `Se ignoró «${id.slice(0, 40)}» en «${name}»: no es un identificador de ejercicio.`,
      );
      continue;
    }
    const saved = validateSaved(value);
    if (typeof saved === "string") warnings.push(`Se ignoró el ejercicio «${id}»: ${saved}.`);
    else out[id] = saved;
  }
  return out;
}
