/**
 * Runs exercise cells off the main thread, in the sandbox worker (./exerciseWorker.ts): one
 * fresh worker per «Ejecutar» or «Comprobar», so nothing a cell does reaches the next one. A
 * spare worker is kept warm (tfjs already loaded) so a run starts at once. A cell that does
 * not finish within its time limit is stopped by terminating its worker: the page never
 * waits on student code.
 *
 * The workers start inside a hidden frame whose document has a Content-Security-Policy
 * (`connect-src 'none'`, scripts only from blob: URLs, so no `eval`): a worker made from a
 * blob: URL inherits the policy of the document that creates it. The policy travels with the
 * page, so it holds on any static host and in `npm run dev`, with no server header.
 *
 * The page takes from the worker only what the worker's own code reported: the rules broken
 * while running and the calls watched (posted as they happen), and the result, re-checked
 * (lib/exercises/sanitize.ts). The verdict is computed here, never in the worker.
 */
import type { Constraint, Violation } from "../lib/exercises/constraints.js";
import type { Evaluation, LogEntry } from "../lib/exercises/evaluate.js";
import type { RunOutcome } from "../lib/exercises/grade.js";
import type { Inputs } from "../lib/exercises/inputs.js";
import { callViolations } from "../lib/exercises/runRules.js";
import {
  sanitizeCodeError,
  sanitizeLog,
  sanitizeValue,
  sanitizeViolation,
} from "../lib/exercises/sanitize.js";
import type { WorkerMessage, WorkerRequest } from "./exerciseWorker.js";

export type { RunOutcome };

export interface RunOptions {
  /** Milliseconds each run may take (counted from when its code starts, not the worker's start). */
  timeLimitMs: number;
  constraints?: readonly Constraint[];
  /** The data sets to run on, in order (default: one run with no data). */
  inputSets?: readonly Inputs[];
  /** Every line the first run prints, as it happens. */
  onLog?: (entry: LogEntry) => void;
}

/** How long a worker may take to load tfjs before the run is given up. */
const STARTUP_LIMIT_MS = 60_000;
/** Printed lines the page accepts from one run; the worker sends at most 201. */
const MAX_LOG_MESSAGES = 250;

/** The policy of the sandbox frame, inherited by every worker it starts. */
export const SANDBOX_POLICY =
  "default-src 'none'; script-src blob:; worker-src blob:; connect-src 'none'";

// The worker bundle (scripts/vendor-exercise-worker.ts); Framework rewrites this to its built URL.
const WORKER_URL = import.meta.resolve("../vendor/exercise-worker.js");

/** A worker that posted `ready`, or the Spanish reason why it could not start. */
type Sandbox = Promise<Worker>;

let spare: Sandbox | null = null;
let frame: Promise<{ Worker: typeof Worker; url: string }> | null = null;

/** The hidden frame with the sandbox's policy, and the worker bundle as a blob: URL in it. */
function sandboxFrame(): Promise<{ Worker: typeof Worker; url: string }> {
  frame ??= (async () => {
    const iframe = document.createElement("iframe");
    iframe.hidden = true;
    iframe.tabIndex = -1;
    iframe.title = "Entorno aislado de los ejercicios";
    iframe.setAttribute("aria-hidden", "true");
    iframe.dataset.exerciseSandbox = "";
    iframe.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${SANDBOX_POLICY}"><title>Entorno aislado</title>`;
    const loaded = new Promise((resolve) =>
      iframe.addEventListener("load", resolve, { once: true }),
    );
    document.body.append(iframe);
    const response = await fetch(WORKER_URL);
    if (!response.ok) throw new Error(`no se pudo descargar (${response.status})`);
    const source = await response.text();
    await loaded;
    const win = iframe.contentWindow as (Window & typeof globalThis) | null;
    if (!win) throw new Error("no se pudo crear el marco aislado");
    const url = win.URL.createObjectURL(new win.Blob([source], { type: "text/javascript" }));
    return { Worker: win.Worker, url };
  })();
  frame.catch(() => (frame = null));
  return frame;
}

function startSandbox(): Sandbox {
  const started = (async () => {
    const { Worker: SandboxWorker, url } = await sandboxFrame();
    const worker = new SandboxWorker(url, { type: "module", name: "ejercicios" });
    try {
      await whenReady(worker);
    } catch (error) {
      worker.terminate();
      throw error;
    }
    return worker;
  })();
  started.catch(() => {}); // A spare nobody takes may fail quietly; a taken one reports.
  return started;
}

function whenReady(worker: Worker): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error("el entorno de ejecución tardó demasiado en iniciar")),
      STARTUP_LIMIT_MS,
    );
    const onMessage = (event: MessageEvent<WorkerMessage>) => {
      if (event.data?.type === "ready") resolve();
      else if (event.data?.type === "fatal") reject(new Error(String(event.data.message)));
      else return;
      clearTimeout(timer);
      worker.removeEventListener("message", onMessage);
    };
    worker.addEventListener("message", onMessage);
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      clearTimeout(timer);
      reject(new Error(event.message || "no se pudo cargar el entorno de ejecución"));
    });
  });
}

/** Starts a spare sandbox in the background if there is none (e.g. when an editor gets focus). */
export function warmUp(): void {
  spare ??= startSandbox();
}

function takeSandbox(): Sandbox {
  const sandbox = spare ?? startSandbox();
  spare = null;
  return sandbox;
}

/**
 * Runs one cell in a fresh sandbox on each data set in turn and reports how each run ended
 * (stopping after the first that did not end normally); never rejects.
 */
export async function runCell(code: string, options: RunOptions): Promise<RunOutcome[]> {
  let worker: Worker;
  try {
    worker = await takeSandbox();
  } catch (error) {
    warmUpLater();
    const why = error instanceof Error ? error.message : String(error);
    return [
      {
        status: "crash",
        message: `No se pudo iniciar el entorno de ejecución: ${why}.`,
        logs: [],
        violations: [],
      },
    ];
  }
  try {
    return await session(worker, code, options);
  } finally {
    worker.terminate();
    warmUpLater();
  }
}

/** Drives one worker through `prepare` and the runs; every message is re-checked. */
function session(worker: Worker, code: string, options: RunOptions): Promise<RunOutcome[]> {
  const constraints = options.constraints ?? [];
  const sets = options.inputSets?.length ? options.inputSets : [{}];
  const inputNames = Object.keys(sets[0]);
  const outcomes: RunOutcome[] = [];
  let staticViolations: Violation[] = [];
  let typescript = false;
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let logs: LogEntry[] = [];
    let runtime: Violation[] = [];
    let called: string[] = [];
    let logMessages = 0;
    let finished = false;
    const violations = () => [
      ...staticViolations,
      ...runtime,
      ...callViolations(constraints, called, staticViolations),
    ];
    const finish = () => {
      finished = true;
      clearTimeout(timer);
      resolve(outcomes);
    };
    const end = (outcome: RunOutcome) => {
      clearTimeout(timer);
      outcomes.push(outcome);
      if (outcome.status !== "ok" || outcomes.length === sets.length) finish();
      else next();
    };
    const next = () => {
      logs = [];
      runtime = [];
      called = [];
      logMessages = 0;
      send({ type: "run", inputs: sets[outcomes.length] });
    };
    const send = (request: WorkerRequest) => worker.postMessage(request);
    worker.addEventListener("message", (event: MessageEvent<WorkerMessage>) => {
      if (finished) return;
      const message = event.data as (Partial<WorkerMessage> & Record<string, unknown>) | null;
      switch (message?.type) {
        case "prepared":
          if (message.ok) {
            staticViolations = (
              Array.isArray(message.violations) ? (message.violations as unknown[]) : []
            )
              .map(sanitizeViolation)
              .filter((v): v is Violation => v !== null);
            typescript = message.typescript === true;
            next();
          } else {
            end({
              status: "error",
              error: sanitizeCodeError(message.error),
              logs: [],
              violations: [],
              called: [],
            });
          }
          break;
        case "start":
          timer = setTimeout(
            () =>
              end({
                status: "timeout",
                logs,
                violations: violations(),
                limitMs: options.timeLimitMs,
              }),
            options.timeLimitMs,
          );
          break;
        case "log": {
          const entry = sanitizeLog(message.entry);
          if (entry && ++logMessages <= MAX_LOG_MESSAGES) {
            logs.push(entry);
            if (outcomes.length === 0) options.onLog?.(entry);
          }
          break;
        }
        case "violation": {
          const violation = sanitizeViolation(message.violation);
          if (violation && runtime.length < 10) runtime.push(violation);
          break;
        }
        case "called":
          if (typeof message.pattern === "string" && called.length < 20)
            called.push(message.pattern);
          break;
        case "done":
          end(checked(message.evaluation, logs, violations(), called, typescript));
          break;
      }
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      if (finished) return;
      end({
        status: "crash",
        message: `El entorno de ejecución se detuvo inesperadamente (${event.message || "sin detalle"}); quizá tu código pidió demasiada memoria.`,
        logs,
        violations: violations(),
      });
    });
    worker.addEventListener("messageerror", () => {
      if (!finished) {
        end({
          status: "crash",
          message: "No se pudo leer el resultado de tu código.",
          logs,
          violations: violations(),
        });
      }
    });
    send({ type: "prepare", code, constraints, inputNames });
  });
}

/**
 * The evaluation the page keeps from a `done`: status, value and error re-checked; the logs,
 * broken rules and watched calls are the ones reported while the cell ran, not the copy in
 * `done` (which was built after the cell ran, in its realm).
 */
function checked(
  x: unknown,
  logs: LogEntry[],
  violations: Violation[],
  called: string[],
  typescript: boolean,
): Evaluation {
  const evaluation = (typeof x === "object" && x !== null ? x : {}) as Record<string, unknown>;
  if (evaluation.status === "ok") {
    return {
      status: "ok",
      value: sanitizeValue(evaluation.value),
      logs,
      violations,
      called,
      typescript,
      ms: typeof evaluation.ms === "number" ? evaluation.ms : 0,
    };
  }
  return {
    status: "error",
    error: sanitizeCodeError(evaluation.error),
    logs,
    violations,
    called,
  };
}

/** Prepares the next spare once the page is idle, so it does not compete with the result's rendering. */
function warmUpLater(): void {
  setTimeout(warmUp, 50);
}
