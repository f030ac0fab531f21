/**
 * Bundles the exercises' sandbox worker (src/runtime/exerciseWorker.ts) into one browser
 * module, src/vendor/exercise-worker.js (git-ignored), with everything it needs inside:
 * tfjs-core and its CPU backend, sucrase (strips TypeScript) and acorn (parses the cells).
 *
 * Why not let Framework serve the worker as a local module: Framework bundles each npm
 * package on its own and sucrase's CommonJS dependency ts-interface-checker comes out without
 * its named exports, so the worker fails to load. esbuild resolves the whole graph at once.
 * The page finds the file with `import.meta.resolve("../vendor/exercise-worker.js")`, which
 * Framework rewrites to the built, content-hashed file.
 */
import { build } from "esbuild";
import { BROWSER_BUNDLE } from "./browser-bundle.js";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

await build({
  entryPoints: [join(root, "src", "runtime", "exerciseWorker.ts")],
  absWorkingDir: root,
  outfile: join(root, "src", "vendor", "exercise-worker.js"),
  ...BROWSER_BUNDLE,
});
console.error("vendor-exercise-worker: src/vendor/exercise-worker.js");
