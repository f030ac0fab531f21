/**
 * What went wrong with a student's code, in Spanish, with the line and column (1-based, as
 * the editor shows them) where they are known.
 *
 * - `syntax`: the code cannot be parsed (or declares a name the sandbox reserves).
 * - `forbidden`: the code uses something the sandbox does not offer (`import`, `import()`).
 * - `runtime`: the code threw while running.
 * - `memory`: the code asked for more memory than the sandbox allows or the browser can give.
 * - `rule`: the code broke one of the exercise's rules while running (lib/exercises/runRules.ts).
 */
export interface CodeError {
  kind: "syntax" | "forbidden" | "runtime" | "memory" | "rule";
  /** The Spanish explanation shown to the student. */
  message: string;
  line: number | null;
  column: number | null;
  /** The original (English) message of the parser or the runtime, when there is one. */
  detail: string | null;
}

/** Line and column (both 1-based) of a 0-based offset into `source`. */
export function lineColumnAt(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, Math.max(0, Math.min(offset, source.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** "en la línea 3, columna 5" / "en la línea 3" / "" for a place in the code. */
export function describePlace(line: number | null, column: number | null): string {
  if (line === null) return "";
  return column === null ? `en la línea ${line}` : `en la línea ${line}, columna ${column}`;
}
