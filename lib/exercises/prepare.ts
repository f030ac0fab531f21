import { parse, type Options, type Program } from "acorn";
import { simple } from "acorn-walk";
import { type CodeError, describePlace } from "./codeError.js";
import { stripTypes } from "./stripTypes.js";
import { syntaxError } from "./syntaxError.js";

/** The names the sandbox gives every cell; the cell may use them but not redeclare them. */
export const SANDBOX_NAMES: readonly string[] = ["tf", "console"];

/**
 * The prefix of the names the sandbox's own instrumentation uses inside a cell
 * (lib/exercises/instrument.ts): a cell may not use any name that starts with it.
 */
export const RESERVED_PREFIX = "__fmb";

/** A cell ready to run: plain JavaScript plus its syntax tree, or why it cannot run. */
export type Prepared =
  { ok: true; js: string; ast: Program; typescript: boolean } | { ok: false; error: CodeError };

/**
 * A cell is the body of an async function inside a module: it may `await`, `return` gives its
 * result, and it runs in strict mode (no `with`, an undeclared name is an error, not a new
 * global). `import`/`export` declarations parse, and {@link prepare} refuses them.
 */
export const PARSE_OPTIONS: Options = {
  ecmaVersion: "latest",
  sourceType: "module",
  allowReturnOutsideFunction: true,
  allowAwaitOutsideFunction: true,
  locations: true,
};

/**
 * Parses a cell written in JavaScript or TypeScript. JavaScript is parsed as is; anything
 * else goes through {@link stripTypes} first (lines are kept, so positions still point at
 * the student's code). Then the cell is checked for what the sandbox does not allow:
 * `import` (declarations or `import()`), `export`, redeclaring `tf`, `console` or one of the
 * exercise's data (`inputNames`), and names reserved for the sandbox.
 *
 * Example: prepare("const x: number = 2;\nreturn x * 3;") =
 * { ok: true, js: "const x = 2;\nreturn x * 3;", typescript: true, ast }.
 */
export function prepare(source: string, inputNames: readonly string[] = []): Prepared {
  let js = source;
  let ast: Program;
  let typescript = false;
  try {
    ast = parse(source, PARSE_OPTIONS);
  } catch (jsError) {
    try {
      js = stripTypes(source);
    } catch (error) {
      // Not TypeScript either. A strict-mode rule says more than the TypeScript parser.
      const strict = jsError instanceof Error && /strict mode|Invalid number/.test(jsError.message);
      return { ok: false, error: syntaxError(source, strict ? jsError : error) };
    }
    try {
      ast = parse(js, PARSE_OPTIONS);
    } catch (error) {
      return { ok: false, error: syntaxError(js, error) };
    }
    typescript = true;
  }
  const forbidden = findForbidden(ast, inputNames);
  return forbidden ? { ok: false, error: forbidden } : { ok: true, js, ast, typescript };
}

type Located = { loc?: { start: { line: number; column: number } } | null };

function place(node: Located): { line: number | null; column: number | null } {
  return {
    line: node.loc?.start.line ?? null,
    column: node.loc ? node.loc.start.column + 1 : null,
  };
}

const NO_IMPORT =
  "los ejercicios corren aislados, sin cargar otros módulos. `tf` (TensorFlow.js) ya está disponible.";

function findForbidden(ast: Program, inputNames: readonly string[]): CodeError | null {
  let found: CodeError | null = null;
  const forbid = (node: Located, what: string, detail: string | null = null) => {
    const { line, column } = place(node);
    found ??= {
      kind: "forbidden",
      message: `No se permite ${what} ${describePlace(line, column)}: ${NO_IMPORT}`,
      line,
      column,
      detail,
    };
  };
  const reserved = (node: Identifier) => {
    if (found || !node.name.startsWith(RESERVED_PREFIX)) return;
    const { line, column } = place(node);
    found = {
      kind: "forbidden",
      message:
        `El nombre «${node.name}» ${describePlace(line, column)} está reservado para el ` +
        `entorno de los ejercicios (empieza con «${RESERVED_PREFIX}»): usa otro nombre.`,
      line,
      column,
      detail: null,
    };
  };
  const visitors: Parameters<typeof simple>[1] & Record<string, (node: never) => void> = {
    ImportExpression: (node) => forbid(node, "`import()`"),
    ImportDeclaration: (node) => forbid(node, "`import`"),
    ExportNamedDeclaration: (node) => forbid(node, "`export`"),
    ExportDefaultDeclaration: (node) => forbid(node, "`export`"),
    ExportAllDeclaration: (node) => forbid(node, "`export`"),
    // Identifiers are visited as such in expressions and as VariablePattern in bindings.
    Identifier: (node) => reserved(node as unknown as Identifier),
    VariablePattern: (node: Identifier) => reserved(node),
  };
  simple(ast, visitors);
  if (found) return found;
  for (const statement of ast.body) {
    for (const id of declaredNames(statement)) {
      const what =
        id.name === "tf"
          ? "es TensorFlow.js y está disponible en tu código"
          : id.name === "console"
            ? "captura lo que imprimes y está disponible en tu código"
            : inputNames.includes(id.name)
              ? "es un dato del ejercicio y ya está definido en tu código (Comprobar lo cambia por otros datos)"
              : null;
      if (what === null) continue;
      const { line, column } = place(id);
      return {
        kind: "syntax",
        message:
          `«${id.name}» ya existe ${describePlace(line, column)}: ${what}. ` +
          "Usa otro nombre para tu variable.",
        line,
        column,
        detail: `Identifier '${id.name}' has already been declared`,
      };
    }
  }
  return null;
}

type Identifier = { name: string } & Located;

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
