/**
 * The exercises' sandbox: a module Web Worker that runs one student cell, on one or more
 * sets of data, and is then thrown away (src/runtime/exerciseRunner.ts starts it from a
 * sandboxed frame whose Content-Security-Policy it inherits, times it, and terminates it).
 *
 * It has TensorFlow.js on the CPU backend (chained ops and gradients registered) and nothing
 * of the page: no DOM, no localStorage, no cookies. Before any cell runs it removes the
 * worker's ways out and ways to keep state, on the global object and on its prototypes
 * (fetch, XMLHttpRequest, WebSocket, importScripts, indexedDB, caches, navigator.storage,
 * nested workers, postMessage…), and every way to run a string as code (eval, Function and
 * its async and generator kinds, string timers, WebAssembly). The policy is the second wall:
 * `connect-src 'none'` and no 'unsafe-eval'. Everything the cell prints goes to the page,
 * never to the browser's console.
 *
 * Protocol: the worker posts `ready` once tfjs works. The page posts `prepare` (the cell and
 * the exercise's rules: parsed, checked and compiled before any student code runs; answered
 * `prepared`), then one `run` per set of data, one at a time; each is answered `start` (the
 * time limit starts now), any number of `log`, `violation` (a rule broken while running) and
 * `called` (a watched call ran), then `done`. Those reports are posted the moment they
 * happen, by code the cell cannot reach; only `done` is built after the cell ran, and the
 * page re-checks it (lib/exercises/sanitize.ts).
 */
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops.js";
import "@tensorflow/tfjs-core/dist/register_all_gradients.js";
import "@tensorflow/tfjs-backend-cpu";
import type { CodeError } from "../lib/exercises/codeError.js";
import type { Constraint, Violation } from "../lib/exercises/constraints.js";
import {
  compileCell,
  engineSyntaxError,
  runInto,
  SOURCE_URL,
  type CapturedConsole,
  type Compiled,
  type Evaluation,
  type Loaded,
  type LogEntry,
} from "../lib/exercises/evaluate.js";
import type { Inputs } from "../lib/exercises/inputs.js";
import { SOURCE_LINES_BEFORE_CELL } from "../lib/exercises/instrument.js";
import { lockedFrames } from "../lib/exercises/runRules.js";

/** What the page sends. */
export type WorkerRequest =
  | { type: "prepare"; code: string; constraints: readonly Constraint[]; inputNames: string[] }
  | { type: "run"; inputs: Inputs };

/** What the worker sends back. */
export type WorkerMessage =
  | { type: "ready" }
  | { type: "fatal"; message: string }
  | { type: "prepared"; ok: true; violations: Violation[]; typescript: boolean }
  | { type: "prepared"; ok: false; error: CodeError }
  | { type: "start" }
  | { type: "log"; entry: LogEntry }
  | { type: "violation"; violation: Violation }
  | { type: "called"; pattern: string }
  | { type: "done"; evaluation: Evaluation };

interface WorkerScope {
  postMessage(message: WorkerMessage): void;
  addEventListener(type: "message", listener: (event: MessageEvent<WorkerRequest>) => void): void;
  addEventListener(
    type: "error" | "unhandledrejection",
    listener: (event: Event & { message?: string; reason?: unknown }) => void,
  ): void;
  console: Console;
}

const scope = self as unknown as WorkerScope;
// Captured before anything else runs: the only way to the page, and what loading a cell needs.
const post = scope.postMessage.bind(scope);
const makeBlobUrl = URL.createObjectURL.bind(URL);
const revokeBlobUrl = URL.revokeObjectURL.bind(URL);
const BlobConstructor = Blob;
const importModule = (url: string) => import(/* @vite-ignore */ url);
const frameAt = lockedFrames();

/** Network, storage, other realms, the messaging port: removed wherever they are defined. */
const REMOVED = [
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "WebSocketStream",
  "WebTransport",
  "EventSource",
  "importScripts",
  "indexedDB",
  "caches",
  "cookieStore",
  "BroadcastChannel",
  "Worker",
  "SharedWorker",
  "WebAssembly",
  "postMessage",
];
const REMOVED_FROM_NAVIGATOR = ["storage", "serviceWorker", "locks", "sendBeacon"];

const NO_EVAL =
  "No se permite ejecutar texto como código (`eval`, `new Function`, `setTimeout` con texto): los ejercicios corren aislados y con sus reglas.";

/** Every object from `object` up its prototype chain. */
function chain(object: object | null): object[] {
  const out: object[] = [];
  for (let o = object; o !== null; o = Object.getPrototypeOf(o)) out.push(o);
  return out;
}

function removeEverywhere(object: object, names: readonly string[]): void {
  for (const target of chain(object)) {
    for (const name of names) {
      if (!Object.prototype.hasOwnProperty.call(target, name)) continue;
      if (!Reflect.deleteProperty(target, name)) {
        try {
          Object.defineProperty(target, name, { value: undefined, writable: false });
        } catch {
          // Neither deletable nor redefinable: the Content-Security-Policy still holds.
        }
      }
    }
  }
}

function lockDown(): void {
  removeEverywhere(scope, REMOVED);
  if (typeof navigator === "object") removeEverywhere(navigator, REMOVED_FROM_NAVIGATOR);
  // Strings as code. The constructors stay (instanceof and static members still work) but
  // calling them throws; every function's `.constructor` leads to the blocked one.
  const refuse = () => {
    throw new EvalError(NO_EVAL);
  };
  const blocked = (original: object) =>
    new Proxy(original, { apply: refuse, construct: refuse }) as unknown as FunctionConstructor;
  const kinds = [function () {}, async function () {}, function* () {}, async function* () {}].map(
    (f) => Object.getPrototypeOf(f) as { constructor: FunctionConstructor },
  );
  for (const proto of kinds) {
    Object.defineProperty(proto, "constructor", {
      value: blocked(proto.constructor),
      writable: false,
      configurable: false,
    });
  }
  for (const name of ["Function", "eval"] as const) {
    Object.defineProperty(scope, name, {
      value: name === "eval" ? refuse : kinds[0].constructor,
      writable: false,
      configurable: false,
    });
  }
  for (const timer of ["setTimeout", "setInterval"] as const) {
    for (const target of chain(scope)) {
      const original = (target as Record<string, unknown>)[timer];
      if (!Object.prototype.hasOwnProperty.call(target, timer) || typeof original !== "function") {
        continue;
      }
      Object.defineProperty(target, timer, {
        value(handler: unknown, ...rest: unknown[]) {
          if (typeof handler !== "function") refuse();
          return Reflect.apply(original, scope, [handler, ...rest]);
        },
        writable: false,
        configurable: false,
      });
    }
  }
}

// Errors the cell leaves behind (a throw in a setTimeout, a rejected promise) are reported to
// the page as printed errors instead of reaching the browser's console.
let report: ((entry: LogEntry) => void) | null = null;
scope.addEventListener("error", (event) => {
  event.preventDefault();
  report?.({
    level: "error",
    text: `Error no capturado: ${String(event.message ?? "desconocido").slice(0, 500)}`,
  });
});
scope.addEventListener("unhandledrejection", (event) => {
  event.preventDefault();
  let reason = "desconocido";
  try {
    reason = event.reason instanceof Error ? event.reason.message : String(event.reason);
  } catch {
    // A rejection value that cannot be read.
  }
  report?.({ level: "error", text: `Promesa rechazada sin capturar: ${reason.slice(0, 500)}` });
});

/** Points the global console at the cell's capture, so `self.console.log` is captured too. */
function installConsole(captured: CapturedConsole): () => void {
  const original = { ...scope.console };
  Object.assign(scope.console, captured);
  return () => Object.assign(scope.console, original);
}

/** Loads a compiled cell as a module from a blob (allowed by the policy's `script-src blob:`). */
async function loadModule(source: string): Promise<Loaded> {
  const url = makeBlobUrl(
    new BlobConstructor([`export default ${source}\n//# sourceURL=${SOURCE_URL}`], {
      type: "text/javascript",
    }),
  );
  try {
    const module = (await importModule(url)) as { default: Loaded["factory"] };
    return { factory: module.default, linesBeforeCell: SOURCE_LINES_BEFORE_CELL };
  } finally {
    revokeBlobUrl(url);
  }
}

let compiled: Extract<Compiled, { ok: true }> | null = null;
let loaded: Loaded | null = null;
let busy = false;

async function prepareCell(request: Extract<WorkerRequest, { type: "prepare" }>): Promise<void> {
  const result = compileCell(request.code, {
    constraints: request.constraints,
    inputNames: request.inputNames,
  });
  if (!result.ok) {
    post({ type: "prepared", ok: false, error: result.error });
    return;
  }
  try {
    loaded = await loadModule(result.source);
  } catch (error) {
    post({ type: "prepared", ok: false, error: engineSyntaxError(error) });
    return;
  }
  compiled = result;
  post({
    type: "prepared",
    ok: true,
    violations: result.violations,
    typescript: result.typescript,
  });
}

/**
 * Runs the cell on one set of data. `done` is posted from the callback, never through a
 * promise resolved with our objects (an `Object.prototype.then` of the cell's would see it).
 */
function runOnce(inputs: Inputs): void {
  if (!compiled || !loaded) {
    busy = false;
    return;
  }
  report = (entry) => post({ type: "log", entry });
  void runInto(
    compiled,
    loaded,
    {
      tf,
      inputs,
      frameAt,
      onLog: report,
      onViolation: (violation) => post({ type: "violation", violation }),
      onCall: (pattern) => post({ type: "called", pattern }),
      onStart: () => post({ type: "start" }),
      installConsole,
    },
    (evaluation) => {
      post({ type: "done", evaluation });
      busy = false;
    },
  );
}

scope.addEventListener("message", (event) => {
  // Only the page's messages: the cell can dispatch synthetic events, never trusted ones.
  if (!event.isTrusted || busy) return;
  const request = event.data;
  busy = true;
  if (request?.type === "prepare" && compiled === null) {
    void prepareCell(request).finally(() => (busy = false));
  } else if (request?.type === "run") runOnce(request.inputs);
  else busy = false;
});

try {
  tf.enableProdMode();
  if (!(await tf.setBackend("cpu"))) throw new Error("TensorFlow.js no pudo iniciar el motor CPU");
  await tf.ready();
  lockDown();
  post({ type: "ready" });
} catch (error) {
  post({ type: "fatal", message: error instanceof Error ? error.message : String(error) });
}
