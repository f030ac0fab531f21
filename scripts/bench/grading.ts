/**
 * The grader's benchmark (issue 19): `npm run calificar` on a class of submissions with every
 * exercise of the site, as scripts/calificar.ts grades them (headless Chromium, the built
 * site, a fresh sandboxed worker per exercise). The class is generated, seeded: for each
 * student and exercise, the reference solution (about 60 %), the starter code (about 25 %: a
 * wrong answer) or nothing (about 15 %). Reports the wall time of the whole batch and per
 * exercise graded. Part of `npm run bench` (`--only=calificar`), not of `--quick`.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { allExercises } from "../../lib/exercises/catalog/index.js";
import { solutions } from "../../lib/exercises/catalog/solutions.js";
import { exportWork, type WorkEntry } from "../../lib/exercises/savedWork.js";
import { mulberry32 } from "../../lib/random/mulberry32.js";
import { gradeFiles } from "../calificar.js";
import type { GradingRow } from "./types.js";

/** Writes `count` submissions into `dir`; returns their paths and how many exercises they hold. */
export function writeClass(
  dir: string,
  count: number,
  seed = 19,
): { paths: string[]; exercises: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const random = mulberry32(seed);
  let exercises = 0;
  const paths = Array.from({ length: count }, (_, i) => {
    const entries: WorkEntry[] = allExercises.flatMap((exercise) => {
      const draw = random();
      if (draw < 0.15) return [];
      exercises++;
      const code = draw < 0.4 ? exercise.starter : solutions[exercise.id];
      return [
        {
          id: exercise.id,
          version: exercise.version,
          code,
          solved: false,
          lastCheck: null,
          updatedAt: "2026-03-02T10:00:00.000Z",
        },
      ];
    });
    const student = { nombre: `Estudiante ${i + 1}`, id: `E-${String(i + 1).padStart(3, "0")}` };
    const path = join(dir, `${student.id}.json`);
    writeFileSync(path, exportWork(entries, student, new Date("2026-03-02T12:00:00Z")));
    return path;
  });
  return { paths, exercises };
}

/** Grades a generated class of `count` students with the site in `site`. */
export async function benchGrading(site: string, count = 100, parallel = 2): Promise<GradingRow> {
  const { paths, exercises } = writeClass("bench-results/entregas", count);
  const started = performance.now();
  let lastShown = -1;
  const graded = await gradeFiles(paths, {
    site,
    parallel,
    onProgress(done, total) {
      if (done === total || done - lastShown >= 10) {
        lastShown = done;
        console.error(`bench calificar: ${done}/${total} archivos`);
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const labels = graded.flatMap((f) => f.results.map((r) => r.label));
  return {
    submissions: count,
    exercises,
    parallel,
    seconds,
    msPerExercise: (seconds * 1000) / exercises,
    correct: labels.filter((l) => l === "correcto").length,
    notCorrect: labels.filter((l) => l !== "correcto" && l !== "sin intentar").length,
  };
}
