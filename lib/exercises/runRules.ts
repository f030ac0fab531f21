/**
 * The rules a syntax check cannot enforce, checked while the cell runs, in the sandbox:
 *
 * - «sin ciclos» (noLoops): every function the student wrote reports each time it starts
 *   (lib/exercises/instrument.ts). A function that a built-in runs for them (`reduce` reached
 *   through `.call`, `Reflect.apply` or a computed name, a `replace` callback,
 *   `Float64Array.from(u, f)`, …) is a loop in disguise, and so is one that runs more than
 *   {@link MAX_CALLS} times in one run (recursion over the elements).
 * - «usa tf.grad» / «usa reshape» (requireCall): the call must actually run, on the real `tf`
 *   or a real tensor (`if (false) tf.grad(f)` or `[].reshape?.()` do not count); and a
 *   forbidden call (forbidCall) counts when it runs.
 *
 * Who called a function is read from V8's structured stack trace (the CallSite API), so the
 * answer does not depend on how the call was written.
 */
import type { Constraint, Violation } from "./constraints.js";
import type { CellHooks, StudentFunction } from "./instrument.js";

/** The name a cell has in stack traces (its sourceURL). */
export const SOURCE_URL = "ejercicio.js";

/** Under «sin ciclos», a function of the student's may run at most this many times per run. */
export const MAX_CALLS = 30;

/** One frame of the stack: a built-in (native), the cell, or other code (tfjs, the sandbox). */
export interface Frame {
  native: boolean;
  inCell: boolean;
  /** "Array.reduce", "String.replace", "from"…: how a built-in is named in messages. */
  name: string;
}

/**
 * frameAt(i) describes the frame i levels above the function that calls frameAt (0: that
 * function; 1: its caller…), or null when the stack ends before.
 */
export type FrameAt = (index: number) => Frame | null;

interface CallSite {
  getTypeName(): string | null;
  getFunctionName(): string | null;
  getScriptNameOrSourceURL(): string | null | undefined;
}

type ErrorConstructorV8 = ErrorConstructor & {
  prepareStackTrace?: (error: Error, sites: CallSite[]) => unknown;
  stackTraceLimit?: number;
};

const NativeError = Error as ErrorConstructorV8;
const errorToString = Function.prototype.call.bind(Error.prototype.toString) as (
  e: unknown,
) => string;

function describeSite(site: CallSite | undefined): Frame | null {
  if (!site) return null;
  const script = site.getScriptNameOrSourceURL();
  const type = site.getTypeName();
  const fn = site.getFunctionName() ?? "";
  const native = script === null || script === undefined || script === "";
  return {
    native,
    inCell: script === SOURCE_URL,
    name: type && type !== "Function" && type !== "Object" ? `${type}.${fn}` : fn,
  };
}

/**
 * A FrameAt for a realm the student's code may tamper with (the worker): Error's
 * prepareStackTrace and stackTraceLimit become ours for good (non-writable, non-configurable)
 * before any cell runs, and the call sites never leave this module. Other errors' stacks are
 * formatted as V8 does by default. Call it before any student code runs.
 */
export function lockedFrames(stackTraceLimit = 100): FrameAt {
  let capturing = false;
  let captured: CallSite[] = [];
  Object.defineProperty(NativeError, "prepareStackTrace", {
    value(error: Error, sites: CallSite[]) {
      if (capturing) {
        captured = sites;
        return "";
      }
      let text: string;
      try {
        text = errorToString(error);
      } catch {
        text = "Error";
      }
      for (let i = 0; i < sites.length; i++) text += `\n    at ${sites[i]}`;
      return text;
    },
    writable: false,
    configurable: false,
  });
  Object.defineProperty(NativeError, "stackTraceLimit", {
    value: stackTraceLimit,
    writable: false,
    configurable: false,
  });
  return (index) => {
    const probe = new NativeError();
    capturing = true;
    try {
      void probe.stack;
    } finally {
      capturing = false;
    }
    // captured[0] is this arrow; the caller's frame i is at i + 1.
    return describeSite(captured[index + 1]);
  };
}

/** A FrameAt for a realm shared with other code (the unit tests): borrows prepareStackTrace. */
export function borrowedFrames(): FrameAt {
  return (index) => {
    const previous = NativeError.prepareStackTrace;
    const limit = NativeError.stackTraceLimit;
    NativeError.prepareStackTrace = (_error, sites) => sites;
    NativeError.stackTraceLimit = Math.max(limit ?? 10, index + 3);
    try {
      const sites = new NativeError().stack as unknown as CallSite[];
      return describeSite(sites[index + 1]);
    } finally {
      NativeError.prepareStackTrace = previous;
      NativeError.stackTraceLimit = limit;
    }
  };
}

/** Built-ins that call a function once, not once per element: not loops. */
const SINGLE_CALL_NATIVES = new Set([
  "Promise",
  "String",
  "Number",
  "Boolean",
  "Symbol",
  "Reflect.get",
  "Reflect.set",
  "Reflect.construct",
]);

/** Thrown inside the cell to stop it once it broke a rule (the rule was reported before). */
export class RuleBroken extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RuleBroken";
  }
}

const RULE_ADVICE =
  "Este ejercicio pide resolverlo sin ciclos explícitos: usa operaciones de tf que trabajen sobre el tensor completo (vectorizadas).";

function nameOf(fn: StudentFunction): string {
  return fn.name ? `\`${fn.name}\`` : "(sin nombre)";
}

/**
 * The `__fmb` object of one run. Under «sin ciclos», each entry into a student function is
 * counted and its caller checked; a broken rule is reported once (`report`) and stops the
 * cell (throws {@link RuleBroken}). Without rules to check, entries cost nothing.
 */
export function cellHooks(
  functions: readonly StudentFunction[],
  { noLoops, frameAt, report }: { noLoops: boolean; frameAt: FrameAt; report(v: Violation): void },
): CellHooks {
  const counts = new Int32Array(functions.length);
  let reported = false;
  const broken = (fn: StudentFunction, message: string): never => {
    const text = `Línea ${fn.line}: ${message} ${RULE_ADVICE}`;
    if (!reported) {
      reported = true;
      report({ kind: "noLoops", message: text, line: fn.line });
    }
    throw new RuleBroken(text);
  };
  const hooks = Object.create(null) as CellHooks;
  hooks.e = (id: number) => {
    if (!noLoops) return;
    const fn = functions[id];
    if (!fn) return;
    counts[id]++;
    if (counts[id] > MAX_CALLS) {
      broken(
        fn,
        `tu función ${nameOf(fn)} se ejecutó más de ${MAX_CALLS} veces en una sola corrida (una recursión o un ciclo disfrazado).`,
      );
    }
    // 0: this hook; 1: the student's function; 2: whoever called it.
    const caller = frameAt(2);
    if (caller && caller.native && !SINGLE_CALL_NATIVES.has(caller.name)) {
      broken(
        fn,
        `tu función ${nameOf(fn)} la ejecuta \`${caller.name.includes(".") ? caller.name : `.${caller.name || "?"}`}(…)\`, que la llama una vez por elemento (un ciclo disfrazado).`,
      );
    }
  };
  return Object.freeze(hooks);
}

/** The call patterns a run must watch: those of the exercise's requireCall and forbidCall. */
export function watchedCalls(constraints: readonly Constraint[]): string[] {
  const patterns = constraints.flatMap((c) => (c.kind === "noLoops" ? [] : c.calls));
  return [...new Set(patterns.filter((p) => p.startsWith("tf.") || p.startsWith(".")))];
}

let methodListener: ((pattern: string) => void) | null = null;
const RECORDED = Symbol("recorded");

/**
 * The `tf` a cell sees: a frozen copy of the module whose watched functions report each
 * call that returns (`onCall("tf.grad")`), and, for a ".name" pattern, the tensors' method of
 * that name reports calls made from the cell itself (not from inside tfjs). `onCall` is
 * called once per pattern.
 */
export function watchedTf(
  tf: Record<string, unknown>,
  patterns: readonly string[],
  frameAt: FrameAt,
  onCall: (pattern: string) => void,
): Record<string, unknown> {
  const seen = new Set<string>();
  const record = (pattern: string) => {
    if (seen.has(pattern)) return;
    seen.add(pattern);
    onCall(pattern);
  };
  methodListener = (name) => record(`.${name}`);
  const copy = Object.assign(Object.create(null), tf) as Record<string, unknown>;
  for (const pattern of patterns) {
    const name = pattern.startsWith("tf.") ? pattern.slice(3) : pattern.slice(1);
    const original = tf[name];
    if (typeof original === "function") {
      copy[name] = function (this: unknown, ...args: unknown[]) {
        const result = Reflect.apply(original, this, args);
        record(pattern.startsWith("tf.") ? pattern : `.${name}`);
        return result;
      };
    }
    if (pattern.startsWith(".")) watchMethod(tf, name, frameAt);
  }
  return Object.freeze(copy);
}

function watchMethod(tf: Record<string, unknown>, name: string, frameAt: FrameAt): void {
  const proto = (tf.Tensor as { prototype?: Record<string | symbol, unknown> } | undefined)
    ?.prototype;
  const original = proto?.[name] as ((...args: unknown[]) => unknown) & { [RECORDED]?: true };
  if (!proto || typeof original !== "function" || original[RECORDED]) return;
  const watched = function (this: unknown, ...args: unknown[]) {
    const result = Reflect.apply(original, this, args);
    // 0: this method; 1: its caller. Only the cell's own calls count.
    if (methodListener && frameAt(1)?.inCell) methodListener(name);
    return result;
  };
  Object.defineProperty(watched, RECORDED, { value: true });
  proto[name] = watched;
}

/**
 * The violations of requireCall and forbidCall rules after a run, from the patterns whose
 * calls actually ran (`called`); rules already broken in the syntax (`found`) are not
 * repeated.
 */
export function callViolations(
  constraints: readonly Constraint[],
  called: readonly string[],
  found: readonly Violation[],
): Violation[] {
  const out: Violation[] = [];
  for (const c of constraints) {
    if (c.kind === "noLoops") continue;
    const runtime = c.calls.filter((p) => p.startsWith("tf.") || p.startsWith("."));
    if (runtime.length === 0) continue;
    if (c.kind === "requireCall") {
      if (found.some((v) => v.kind === "requireCall" && v.message === c.message)) continue;
      if (!runtime.some((p) => called.includes(p))) {
        out.push({
          kind: "requireCall",
          message: `${c.message} (Tu código la menciona, pero no se ejecutó: la llamada debe correr y devolver su resultado.)`,
          line: null,
        });
      }
    } else {
      for (const pattern of runtime.filter((p) => called.includes(p))) {
        if (found.some((v) => v.kind === "forbidCall" && v.message.includes(pattern))) continue;
        out.push({
          kind: "forbidCall",
          message: `Tu código llamó a \`${pattern.startsWith(".") ? pattern.slice(1) : pattern}(…)\`, que no se permite aquí. ${c.message}`,
          line: null,
        });
      }
    }
  }
  return out;
}
