/**
 * Copies the STIX Two Math font (@fontsource/stix-two-math, SIL Open Font License) to
 * src/vendor/stix-two-math.woff2 (git-ignored), which every page declares for its $$ formulas
 * (the head in observablehq.config.ts).
 *
 * Why: formulas typeset at build time as MathML ($$ … $$) are drawn by the browser with a math
 * font, and a system without one (most Linux desktops, this machine) falls back to a text font:
 * no stretched brackets or radicals, misplaced scripts. This font carries the OpenType MATH
 * table the browser's MathML layout needs; it is fetched only by pages that show such formulas
 * and only where the system lacks the font (local() first).
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const source = join(
  dirname(require.resolve("@fontsource/stix-two-math/package.json")),
  "files",
  "stix-two-math-latin-400-normal.woff2",
);
mkdirSync(join(root, "src", "vendor"), { recursive: true });
copyFileSync(source, join(root, "src", "vendor", "stix-two-math.woff2"));
console.error("vendor-math-font: src/vendor/stix-two-math.woff2");
