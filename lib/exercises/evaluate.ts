/**
 * Runs a student's cell: the evaluation shared by the sandbox worker (in the browser) and the
 * unit tests (in Node, with @tensorflow/tfjs-backend-cpu).
 *
 * A cell is the body of an async function that receives `tf`, `console` and the exercise's
 * data: it may `await`, and `return` gives its result. Two steps:
 *
 * 1. {@link compileCell}: parse (TypeScript types stripped), check the exercise's rules on the
 *    syntax tree, and build the function's source (lib/exercises/instrument.ts). Pure: done
 *    once per check, before any student code runs.
 * 2. {@link runCompiled}: load that function (the worker imports it as a module from a blob;
 *    Node builds it with `Function`), run it with console output captured, a memory budget
 *    on tensors and the run-time rules (lib/exercises/runRules.ts), and serialise the result
 *    into a plain {@link Value}. Can be repeated on other data.
 *
 * The time limit is not enforced here (a synchronous infinite loop cannot be interrupted
 * from inside): the worker's owner terminates the worker; `onStart` marks when the cell's
 * own code starts running.
 */
import { formatCount } from "../format/formatCount.js";
import type { CodeError } from "./codeError.js";
import { checkConstraints, type Constraint, type Violation } from "./constraints.js";
import { formatLogArguments } from "./formatValue.js";
import { isTensorInput, type InputValue, type Inputs } from "./inputs.js";
import {
  instrument,
  SOURCE_LINES_BEFORE_CELL,
  type CellHooks,
  type StudentFunction,
} from "./instrument.js";
import { prepare } from "./prepare.js";
import {
  borrowedFrames,
  callViolations,
  cellHooks,
  SOURCE_URL,
  watchedCalls,
  watchedTf,
  type FrameAt,
} from "./runRules.js";
import { MemoryLimitError, runtimeError } from "./runtimeError.js";
import { toValue, type Value } from "./value.js";

export type LogLevel = "log" | "info" | "warn" | "error" | "debug";

/** One line of what the cell printed. */
export interface LogEntry {
  level: LogLevel;
  text: string;
}

/** The console a cell sees: each method records a {@link LogEntry}. */
export type CapturedConsole = Record<LogLevel | "table" | "dir", (...args: unknown[]) => void>;

export type Evaluation =
  | {
      status: "ok";
      value: Value;
      logs: LogEntry[];
      violations: Violation[];
      /** The watched call patterns (requireCall, forbidCall) whose calls ran. */
      called: string[];
      typescript: boolean;
      /** How long the cell's code ran, in milliseconds. */
      ms: number;
    }
  | {
      status: "error";
      error: CodeError;
      logs: LogEntry[];
      violations: Violation[];
      called: string[];
    };

export { SOURCE_URL };

/**
 * 256 MiB of tensors alive at once: hundreds of times what any exercise needs, and far below
 * what would take the browser tab down with the worker.
 */
export const DEFAULT_MEMORY_LIMIT = 2 ** 28;
/** Characters of one printed line that travel to the page. */
const MAX_LOG_TEXT = 2_000;

export interface CompileOptions {
  constraints?: readonly Constraint[];
  /** The names of the exercise's data, in the order the function receives them. */
  inputNames?: readonly string[];
}

/** A cell ready to run, or why it cannot run. */
export type Compiled =
  | {
      ok: true;
      /** The function's source: `(__fmb) => async function (tf, console, …) {…}`. */
      source: string;
      functions: StudentFunction[];
      /** Rules broken in the syntax. */
      violations: Violation[];
      typescript: boolean;
      constraints: readonly Constraint[];
      inputNames: readonly string[];
    }
  | { ok: false; error: CodeError };

/** Parses a cell, checks its rules on the syntax tree and builds its function's source. */
export function compileCell(code: string, options: CompileOptions = {}): Compiled {
  const constraints = options.constraints ?? [];
  const inputNames = options.inputNames ?? [];
  const prepared = prepare(code, inputNames);
  if (!prepared.ok) return { ok: false, error: prepared.error };
  const violations = checkConstraints(prepared.ast, constraints);
  const hooks = constraints.some((c) => c.kind === "noLoops");
  const { source, functions } = instrument(prepared.js, prepared.ast, { hooks, inputNames });
  return {
    ok: true,
    source,
    functions,
    violations,
    typescript: prepared.typescript,
    constraints,
    inputNames,
  };
}

/** The cell's function, before it is given its hooks. */
export type CellFactory = (hooks: CellHooks) => (...args: unknown[]) => Promise<unknown>;

/** A loaded cell: its factory and how many lines come before the cell's first line. */
export interface Loaded {
  factory: CellFactory;
  linesBeforeCell: number;
}

/**
 * Loads a compiled cell with `Function` (for Node and the tests; the worker imports a blob
 * module instead, so that its Content-Security-Policy can forbid `eval`). Throws the engine's
 * SyntaxError if the source does not compile.
 */
export function loadWithFunction(source: string): Loaded {
  // V8 puts two lines before a Function's body ("function anonymous(\n) {\n").
  const make = new Function(`"use strict"; return ${source}\n//# sourceURL=${SOURCE_URL}`);
  return { factory: make() as CellFactory, linesBeforeCell: 2 + SOURCE_LINES_BEFORE_CELL };
}

export interface RunOptions {
  /** The tfjs module, with a backend already set: the cell sees a watched copy of it. */
  tf: unknown;
  /** The exercise's data, by name (tensors are made here). */
  inputs?: Inputs;
  /** Reads the stack for the run-time rules. Default: {@link borrowedFrames}. */
  frameAt?: FrameAt;
  /** Called for every printed line as it happens (the worker streams them to the page). */
  onLog?: (entry: LogEntry) => void;
  /** Called when the cell breaks a rule while it runs, as it happens. */
  onViolation?: (violation: Violation) => void;
  /** Called the first time a watched call (requireCall, forbidCall) runs. */
  onCall?: (pattern: string) => void;
  /** Lines kept; later ones are counted and summarised in one last line. Default 200. */
  maxLogEntries?: number;
  /** Bytes of tensors the cell may hold at once. Default {@link DEFAULT_MEMORY_LIMIT}. */
  memoryLimitBytes?: number;
  /** Called right before the cell's code starts. */
  onStart?: () => void;
  /**
   * Lets the caller route other consoles to the capture (the worker points the global
   * `console` at it, so `self.console.log` is captured too); returns an undo function.
   */
  installConsole?: (captured: CapturedConsole) => () => void;
}

/**
 * Runs a compiled, loaded cell on one set of data and reports what it printed and returned,
 * or why it could not. Never rejects for anything the cell does.
 */
export function runCompiled(
  compiled: Extract<Compiled, { ok: true }>,
  loaded: Loaded,
  options: RunOptions,
): Promise<Evaluation> {
  return new Promise((resolve) => void runInto(compiled, loaded, options, resolve));
}

/**
 * {@link runCompiled}, handing the evaluation to `deliver` instead of resolving a promise
 * with it: after the cell ran, nothing of ours goes through promise resolution, where an
 * `Object.prototype.then` the cell defined would be called (the worker uses this form).
 */
export async function runInto(
  compiled: Extract<Compiled, { ok: true }>,
  loaded: Loaded,
  options: RunOptions,
  deliver: (evaluation: Evaluation) => void,
): Promise<void> {
  const frameAt = options.frameAt ?? borrowedFrames();
  const runtime: Violation[] = [];
  const called: string[] = [];
  const onViolation = (violation: Violation) => {
    runtime.push(violation);
    options.onViolation?.(violation);
  };
  const tf = watchedTf(
    options.tf as Record<string, unknown>,
    watchedCalls(compiled.constraints),
    frameAt,
    (pattern) => {
      called.push(pattern);
      options.onCall?.(pattern);
    },
  );
  const hooks = cellHooks(compiled.functions, {
    noLoops: compiled.constraints.some((c) => c.kind === "noLoops"),
    frameAt,
    report: onViolation,
  });
  const logs: LogEntry[] = [];
  const violations = () => [
    ...compiled.violations,
    ...runtime,
    ...callViolations(compiled.constraints, called, compiled.violations),
  ];
  const args = compiled.inputNames.map((name) =>
    materialize(options.tf, (options.inputs ?? {})[name]),
  );
  const capture = captureConsole(logs, options.onLog, options.maxLogEntries ?? 200);
  const uninstallConsole = options.installConsole?.(capture.console) ?? (() => {});
  const restoreMemory = guardMemory(options.tf, options.memoryLimitBytes ?? DEFAULT_MEMORY_LIMIT);
  const clock = globalThis.performance ?? Date;
  // tfjs errors are thrown deep inside the library: keep enough stack frames (V8 keeps 10 by
  // default) to reach the cell's own frame and say which line failed. (The worker fixes it
  // at 100 for good; here it is lifted for the run.)
  const restoreStack = liftStackLimit(100);
  const restore = () => {
    restoreStack();
    restoreMemory();
    uninstallConsole();
  };
  let result: unknown;
  let start = 0;
  try {
    const cell = loaded.factory(hooks);
    options.onStart?.();
    start = clock.now();
    result = await cell(tf, capture.console, ...args);
  } catch (error) {
    restore();
    deliver({
      status: "error",
      error: runtimeError(error, SOURCE_URL, loaded.linesBeforeCell),
      logs: capture.finish(),
      violations: violations(),
      called,
    });
    return;
  }
  restore();
  const ms = clock.now() - start;
  deliver({
    status: "ok",
    value: toValue(result),
    logs: capture.finish(),
    violations: violations(),
    called,
    typescript: compiled.typescript,
    ms,
  });
}

/** Compiles, loads (with Function) and runs a cell: how Node and the tests evaluate one. */
export async function evaluate(
  source: string,
  options: RunOptions & CompileOptions,
): Promise<Evaluation> {
  const inputNames = options.inputNames ?? Object.keys(options.inputs ?? {});
  const compiled = compileCell(source, { constraints: options.constraints, inputNames });
  if (!compiled.ok) {
    return { status: "error", error: compiled.error, logs: [], violations: [], called: [] };
  }
  let loaded: Loaded;
  try {
    loaded = loadWithFunction(compiled.source);
  } catch (error) {
    return {
      status: "error",
      error: engineSyntaxError(error),
      logs: [],
      violations: compiled.violations,
      called: [],
    };
  }
  return runCompiled(compiled, loaded, options);
}

/** A syntax error the parser let through and the engine did not (rare): said as such. */
export function engineSyntaxError(error: unknown): CodeError {
  const message = error instanceof Error ? error.message : String(error);
  return {
    kind: "syntax",
    message: `Error de sintaxis: ${message}`,
    line: null,
    column: null,
    detail: message,
  };
}

/** An input as the cell receives it: numbers and lists as they are, tensors made with tf. */
function materialize(tf: unknown, value: InputValue | undefined): unknown {
  if (value === undefined || typeof value === "number") return value;
  if (!isTensorInput(value)) return [...value];
  const { tensor } = tf as {
    tensor: (values: readonly number[], shape: readonly number[], dtype: string) => unknown;
  };
  return tensor(value.values, value.shape, value.dtype);
}

function liftStackLimit(limit: number): () => void {
  const E = Error as { stackTraceLimit?: number };
  const before = E.stackTraceLimit;
  try {
    E.stackTraceLimit = limit;
  } catch {
    return () => {}; // Fixed for good (the worker's lockdown).
  }
  return () => {
    E.stackTraceLimit = before;
  };
}

function captureConsole(
  logs: LogEntry[],
  onLog: ((entry: LogEntry) => void) | undefined,
  max: number,
): { console: CapturedConsole; finish: () => LogEntry[] } {
  let kept = 0;
  let omitted = 0;
  const record = (level: LogLevel) =>
    function (...args: unknown[]) {
      // A plain counter, not logs.length: the cap holds whatever the cell did to Array.
      if (kept >= max) {
        omitted++;
        return;
      }
      kept++;
      let text: string;
      try {
        text = formatLogArguments(args.map((a) => toValue(a)));
      } catch (error) {
        text = `(no se pudo mostrar: ${error instanceof Error ? error.message : String(error)})`;
      }
      if (text.length > MAX_LOG_TEXT) text = `${text.slice(0, MAX_LOG_TEXT)}… (recortado)`;
      const entry = { level, text };
      logs.push(entry);
      onLog?.(entry);
    };
  const console: CapturedConsole = {
    log: record("log"),
    info: record("info"),
    warn: record("warn"),
    error: record("error"),
    debug: record("debug"),
    table: record("log"),
    dir: record("log"),
  };
  return {
    console,
    finish() {
      if (omitted > 0) {
        const entry: LogEntry = {
          level: "info",
          text: `… y ${formatCount(omitted)} líneas más que no se muestran`,
        };
        logs.push(entry);
        onLog?.(entry);
        omitted = 0;
      }
      return logs;
    },
  };
}

type EngineLike = { trackTensor?: (...args: unknown[]) => void; state?: { numBytes: number } };

/**
 * Makes tfjs's engine throw a {@link MemoryLimitError} as soon as the tensors created since
 * now hold more than `limit` bytes; returns the undo function.
 */
function guardMemory(tf: unknown, limit: number): () => void {
  const engine = (tf as { engine?: () => EngineLike }).engine?.();
  if (!engine?.trackTensor || !engine.state) return () => {};
  const state = engine.state;
  const baseline = state.numBytes;
  const own = Object.prototype.hasOwnProperty.call(engine, "trackTensor");
  const original = engine.trackTensor;
  engine.trackTensor = function (this: unknown, ...args: unknown[]) {
    original.apply(this, args);
    const used = state.numBytes - baseline;
    if (used > limit) throw new MemoryLimitError(limit, used);
  };
  return () => {
    if (own) engine.trackTensor = original;
    else delete engine.trackTensor;
  };
}
