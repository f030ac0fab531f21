/**
 * npm run build: the offline cache (npm run cache:offline), Framework's build, then the checks
 * on its output (scripts/localize-html.ts, scripts/check-katex-css.ts).
 *
 * `npm run build -- --sin-soluciones` is the evaluation build, for homework and exams: the
 * exercises' reference solutions are left out (src/vendor/exercise-solutions.js is written
 * empty; the catalog keeps them apart, in lib/exercises/catalog/solutions.ts), the exercises
 * show no «Ver la solución» (hints stay), and the build fails if any solution's code is found in
 * any file of the output (scripts/solution-leaks.ts). `--salida carpeta` builds into another
 * folder than dist/ (the tests build the evaluation site beside the regular one).
 */
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { findSolutionLeaks } from "./solution-leaks.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const withoutSolutions = args.includes("--sin-soluciones");
const outIndex = args.indexOf("--salida");
const output = outIndex >= 0 ? args[outIndex + 1] : "dist";
const unknown = args.filter(
  (a, i) => a !== "--sin-soluciones" && a !== "--salida" && args[i - 1] !== "--salida",
);
if (unknown.length > 0 || !output) {
  console.error(
    `build: no conozco ${unknown.join(" ") || "--salida sin carpeta"}. Uso: npm run build [-- --sin-soluciones] [-- --salida carpeta]`,
  );
  process.exit(2);
}

const env = { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", FMB_SALIDA: output };
function step(command: string, ...commandArgs: string[]): void {
  const result = spawnSync(command, commandArgs, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const tsx = (script: string, ...rest: string[]) => step("npx", "tsx", script, ...rest);

step("npm", "run", "cache:offline");
if (withoutSolutions) tsx("scripts/vendor-exercise-solutions.ts", "--sin-soluciones");
try {
  step("npx", "observable", "build");
  tsx("scripts/localize-html.ts");
  tsx("scripts/check-katex-css.ts");
} finally {
  // The regular module again, for `npm run dev` and the next build.
  if (withoutSolutions) tsx("scripts/vendor-exercise-solutions.ts");
}
if (withoutSolutions) {
  const leaks = findSolutionLeaks(resolve(root, output));
  if (leaks.length > 0) {
    console.error(
      `build --sin-soluciones: ${leaks.length} fragmentos de soluciones en ${output}/:\n` +
        leaks
          .slice(0, 20)
          .map((l) => `  ${l.file}: ${l.exercise}: ${l.fragment}`)
          .join("\n"),
    );
    process.exit(1);
  }
  console.error(`build --sin-soluciones: ninguna solución en ${output}/`);
}
