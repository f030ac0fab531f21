/**
 * Seeds Observable Framework's npm cache (src/.observablehq/cache/_npm) from node_modules,
 * so that `npm run build` and `npm run dev` never reach a CDN or the npm registry.
 *
 * Framework resolves `npm:` specifiers — including the ones behind its implicit globals
 * (`html` → htl, `tex` → katex, `FileAttachment(...).csv()` → d3-dsv, `aq` → arquero) and the
 * recommended libraries its client bundle mentions — by looking for `<name>@<version>` folders in
 * that cache first. This script writes, for every library we ship, an ES module bundled with
 * esbuild from the version pinned in package-lock.json; for every other library Framework names,
 * a stub module that throws a Spanish error explaining how to install it instead of fetching it.
 */
import { build } from "esbuild";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cache = join(root, "src", ".observablehq", "cache", "_npm");

/** The copy npm installed at the top of node_modules: the version package-lock.json pins. */
const packageDir = (name: string): string => join(root, "node_modules", name);

/** Libraries bundled from node_modules, with extra files (CSS, fonts) copied verbatim. */
const VENDORED: Record<string, string[]> = {
  htl: [],
  isoformat: [], // imported by Framework's Inputs (for dates): without it a page using Inputs cannot build offline
  "d3-dsv": [],
  arquero: [],
  katex: ["dist/katex.min.css", "dist/fonts"],
};

/** Libraries Framework's client can name but this offline site does not ship. */
const UNAVAILABLE = [
  "@duckdb/duckdb-wasm",
  "@observablehq/plot",
  "@observablehq/sample-datasets",
  "@uwdata/vgplot",
  "@viz-js/viz",
  "apache-arrow",
  "d3",
  "echarts",
  "exceljs",
  "jszip",
  "leaflet",
  "lodash",
  "mapbox-gl",
  "mermaid",
  "parquet-wasm",
  "react",
  "react-dom",
  "sql.js",
  "topojson-client",
  "vega",
  "vega-lite",
  "vega-lite-api",
];
const STUB_VERSION = "0.0.0-sin-conexion";

function packageVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(join(packageDir(name), "package.json"), "utf-8"));
  return manifest.version as string;
}

async function vendor(name: string, extras: string[]): Promise<void> {
  const dir = join(cache, `${name}@${packageVersion(name)}`);
  const target = join(dir, "_esm.js");
  if (!existsSync(target)) {
    const result = await build({
      entryPoints: [name],
      absWorkingDir: root,
      bundle: true,
      format: "esm",
      platform: "browser",
      minify: true,
      write: false,
      logLevel: "error",
    });
    mkdirSync(dir, { recursive: true });
    writeFileSync(target, result.outputFiles[0].text);
  }
  for (const extra of extras) {
    cpSync(join(packageDir(name), extra), join(dir, extra), { recursive: true });
  }
}

function stub(name: string): void {
  const dir = join(cache, `${name}@${STUB_VERSION}`);
  mkdirSync(dir, { recursive: true });
  const message =
    `La biblioteca «${name}» no está disponible en este sitio sin conexión. ` +
    `Instálala con \`npm install ${name}\` e impórtala por su nombre (import … from "${name}").`;
  writeFileSync(join(dir, "_esm.js"), `throw new Error(${JSON.stringify(message)});\n`);
}

for (const [name, extras] of Object.entries(VENDORED)) await vendor(name, extras);
for (const name of UNAVAILABLE) stub(name);
console.error(
  `offline-npm-cache: ${Object.keys(VENDORED).length} vendored, ${UNAVAILABLE.length} stubbed in ${cache}`,
);
