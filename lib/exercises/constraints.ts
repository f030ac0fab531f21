import type { Program } from "acorn";
import { simple } from "acorn-walk";

/**
 * Rules an exercise may impose on how the code is written, checked on its syntax tree
 * (acorn), never by searching the text: a comment or a string that says "for" is not a loop.
 *
 * - `noLoops`: "sin ciclos explícitos". Forbids `for`, `for…in`, `for…of`, `while`,
 *   `do…while`, and the array methods that loop element by element with a callback
 *   (`.map`, `.forEach`, `.reduce`, …, and `Array.from(x, f)`).
 * - `requireCall`: the code must call one of `calls`. A pattern "tf.grad" matches the call
 *   `tf.grad(…)`; ".reshape" matches any method call named reshape (`u.reshape(…)`,
 *   `tf.reshape(…)`); "f" matches a plain call `f(…)`.
 * - `forbidCall`: the code must not call any of `calls` (same patterns).
 */
export type Constraint =
  | { kind: "noLoops" }
  | { kind: "requireCall"; calls: readonly string[]; message: string }
  | { kind: "forbidCall"; calls: readonly string[]; message: string };

/** One broken rule, with the line (1-based) where it happens when there is one. */
export interface Violation {
  kind: Constraint["kind"];
  message: string;
  line: number | null;
}

/** The methods that run a callback once per element: loops in disguise. */
const ITERATING_METHODS = new Set([
  "map",
  "forEach",
  "reduce",
  "reduceRight",
  "filter",
  "flatMap",
  "some",
  "every",
  "find",
  "findIndex",
  "findLast",
  "findLastIndex",
]);

const LOOP_NAMES: Record<string, string> = {
  ForStatement: "un ciclo `for`",
  ForInStatement: "un ciclo `for…in`",
  ForOfStatement: "un ciclo `for…of`",
  WhileStatement: "un ciclo `while`",
  DoWhileStatement: "un ciclo `do…while`",
};

/**
 * Checks a parsed cell against an exercise's constraints; returns every violation in code
 * order (an empty list when the code follows them all).
 *
 * Example: for "let w = 0;\nfor (const x of xs) w += x;" and [{ kind: "noLoops" }] →
 * [{ kind: "noLoops", line: 2, message: "Línea 2: usas un ciclo `for…of`. …" }].
 */
export function checkConstraints(ast: Program, constraints: readonly Constraint[]): Violation[] {
  const violations: Violation[] = [];
  for (const constraint of constraints) {
    if (constraint.kind === "noLoops") violations.push(...findLoops(ast));
    else if (constraint.kind === "requireCall") {
      if (findCalls(ast, constraint.calls).length === 0) {
        violations.push({ kind: "requireCall", message: constraint.message, line: null });
      }
    } else {
      for (const { line, text } of findCalls(ast, constraint.calls)) {
        violations.push({
          kind: "forbidCall",
          message: `Línea ${line}: \`${text}(…)\` no se permite aquí. ${constraint.message}`,
          line,
        });
      }
    }
  }
  return violations.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
}

function findLoops(ast: Program): Violation[] {
  const found: Violation[] = [];
  const loop = (what: string, line: number) =>
    found.push({
      kind: "noLoops",
      line,
      message:
        `Línea ${line}: usas ${what}. Este ejercicio pide resolverlo sin ciclos explícitos: ` +
        "usa operaciones de tf que trabajen sobre el tensor completo (vectorizadas).",
    });
  const statement = (node: { type: string; loc?: { start: { line: number } } | null }) =>
    loop(LOOP_NAMES[node.type], node.loc?.start.line ?? 0);
  simple(ast, {
    ForStatement: statement,
    ForInStatement: statement,
    ForOfStatement: statement,
    WhileStatement: statement,
    DoWhileStatement: statement,
    CallExpression(node) {
      const line = node.loc?.start.line ?? 0;
      const name = memberName(node.callee);
      if (name !== null && ITERATING_METHODS.has(name)) {
        loop(`\`.${name}(…)\`, que recorre los elementos uno por uno (un ciclo disfrazado)`, line);
      } else if (calleeText(node.callee) === "Array.from" && node.arguments.length > 1) {
        loop("`Array.from(…, función)`, que recorre los elementos uno por uno", line);
      }
    },
  });
  return found;
}

function findCalls(ast: Program, patterns: readonly string[]): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  simple(ast, {
    CallExpression(node) {
      const text = calleeText(node.callee);
      const method = memberName(node.callee);
      const matches = patterns.some((pattern) =>
        pattern.startsWith(".") ? method === pattern.slice(1) : text === pattern,
      );
      if (matches) found.push({ line: node.loc?.start.line ?? 0, text: text ?? `.${method}` });
    },
  });
  return found;
}

type CalleeNode = {
  type: string;
  name?: string;
  computed?: boolean;
  object?: CalleeNode;
  property?: CalleeNode & { value?: unknown };
};

/** The property name of a member callee (`a.b.reshape` → "reshape", `a["map"]` → "map"). */
function memberName(callee: unknown): string | null {
  const node = callee as CalleeNode;
  if (node.type === "ChainExpression")
    return memberName((node as { expression?: unknown }).expression);
  if (node.type !== "MemberExpression" || !node.property) return null;
  if (!node.computed && node.property.type === "Identifier") return node.property.name ?? null;
  if (node.computed && typeof node.property.value === "string") return node.property.value;
  return null;
}

/** A callee as dotted text when it is a plain name or a chain of names: "tf.grad", "f". */
function calleeText(callee: unknown): string | null {
  const node = callee as CalleeNode;
  if (node.type === "Identifier") return node.name ?? null;
  if (node.type === "ChainExpression")
    return calleeText((node as { expression?: unknown }).expression);
  if (node.type !== "MemberExpression" || !node.object) return null;
  const object = calleeText(node.object);
  const name = memberName(node);
  return object !== null && name !== null ? `${object}.${name}` : null;
}
