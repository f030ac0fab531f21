/**
 * The exercises' sandbox: a module Web Worker that runs one student cell and is then thrown
 * away (src/runtime/exerciseRunner.ts starts it, times it, and terminates it).
 *
 * It has TensorFlow.js on the CPU backend (chained ops and gradients registered) and nothing
 * of the page: no DOM, no localStorage, no cookies. Before any cell runs it also removes the
 * worker's own ways out (fetch, XMLHttpRequest, WebSocket, importScripts, IndexedDB…), and
 * evaluate() refuses `import()`. Everything the cell prints goes to the page, never to the
 * browser's console.
 *
 * Protocol: the worker posts `ready` once tfjs works; the page posts one `run`; the worker
 * answers `start` (the time limit starts now), any number of `log`, then `done`.
 */
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops.js";
import "@tensorflow/tfjs-core/dist/register_all_gradients.js";
import "@tensorflow/tfjs-backend-cpu";
import type { Constraint } from "../lib/exercises/constraints.js";
import {
  evaluate,
  type CapturedConsole,
  type Evaluation,
  type LogEntry,
} from "../lib/exercises/evaluate.js";

/** What the page sends: the cell and the exercise's constraints. */
export interface RunRequest {
  type: "run";
  code: string;
  constraints: readonly Constraint[];
}

/** What the worker sends back. */
export type WorkerMessage =
  | { type: "ready" }
  | { type: "fatal"; message: string }
  | { type: "start" }
  | { type: "log"; entry: LogEntry }
  | { type: "done"; evaluation: Evaluation };

interface WorkerScope {
  postMessage(message: WorkerMessage): void;
  addEventListener(type: "message", listener: (event: MessageEvent<RunRequest>) => void): void;
  addEventListener(
    type: "error" | "unhandledrejection",
    listener: (event: Event & { message?: string; reason?: unknown }) => void,
  ): void;
  console: Console;
}

const scope = self as unknown as WorkerScope;
const post = scope.postMessage.bind(scope);

/** Globals a cell has no business with: network, storage, other workers, the messaging port. */
const REMOVED = [
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "WebTransport",
  "EventSource",
  "importScripts",
  "indexedDB",
  "caches",
  "BroadcastChannel",
  "Worker",
  "SharedWorker",
  "postMessage",
];

function lockDown(): void {
  for (const name of REMOVED) {
    try {
      Object.defineProperty(scope, name, {
        value: undefined,
        writable: false,
        configurable: false,
      });
    } catch {
      // Not every browser has every one of these; what cannot be redefined stays.
    }
  }
}

// Errors the cell leaves behind (a throw in a setTimeout, a rejected promise) are reported to
// the page as printed errors instead of reaching the browser's console.
let report: ((entry: LogEntry) => void) | null = null;
scope.addEventListener("error", (event) => {
  event.preventDefault();
  report?.({ level: "error", text: `Error no capturado: ${event.message ?? "desconocido"}` });
});
scope.addEventListener("unhandledrejection", (event) => {
  event.preventDefault();
  const reason = event.reason instanceof Error ? event.reason.message : String(event.reason);
  report?.({ level: "error", text: `Promesa rechazada sin capturar: ${reason}` });
});

/** Points the global console at the cell's capture, so `self.console.log` is captured too. */
function installConsole(captured: CapturedConsole): () => void {
  const original = { ...scope.console };
  Object.assign(scope.console, captured);
  return () => Object.assign(scope.console, original);
}

let busy = false;
scope.addEventListener("message", async (event) => {
  const request = event.data;
  if (request?.type !== "run" || busy) return;
  busy = true;
  report = (entry) => post({ type: "log", entry });
  const evaluation = await evaluate(request.code, {
    tf,
    constraints: request.constraints,
    onLog: report,
    onStart: () => post({ type: "start" }),
    installConsole,
  });
  post({ type: "done", evaluation });
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
