/**
 * Runs a student's cell: the one evaluation function shared by the sandbox worker (in the
 * browser) and the unit tests (in Node, with @tensorflow/tfjs-backend-cpu).
 *
 * A cell is the body of an async function that receives `tf` and `console`: it may `await`,
 * and `return` gives its result. The steps: parse (TypeScript types stripped), check the
 * exercise's constraints on the syntax tree, run with console output captured and a memory
 * budget on tensors, and serialise the result into a plain {@link Value}.
 *
 * The time limit is not enforced here (a synchronous infinite loop cannot be interrupted
 * from inside): the worker's owner terminates the worker; `onStart` marks when the cell's
 * own code starts running.
 */
import { formatCount } from "../format/formatCount.js";
import type { CodeError } from "./codeError.js";
import { checkConstraints, type Constraint, type Violation } from "./constraints.js";
import { formatLogArguments } from "./formatValue.js";
import { prepare } from "./prepare.js";
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

export interface EvaluateOptions {
  /** The tfjs module the cell sees as `tf`, with a backend already set. */
  tf: unknown;
  constraints?: readonly Constraint[];
  /** Called for every printed line as it happens (the worker streams them to the page). */
  onLog?: (entry: LogEntry) => void;
  /** Lines kept; later ones are counted and summarised in one last line. Default 500. */
  maxLogEntries?: number;
  /** Bytes of tensors the cell may hold at once. Default {@link DEFAULT_MEMORY_LIMIT}. */
  memoryLimitBytes?: number;
  /** Called right before the cell's code starts (after parsing and checks). */
  onStart?: () => void;
  /**
   * Lets the caller route other consoles to the capture (the worker points the global
   * `console` at it, so `self.console.log` is captured too); returns an undo function.
   */
  installConsole?: (captured: CapturedConsole) => () => void;
}

export type Evaluation =
  | {
      status: "ok";
      value: Value;
      logs: LogEntry[];
      violations: Violation[];
      typescript: boolean;
      /** How long the cell's code ran, in milliseconds. */
      ms: number;
    }
  | { status: "error"; error: CodeError; logs: LogEntry[]; violations: Violation[] };

/** The name a cell has in stack traces, so runtime errors can say which line failed. */
export const SOURCE_URL = "ejercicio.js";
/** Lines V8's Function constructor puts before the body: "async function anonymous(tf,console\n) {". */
const WRAPPER_LINES = 2;
/**
 * 256 MiB of tensors alive at once: hundreds of times what any exercise needs, and far below
 * what would take the browser tab down with the worker.
 */
export const DEFAULT_MEMORY_LIMIT = 2 ** 28;
const MAX_LOG_TEXT = 10_000;

type AsyncFn = (...args: unknown[]) => Promise<unknown>;
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor as new (
  ...args: string[]
) => AsyncFn;

/** Runs `source` and reports what it printed and returned, or why it could not. */
export async function evaluate(source: string, options: EvaluateOptions): Promise<Evaluation> {
  const logs: LogEntry[] = [];
  const prepared = prepare(source);
  if (!prepared.ok) return { status: "error", error: prepared.error, logs, violations: [] };
  const violations = checkConstraints(prepared.ast, options.constraints ?? []);

  let fn: AsyncFn;
  try {
    fn = new AsyncFunction("tf", "console", `${prepared.js}\n//# sourceURL=${SOURCE_URL}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const error_: CodeError = {
      kind: "syntax",
      message: `Error de sintaxis: ${message}`,
      line: null,
      column: null,
      detail: message,
    };
    return { status: "error", error: error_, logs, violations };
  }

  const capture = captureConsole(logs, options.onLog, options.maxLogEntries ?? 500);
  const uninstallConsole = options.installConsole?.(capture.console) ?? (() => {});
  const restoreMemory = guardMemory(options.tf, options.memoryLimitBytes ?? DEFAULT_MEMORY_LIMIT);
  const clock = globalThis.performance ?? Date;
  // tfjs errors are thrown deep inside the library: keep enough stack frames (V8 keeps 10 by
  // default) to reach the cell's own frame and say which line failed.
  const stackLimit = (Error as { stackTraceLimit?: number }).stackTraceLimit;
  (Error as { stackTraceLimit?: number }).stackTraceLimit = 100;
  options.onStart?.();
  const start = clock.now();
  let result: unknown;
  try {
    result = await fn(options.tf, capture.console);
  } catch (error) {
    return {
      status: "error",
      error: runtimeError(error, SOURCE_URL, WRAPPER_LINES),
      logs: capture.finish(),
      violations,
    };
  } finally {
    (Error as { stackTraceLimit?: number }).stackTraceLimit = stackLimit;
    restoreMemory();
    uninstallConsole();
  }
  const ms = clock.now() - start;
  return {
    status: "ok",
    value: toValue(result),
    logs: capture.finish(),
    violations,
    typescript: prepared.typescript,
    ms,
  };
}

function captureConsole(
  logs: LogEntry[],
  onLog: ((entry: LogEntry) => void) | undefined,
  max: number,
): { console: CapturedConsole; finish: () => LogEntry[] } {
  let omitted = 0;
  const record = (level: LogLevel) =>
    function (...args: unknown[]) {
      if (logs.length >= max) {
        omitted++;
        return;
      }
      let text: string;
      try {
        text = formatLogArguments(args.map((a) => toValue(a)));
      } catch (error) {
        text = `(no se pudo mostrar: ${error instanceof Error ? error.message : String(error)})`;
      }
      if (text.length > MAX_LOG_TEXT) text = `${text.slice(0, MAX_LOG_TEXT)}… (texto recortado)`;
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
