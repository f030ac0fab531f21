import { type CodeError, describePlace, lineColumnAt } from "./codeError.js";

/**
 * Turns a parser error (acorn's or sucrase's: both carry `pos`, the 0-based offset) into a
 * Spanish {@link CodeError} with its line and column. Known messages are translated; the
 * original stays in `detail`.
 *
 * Example: for "const b = (;" acorn throws "Unexpected token (1:11)", which becomes
 * "Error de sintaxis en la línea 1, columna 12: símbolo inesperado."
 */
export function syntaxError(source: string, error: unknown): CodeError {
  const raw = error instanceof Error ? error.message : String(error);
  const original = raw.replace(/\s*\(\d+:\d+\)\s*$/, "");
  const pos = (error as { pos?: unknown }).pos;
  const place = typeof pos === "number" ? lineColumnAt(source, pos) : null;
  const atEnd = typeof pos === "number" && source.slice(pos).trim() === "";
  const explanation =
    atEnd && /^Unexpected token/.test(original)
      ? "el código termina antes de tiempo: ¿falta cerrar un paréntesis, un corchete o una llave?"
      : translate(original);
  const where = describePlace(place?.line ?? null, place?.column ?? null);
  return {
    kind: "syntax",
    message: `Error de sintaxis${where ? ` ${where}` : ""}: ${explanation}`,
    line: place?.line ?? null,
    column: place?.column ?? null,
    detail: original,
  };
}

const TRANSLATIONS: [RegExp, (...groups: string[]) => string][] = [
  [/^Unexpected token, expected "(.+)"$/, (t) => `símbolo inesperado; se esperaba «${t}».`],
  [/^Unexpected token$/, () => "símbolo inesperado."],
  [/^Unexpected character '(.+)'$/, (c) => `carácter inesperado «${c}».`],
  [/^Unexpected keyword '(.+)'$/, (k) => `palabra reservada inesperada «${k}».`],
  [/^Unterminated string constant$/, () => "una cadena de texto sin cerrar (falta una comilla)."],
  [/^Unterminated template$/, () => "una plantilla de texto sin cerrar (falta un acento grave `)."],
  [/^Unterminated comment$/, () => "un comentario /* sin cerrar */."],
  [/^Unterminated regular expression$/, () => "una expresión regular sin cerrar."],
  [
    /^Identifier '(.+)' has already been declared$/,
    (name) => `el nombre «${name}» ya está declarado; usa otro nombre.`,
  ],
  [/^Assigning to rvalue$/, () => "no se puede asignar un valor a esa expresión."],
  [/^Invalid left-hand side in (.+)$/, () => "el lado izquierdo de la asignación no es válido."],
  [
    /^Cannot use keyword 'await' outside an async function$/,
    () => "`await` solo se puede usar dentro de una función `async`.",
  ],
  [
    /^'import' and 'export' may appear only with 'sourceType: module'$/,
    () => "no se permiten `import` ni `export`: `tf` ya está disponible en tu código.",
  ],
  [/^Missing initializer in const declaration$/, () => "una constante `const` necesita un valor."],
  [/^Unexpected reserved word$/, () => "palabra reservada inesperada."],
  [/^'with' in strict mode$/, () => "no se permite `with` (tu código corre en modo estricto)."],
  [
    /^Deleting local variable in strict mode$/,
    () => "no se puede borrar una variable con `delete` (tu código corre en modo estricto).",
  ],
  [
    /^Octal literal in strict mode$|^Invalid number$/,
    () => "ese número no es válido; un 0 inicial no está permitido (para octal, escribe `0o10`).",
  ],
];

function translate(message: string): string {
  for (const [pattern, spanish] of TRANSLATIONS) {
    const match = pattern.exec(message);
    if (match) return spanish(...match.slice(1));
  }
  return `${message}.`;
}
