/**
 * npm run calificar -- entregas/*.json --salida notas.csv
 *
 * Grades the files students export from «Mis ejercicios»: every exercise of every file is run
 * again with the site's own checker, exactly as «Comprobar» runs it (a fresh sandboxed worker,
 * fresh data, the same time limit), inside headless Chromium on the built site (dist/, or
 * --sitio carpeta): no student code runs in Node. Whatever status a file claims is ignored.
 *
 * Writes the gradebook (--salida, one row per student) and the detail beside it
 * (notas-detalle.csv: one row per exercise, with the checker's message), prints a summary per
 * exercise and a progress line. A bad file (not JSON, another format, too large, hostile) is
 * reported and skipped; the batch goes on. --paralelo n grades n exercises at a time (default 2).
 * The format of the files and of the CSVs: docs/entregas.md.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { allExercises } from "../lib/exercises/catalog/index.js";
import {
  detailCsv,
  GRADE_LABELS,
  gradebookCsv,
  planGrading,
  summaryLines,
  type Graded,
  type GradedFile,
  type Task,
} from "../lib/exercises/gradebook.js";
import type { VerdictStatus } from "../lib/exercises/grade.js";
import { parseImport } from "../lib/exercises/savedWork.js";
import { DEFAULT_TIME_LIMIT_MS } from "../lib/exercises/types.js";
import { launchBrowser } from "../test/e2e/browser.js";
import { serveDist } from "./serve-dist.js";

/** Larger files are not exports of the site (the page refuses them too). */
const MAX_FILE_BYTES = 5 * 2 ** 20;

export interface GradeOptions {
  /** The built site to grade with. */
  site: string;
  /** Exercises graded at once (pages open in the browser). */
  parallel?: number;
  /** Called after each file is graded: (files done, files in all). */
  onProgress?: (done: number, total: number) => void;
}

/** Reads one file and plans its grading; a bad file becomes its error, never an exception. */
function readSubmission(path: string): { file: string; plan: ReturnType<typeof planGrading> } {
  const file = basename(path);
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      const mb = (size / 2 ** 20).toFixed(1);
      return {
        file,
        plan: {
          ok: false,
          error: `el archivo pesa ${mb} MB; una exportación de «Mis ejercicios» pesa menos de 5 MB`,
        },
      };
    }
    const text = readFileSync(path, "utf-8");
    return { file, plan: planGrading(parseImport(text), allExercises) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { file, plan: { ok: false, error: `no se pudo leer (${why})` } };
  }
}

/** A page of the site ready to grade (src/calificador.md). */
async function gradingPage(browser: Browser, baseUrl: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/calificador`, { waitUntil: "load" });
  await page.waitForFunction(
    () => typeof (window as { calificar?: unknown }).calificar === "function",
    null,
    {
      timeout: 60_000,
    },
  );
  return page;
}

/** Grades every file with the site in `options.site`; returns the graded files, in order. */
export async function gradeFiles(
  paths: readonly string[],
  options: GradeOptions,
): Promise<GradedFile[]> {
  if (!existsSync(join(options.site, "calificador.html"))) {
    throw new Error(
      `${options.site}/ no tiene el sitio compilado (falta calificador.html): ejecuta \`npm run build\` antes.`,
    );
  }
  const submissions = paths.map(readSubmission);
  const graded: GradedFile[] = submissions.map(({ file, plan }) => ({
    file,
    student: plan.ok ? plan.student : null,
    results: [],
    problems: plan.ok ? plan.problems : [],
    error: plan.ok ? null : plan.error,
  }));
  const queue: { index: number; task: Task }[] = [];
  submissions.forEach(({ plan }, index) => {
    if (plan.ok) for (const task of plan.tasks) queue.push({ index, task });
  });
  const remaining = graded.map((_, i) => queue.filter((q) => q.index === i).length);
  let done = graded.filter((_, i) => remaining[i] === 0).length;
  options.onProgress?.(done, graded.length);

  const server = await serveDist(options.site);
  const address = server.address();
  const port = address && typeof address === "object" ? address.port : 0;
  const baseUrl = `http://localhost:${port}`;
  const browser = await launchBrowser({ webgpu: false });
  try {
    const grade = async (page: Page, task: Task): Promise<{ page: Page; result: Graded }> => {
      if (task.code === null) {
        const message = "El archivo no trae código para este ejercicio.";
        return { page, result: { exercise: task.exercise, label: "sin intentar", message } };
      }
      const spec = allExercises.find((e) => e.id === task.exercise)!;
      // Three runs at most, each within the time limit, plus the workers' start.
      const limit = 3 * (spec.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS) + 60_000;
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        const verdict = await Promise.race([
          page.evaluate(
            ([id, code]) =>
              (
                window as unknown as {
                  calificar: (
                    i: string,
                    c: string,
                  ) => Promise<{ estado: VerdictStatus; mensaje: string }>;
                }
              ).calificar(id, code),
            [task.exercise, task.code] as const,
          ),
          new Promise<never>((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`sin respuesta en ${limit / 1000} s`)),
              limit,
            );
          }),
        ]);
        const message = task.note ? `${verdict.mensaje} (Nota: ${task.note}.)` : verdict.mensaje;
        return {
          page,
          result: { exercise: task.exercise, label: GRADE_LABELS[verdict.estado], message },
        };
      } catch (error) {
        // The page died or hung (code that took the tab down): a fresh one for the next task.
        const why = error instanceof Error ? error.message.split("\n")[0] : String(error);
        await page.close().catch(() => {});
        return {
          page: await gradingPage(browser, baseUrl),
          result: {
            exercise: task.exercise,
            label: "error",
            message: `El navegador del calificador no pudo terminar este ejercicio (${why}).`,
          },
        };
      } finally {
        clearTimeout(timer);
      }
    };
    const lanes = Math.max(1, Math.min(options.parallel ?? 2, queue.length || 1));
    let next = 0;
    await Promise.all(
      Array.from({ length: lanes }, async () => {
        let page = await gradingPage(browser, baseUrl);
        while (next < queue.length) {
          const { index, task } = queue[next++];
          const outcome = await grade(page, task);
          page = outcome.page;
          graded[index].results.push(outcome.result);
          if (--remaining[index] === 0) options.onProgress?.(++done, graded.length);
        }
      }),
    );
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  const order = new Map(allExercises.map((e, i) => [e.id, i]));
  for (const file of graded)
    file.results.sort((a, b) => order.get(a.exercise)! - order.get(b.exercise)!);
  return graded;
}

/** The detail CSV's path, beside the gradebook: notas.csv → notas-detalle.csv. */
export function detailPath(gradebook: string): string {
  const ext = extname(gradebook) || ".csv";
  return join(dirname(gradebook), `${basename(gradebook, extname(gradebook))}-detalle${ext}`);
}

const USAGE =
  "Uso: npm run calificar -- entregas/*.json --salida notas.csv [--sitio dist] [--paralelo 2]";

async function main(argv: string[]): Promise<number> {
  const files: string[] = [];
  let output: string | null = null;
  let site = "dist";
  let parallel = 2;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--salida") output = argv[++i] ?? null;
    else if (arg === "--sitio") site = argv[++i] ?? site;
    else if (arg === "--paralelo") parallel = Number(argv[++i]);
    else if (arg.startsWith("--")) {
      console.error(`calificar: no conozco la opción ${arg}.\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (!output || files.length === 0 || !Number.isInteger(parallel) || parallel < 1) {
    console.error(
      `calificar: ${!output ? "falta --salida" : files.length === 0 ? "no hay archivos que calificar" : "--paralelo debe ser un entero ≥ 1"}.\n${USAGE}`,
    );
    return 2;
  }
  const tty = process.stderr.isTTY;
  const started = performance.now();
  const graded = await gradeFiles(files, {
    site,
    parallel,
    onProgress(done, total) {
      const line = `Calificando: ${done}/${total} archivos`;
      if (tty) process.stderr.write(`\r${line}${done === total ? "\n" : ""}`);
      else if (done === total || done % 10 === 0) process.stderr.write(`${line}\n`);
    },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  writeFileSync(output, gradebookCsv(allExercises, graded));
  writeFileSync(detailPath(output), detailCsv(graded));
  console.log(summaryLines(allExercises, graded).join("\n"));
  console.log(`\nLibreta de notas: ${output}; detalle: ${detailPath(output)} (${seconds} s).`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`calificar: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
