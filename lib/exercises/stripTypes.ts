import { transform } from "sucrase";

/**
 * Strips TypeScript's types from a cell with sucrase, keeping every line where it was (so
 * errors point at the student's lines) and leaving modern JavaScript untouched. Valid
 * JavaScript comes out unchanged; a top-level `return` is accepted.
 *
 * Example: stripTypes("const x: number = 3;\nreturn x;") = "const x = 3;\nreturn x;".
 *
 * Throws sucrase's parse error (with `pos`) when the code is not valid TypeScript.
 */
export function stripTypes(source: string): string {
  return transform(source, {
    transforms: ["typescript"],
    disableESTransforms: true,
    // An `import` stays, so that it is reported (cells cannot import) instead of vanishing.
    keepUnusedImports: true,
  }).code;
}
