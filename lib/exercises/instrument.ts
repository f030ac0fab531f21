/**
 * Turns a prepared cell into the function the sandbox runs. The cell becomes the body of
 *
 *   (__fmb) => async function (tf, console, <the exercise's data>) { <cell> }
 *
 * and, when `hooks` is on (rules that only a run can check, such as «sin ciclos»), every
 * function the student wrote starts by calling `__fmb.e(<its number>)`, so the sandbox knows
 * each time one runs and who called it (lib/exercises/runRules.ts). Lines never move: the
 * hooks are inserted inside existing lines, so errors still point at the student's lines.
 *
 * `__fmb` is a parameter of the outer arrow: the cell cannot reach it, since prepare() refuses
 * every name that starts with it and the cell runs in strict mode (no `with`, no `eval`).
 */
import type { Program } from "acorn";
import { ancestor } from "acorn-walk";
import { RESERVED_PREFIX } from "./prepare.js";

/** The object the hooks call: `__fmb.e(id)` on entry to the student's function `id`. */
export interface CellHooks {
  e(id: number): void;
}

/** A function the student wrote: where it starts and what it is called, for messages. */
export interface StudentFunction {
  line: number;
  name: string;
}

export interface Instrumented {
  /** `(__fmb) => async function (tf, console, …inputs) {\n<cell>\n}`: one line before the cell. */
  source: string;
  functions: StudentFunction[];
}

/** The name of the hooks' parameter. */
export const HOOKS_NAME = `${RESERVED_PREFIX}`;

type Node = {
  type: string;
  start: number;
  end: number;
  loc?: { start: { line: number } } | null;
  id?: { name?: string } | null;
  key?: { type: string; name?: string; value?: unknown };
  body?: Node;
  expression?: boolean;
};

interface Edit {
  pos: number;
  text: string;
  /** Among edits at one position: lower first. */
  rank: number;
}

/**
 * Builds the runnable source of a cell (see the module comment).
 *
 * Example: instrument("const f = (x) => x * 2;\nreturn f(3);", ast, { hooks: true }) gives a
 * source whose second line is "const f = (x) => (__fmb.e(0), x * 2);" and
 * functions = [{ line: 1, name: "f" }].
 */
export function instrument(
  js: string,
  ast: Program,
  { hooks, inputNames = [] }: { hooks: boolean; inputNames?: readonly string[] },
): Instrumented {
  const functions: StudentFunction[] = [];
  const edits: Edit[] = [];
  if (hooks) {
    const visit = (node: unknown, _state: unknown, ancestors: unknown[]) => {
      const fn = node as Node;
      const id = functions.length;
      functions.push({ line: fn.loc?.start.line ?? 0, name: functionName(fn, ancestors) });
      const body = fn.body!;
      const size = fn.end - fn.start;
      if (body.type === "BlockStatement") {
        // Outer functions' hooks go first at a shared position (they start earlier or are larger).
        edits.push({ pos: body.start + 1, text: `${HOOKS_NAME}.e(${id});`, rank: -size });
      } else {
        edits.push({ pos: body.start, text: `(${HOOKS_NAME}.e(${id}), `, rank: -size });
        edits.push({ pos: body.end, text: ")", rank: size });
      }
    };
    ancestor(ast, {
      FunctionDeclaration: visit,
      FunctionExpression: visit,
      ArrowFunctionExpression: visit,
    });
  }
  edits.sort((a, b) => a.pos - b.pos || a.rank - b.rank);
  let out = "";
  let at = 0;
  for (const edit of edits) {
    out += js.slice(at, edit.pos) + edit.text;
    at = edit.pos;
  }
  out += js.slice(at);
  const params = ["tf", "console", ...inputNames].join(", ");
  return {
    source: `(${HOOKS_NAME}) => async function (${params}) {\n${out}\n}`,
    functions,
  };
}

/** The function's own name, or the name it is given (`const f = …`, `{ f() {} }`), or "". */
function functionName(fn: Node, ancestors: unknown[]): string {
  if (fn.id?.name) return fn.id.name;
  const parent = ancestors[ancestors.length - 2] as Node | undefined;
  if (!parent) return "";
  if (parent.type === "VariableDeclarator") return (parent.id as { name?: string })?.name ?? "";
  if (
    (parent.type === "Property" || parent.type === "MethodDefinition") &&
    parent.key?.type === "Identifier"
  ) {
    return parent.key.name ?? "";
  }
  return "";
}

/** Lines of wrapper before the cell's first line in {@link Instrumented.source}. */
export const SOURCE_LINES_BEFORE_CELL = 1;
