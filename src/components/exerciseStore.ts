/**
 * Where the student's work lives: localStorage, one key per exercise and version
 * ("fmb2:ejercicio:<id>:v<version>"), so a save for an older version of an exercise is never
 * overwritten by the new one; it stays until the student adopts or discards it.
 *
 * Every write tells the subscribers (the exercise cells and «Mis ejercicios»); so do writes
 * from another tab (the `storage` event). Storage can be unavailable or full: writes then
 * return false and the page says so, instead of failing silently.
 */
import { parseSaved, type SavedExercise, type WorkEntry } from "../lib/exercises/savedWork.js";

const PREFIX = "fmb2:ejercicio:";

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

/** The work saved for this version of an exercise, or null. */
export function loadSaved(id: string, version: string): SavedExercise | null {
  try {
    return parseSaved(storage()?.getItem(key(id, version)) ?? null);
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
      const saved = parseSaved(store.getItem(k!));
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

/** Saves one exercise's work; false when the browser refused (storage off or full). */
export function save(
  id: string,
  saved: SavedExercise,
  source: StoreChange["source"] = "local",
): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(key(id, saved.version), JSON.stringify(saved));
  } catch {
    return false;
  }
  notify({ id, source });
  return true;
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
