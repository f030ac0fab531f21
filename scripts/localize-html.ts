/**
 * Framework 1.x writes `<html>` without a language and a few English labels into every page.
 * The site is in Spanish: after the build, each page's static HTML gets `<html lang="es">` and
 * Spanish labels. (In preview, the config's head script does the same at run time.)
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const REPLACEMENTS: [RegExp, string][] = [
  [/<html>/, '<html lang="es">'],
  [
    /title="Toggle sidebar"/g,
    'title="Mostrar u ocultar el menú" aria-label="Mostrar u ocultar el menú"',
  ],
];

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith(".html")) yield path;
  }
}

let count = 0;
for (const file of htmlFiles("dist")) {
  const html = readFileSync(file, "utf-8");
  const updated = REPLACEMENTS.reduce(
    (text, [pattern, value]) => text.replace(pattern, value),
    html,
  );
  if (updated !== html) {
    writeFileSync(file, updated);
    count++;
  }
}
console.error(`localize-html: ${count} páginas en español`);
