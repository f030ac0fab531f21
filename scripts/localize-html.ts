/**
 * Framework 1.x writes `<html>` without a language and a few English labels into every page.
 * The site is in Spanish: after the build, each page's static HTML gets `<html lang="es">` and
 * Spanish labels. (In preview, the config's head script does the same at run time.)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { htmlFiles, OUTPUT } from "./html-files.js";

export const REPLACEMENTS: [RegExp, string][] = [
  [/<html>/, '<html lang="es">'],
  [
    /title="Toggle sidebar"/g,
    'title="Mostrar u ocultar el menú" aria-label="Mostrar u ocultar el menú"',
  ],
];

let count = 0;
for (const file of htmlFiles(OUTPUT)) {
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
