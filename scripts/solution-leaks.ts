/**
 * Finds the exercises' reference solutions in a built site: what the evaluation build
 * (`npm run build -- --sin-soluciones`) must not contain. A solution leaks when its whole
 * text, or any line of its code, appears in any file of the output, as written or escaped as
 * in a JavaScript or JSON string. Lines that the exercise shows anyway (in its prompt, starter
 * or hints, which stay) and lines too short to identify it (`return t;`) are not counted.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { allExercises } from "../lib/exercises/catalog/index.js";
import { solutions } from "../lib/exercises/catalog/solutions.js";
import type { ExerciseSpec } from "../lib/exercises/types.js";

/** Code lines shorter than this are too common to tell a solution apart (`return t;`, `};`). */
const MIN_FRAGMENT = 16;

export interface Leak {
  file: string;
  exercise: string;
  fragment: string;
}

/**
 * What identifies a solution: its whole text and each line of its code (comments cut), except
 * lines the exercise shows anyway.
 *
 * Example: for "const totales = A.sum(0); // por columna\nreturn A.div(totales);\n" the
 * fragments are the whole text, "const totales = A.sum(0);" and "return A.div(totales);".
 */
export function solutionFragments(
  spec: Pick<ExerciseSpec, "prompt" | "starter" | "hints">,
  solution: string,
): string[] {
  const shown = [spec.prompt, spec.starter, ...spec.hints].join("\n");
  const lines = solution
    .split("\n")
    .map((line) => line.replace(/\s*\/\/.*$/, "").trim())
    .filter((line) => line.length >= MIN_FRAGMENT && !shown.includes(line));
  return [solution.trim(), ...new Set(lines)];
}

/** A fragment as it may be written in a built file: raw, or escaped in a string. */
function spellings(fragment: string): string[] {
  const json = JSON.stringify(fragment).slice(1, -1);
  return [...new Set([fragment, json, json.replace(/\\"/g, '"')])];
}

function* textFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(path);
    else if (/\.(js|mjs|html|json|css|txt|md|csv)$/.test(entry.name)) yield path;
  }
}

/** Every solution fragment found in the files under `dir` (empty: no solution is there). */
export function findSolutionLeaks(
  dir: string,
  exercises: readonly ExerciseSpec[] = allExercises,
  bySolution: Readonly<Record<string, string>> = solutions,
): Leak[] {
  const wanted = exercises.flatMap((spec) => {
    const solution = spec.solution ?? bySolution[spec.id];
    if (solution === undefined) return [];
    return solutionFragments(spec, solution).flatMap((fragment) =>
      spellings(fragment).map((text) => ({ exercise: spec.id, fragment, text })),
    );
  });
  const leaks: Leak[] = [];
  for (const path of textFiles(dir)) {
    const content = readFileSync(path, "utf-8");
    const found = new Set<string>();
    for (const { exercise, fragment, text } of wanted) {
      const key = `${exercise}\n${fragment}`;
      if (!found.has(key) && content.includes(text)) {
        found.add(key);
        leaks.push({ file: relative(dir, path), exercise, fragment });
      }
    }
  }
  return leaks;
}
