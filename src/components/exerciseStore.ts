/**
 * Where the student's work lives: localStorage, one key per exercise and version
 * ("fmb2:ejercicio:<id>:v<version>"), so a save for an older version of an exercise is never
 * overwritten by the new one; it stays until the student adopts or discards it.
 *
 * Every write tells the subscribers (the exercise cells and «Mis ejercicios»); so do writes
 * from another tab (the `storage` event). Storage can be unavailable or full: writes then
 * return false and the page says so, instead of failing silently.
 */
import {
  cleanStudent,
  MAX_CODE_LENGTH,
  readSaved,
  type ReadSaved,
  type SavedExercise,
  type Student,
  type WorkEntry,
} from "../lib/exercises/savedWork.js";

const PREFIX = "fmb2:ejercicio:";
/** Where an entry that could not be read is kept before anything overwrites it. */
const BACKUP_PREFIX = "fmb2:respaldo:";

/** Why the store changed: this page wrote, an import wrote, or another tab wrote. */
export interface StoreChange {
  /** The exercise that changed, or null when many did (an import, another tab). */
  id: string | null;
  source: "local" | "import" | "other-tab";
}

type Listener = (change: StoreChange) => void;
const listeners = new Set<Listener>();

function key(id: string, version: string): string {
  return `${PREFIX}${id}:v${encodeURIComponent(version)}`;
}

function parseKey(k: string): { id: string; version: string } | null {
  const match = /^fmb2:ejercicio:([a-z0-9-]+):v(.+)$/.exec(k);
  if (!match) return null;
  try {
    return { id: match[1], version: decodeURIComponent(match[2]) };
  } catch {
    return null;
  }
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // Access denied (some privacy settings throw on the getter itself).
  }
}

/** What is saved for this version of an exercise, what was wrong with it, and the raw text. */
export function readEntry(id: string, version: string): ReadSaved & { raw: string | null } {
  let raw: string | null = null;
  try {
    raw = storage()?.getItem(key(id, version)) ?? null;
  } catch {
    return { saved: null, problem: "el navegador no deja leer lo guardado", raw: null };
  }
  return { ...readSaved(raw, version), raw };
}

/** The work saved for this version of an exercise (its code recovered if the rest is broken), or null. */
export function loadSaved(id: string, version: string): SavedExercise | null {
  return readEntry(id, version).saved;
}

/**
 * Keeps a copy of an entry that could not be read, under its own key, before the next save
 * replaces it; false when the browser refused. Returns the copy's key on success.
 */
export function backupEntry(id: string, version: string, raw: string): string | null {
  const backup = `${BACKUP_PREFIX}${id}:v${encodeURIComponent(version)}`;
  try {
    storage()?.setItem(backup, raw);
    return backup;
  } catch {
    return null;
  }
}

/** Every saved entry, of every exercise and version (what «Mis ejercicios» exports). */
export function allEntries(): WorkEntry[] {
  const store = storage();
  if (!store) return [];
  const entries: WorkEntry[] = [];
  try {
    for (let i = 0; i < store.length; i++) {
      const k = store.key(i);
      const parsed = k === null ? null : parseKey(k);
      if (!parsed) continue;
      const { saved } = readSaved(store.getItem(k!), parsed.version);
      if (saved && saved.version === parsed.version) entries.push({ id: parsed.id, ...saved });
    }
  } catch {
    return entries;
  }
  return entries.sort((a, b) => a.id.localeCompare(b.id) || a.version.localeCompare(b.version));
}

/** The saves of an exercise for versions other than `version` (newest first). */
export function otherVersions(id: string, version: string): SavedExercise[] {
  return allEntries()
    .filter((e) => e.id === id && e.version !== version)
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
}

/** How a save went: saved, refused for its size, or refused by the browser (off or full). */
export type SaveResult = "ok" | "too-long" | "failed";

/** Saves one exercise's work (never code longer than MAX_CODE_LENGTH). */
export function save(
  id: string,
  saved: SavedExercise,
  source: StoreChange["source"] = "local",
): SaveResult {
  if (saved.code.length > MAX_CODE_LENGTH) return "too-long";
  try {
    const store = storage();
    if (!store) return "failed";
    store.setItem(key(id, saved.version), JSON.stringify(saved));
  } catch {
    return "failed";
  }
  notify({ id, source });
  return "ok";
}

/** Deletes the work saved for one version of an exercise. */
export function remove(id: string, version: string): void {
  try {
    storage()?.removeItem(key(id, version));
  } catch {
    return;
  }
  notify({ id, source: "local" });
}

/** Writes imported entries (each to its own id and version); returns how many were written. */
export function importEntries(entries: readonly WorkEntry[]): number {
  let written = 0;
  for (const { id, ...saved } of entries) {
    try {
      storage()?.setItem(key(id, saved.version), JSON.stringify(saved));
      written++;
    } catch {
      break;
    }
  }
  notify({ id: null, source: "import" });
  return written;
}

const STUDENT_KEY = "fmb2:estudiante";

/** The name and ID the student gave for exports, or null before they gave both. */
export function loadStudent(): Student | null {
  try {
    return cleanStudent(JSON.parse(storage()?.getItem(STUDENT_KEY) ?? "null"));
  } catch {
    return null;
  }
}

/** What the student typed so far (either may be empty): for the form. */
export function loadStudentDraft(): { nombre: string; id: string } {
  try {
    const raw = JSON.parse(storage()?.getItem(STUDENT_KEY) ?? "null") as Record<
      string,
      unknown
    > | null;
    return {
      nombre: typeof raw?.nombre === "string" ? raw.nombre : "",
      id: typeof raw?.id === "string" ? raw.id : "",
    };
  } catch {
    return { nombre: "", id: "" };
  }
}

/** Keeps the name and ID for the next export; false when the browser refused. */
export function saveStudentDraft(draft: { nombre: string; id: string }): boolean {
  try {
    storage()?.setItem(STUDENT_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** Calls `listener` on every change; returns the unsubscribe function. */
export function onStoreChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(change: StoreChange): void {
  for (const listener of listeners) listener(change);
}

globalThis.addEventListener?.("storage", (event: StorageEvent) => {
  if (event.key === null || event.key.startsWith(PREFIX)) {
    notify({ id: event.key ? (parseKey(event.key)?.id ?? null) : null, source: "other-tab" });
  }
});
