/**
 * Bundles @tensorflow/tfjs-backend-wasm for the browser into src/vendor/ (git-ignored).
 *
 * Its Emscripten glue requires Node's `fs`, `path`, `os`, `perf_hooks` and `worker_threads`
 * (used only under Node). Framework's own node-module bundling keeps those as bare imports,
 * which a browser cannot resolve; esbuild honours the package's `browser` field and drops them.
 * tfjs-core stays external so the page shares one tfjs engine with the other backends.
 */
import { build } from "esbuild";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

await build({
  entryPoints: ["@tensorflow/tfjs-backend-wasm"],
  absWorkingDir: root,
  outfile: join(root, "src", "vendor", "tfjs-backend-wasm.js"),
  bundle: true,
  format: "esm",
  platform: "browser",
  external: ["@tensorflow/tfjs-core"],
  minify: true,
  logLevel: "error",
});
// Its types are the package's own.
writeFileSync(
  join(root, "src", "vendor", "tfjs-backend-wasm.d.ts"),
  'export * from "@tensorflow/tfjs-backend-wasm";\n',
);
console.error("vendor-tfjs-wasm: src/vendor/tfjs-backend-wasm.js");
