/**
 * Bundles the part of vega and vega-lite the charts use (vega's parse and View, vega-lite's
 * compile) into one browser module, src/vendor/vega.js (git-ignored).
 *
 * Why: Framework serves each npm package as its own file, and vega is some fifty of them
 * (vega-*, d3-*). Over HTTP/1.1 a browser fetches six at a time, so a charted page spent about
 * two seconds queueing requests on this machine before any chart could draw (issue 9's
 * benchmark). One file loads in one request; its types are the packages' own.
 */
import { build } from "esbuild";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entry = 'export { parse, View } from "vega";\nexport { compile } from "vega-lite";\n';

await build({
  stdin: { contents: entry, resolveDir: root, loader: "js" },
  absWorkingDir: root,
  outfile: join(root, "src", "vendor", "vega.js"),
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  logLevel: "error",
});
writeFileSync(join(root, "src", "vendor", "vega.d.ts"), entry);
console.error("vendor-vega: src/vendor/vega.js");
