import { readdirSync } from "node:fs";
import { join } from "node:path";

/** The folder the build writes (scripts/build.ts sets FMB_SALIDA for --salida). */
export const OUTPUT = process.env.FMB_SALIDA ?? "dist";

/** The paths of the built pages: every .html file under a folder, recursively. */
export function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith(".html")) yield path;
  }
}
