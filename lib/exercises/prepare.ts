import { parse, type Options, type Program } from "acorn";
import { simple } from "acorn-walk";
import { type CodeError, describePlace } from "./codeError.js";
import { stripTypes } from "./stripTypes.js";
import { syntaxError } from "./syntaxError.js";

/** The names the sandbox gives every cell; the cell may use them but not redeclare them. */
export const SANDBOX_NAMES: readonly string[] = ["tf", "console"];

/** A cell ready to run: plain JavaScript plus its syntax tree, or why it cannot run. */
export type Prepared =
  { ok: true; js: string; ast: Program; typescript: boolean } | { ok: false; error: CodeError };

/**
 * A cell is the body of an async function: it may `await`, and `return` gives its result.
 * It is parsed as a script, so `import`/`export` declarations are syntax errors.
 */
export const PARSE_OPTIONS: Options = {
  ecmaVersion: "latest",
  sourceType: "script",
  allowReturnOutsideFunction: true,
  allowAwaitOutsideFunction: true,
  locations: true,
};

/**
 * Parses a cell written in JavaScript or TypeScript. JavaScript is parsed as is; anything
 * else goes through {@link stripTypes} first (lines are kept, so positions still point at
 * the student's code). Then the cell is checked for what the sandbox does not allow:
 * dynamic `import()` and redeclaring `tf` or `console`.
 *
 * Example: prepare("const x: number = 2;\nreturn x * 3;") =
 * { ok: true, js: "const x = 2;\nreturn x * 3;", typescript: true, ast }.
 */
export function prepare(source: string): Prepared {
  let js = source;
  let ast: Program;
  let typescript = false;
  try {
    ast = parse(source, PARSE_OPTIONS);
  } catch {
    try {
      js = stripTypes(source);
    } catch (error) {
      return { ok: false, error: syntaxError(source, error) };
    }
    try {
      ast = parse(js, PARSE_OPTIONS);
    } catch (error) {
      return { ok: false, error: syntaxError(js, error) };
    }
    typescript = true;
  }
  const forbidden = findForbidden(ast);
  return forbidden ? { ok: false, error: forbidden } : { ok: true, js, ast, typescript };
}

function findForbidden(ast: Program): CodeError | null {
  let found: CodeError | null = null;
  const report = (error: CodeError) => {
    found ??= error;
  };
  simple(ast, {
    ImportExpression(node) {
      const line = node.loc?.start.line ?? null;
      const column = node.loc ? node.loc.start.column + 1 : null;
      report({
        kind: "forbidden",
        message:
          `No se permite \`import()\` ${describePlace(line, column)}: los ejercicios corren ` +
          "aislados, sin cargar otros módulos. `tf` (TensorFlow.js) ya está disponible.",
        line,
        column,
        detail: null,
      });
    },
  });
  for (const statement of ast.body) {
    for (const id of declaredNames(statement)) {
      if (!SANDBOX_NAMES.includes(id.name)) continue;
      const line = id.loc?.start.line ?? null;
      const column = id.loc ? id.loc.start.column + 1 : null;
      const what = id.name === "tf" ? "es TensorFlow.js" : "captura lo que imprimes";
      report({
        kind: "syntax",
        message:
          `«${id.name}» ya existe ${describePlace(line, column)}: ${what} y está disponible ` +
          "en tu código. Usa otro nombre para tu variable.",
        line,
        column,
        detail: `Identifier '${id.name}' has already been declared`,
      });
    }
  }
  return found;
}

type Identifier = { name: string; loc?: { start: { line: number; column: number } } | null };

/** The identifiers a top-level statement declares (patterns in `const {a, b} = …` included). */
function declaredNames(statement: Program["body"][number]): Identifier[] {
  if (statement.type === "VariableDeclaration") {
    return statement.declarations.flatMap((d) => patternNames(d.id));
  }
  if (
    (statement.type === "FunctionDeclaration" || statement.type === "ClassDeclaration") &&
    statement.id
  ) {
    return [statement.id];
  }
  return [];
}

function patternNames(pattern: unknown): Identifier[] {
  const node = pattern as { type: string } & Record<string, unknown>;
  switch (node.type) {
    case "Identifier":
      return [node as unknown as Identifier];
    case "ObjectPattern":
      return (node.properties as { type: string; value?: unknown; argument?: unknown }[]).flatMap(
        (p) => patternNames(p.type === "RestElement" ? p.argument : p.value),
      );
    case "ArrayPattern":
      return (node.elements as unknown[]).filter(Boolean).flatMap(patternNames);
    case "RestElement":
      return patternNames(node.argument);
    case "AssignmentPattern":
      return patternNames(node.left);
    default:
      return [];
  }
}
