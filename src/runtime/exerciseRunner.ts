/**
 * Runs exercise cells off the main thread, in the sandbox worker (./exerciseWorker.ts), one
 * fresh worker per run so no state leaks from one run to the next. A spare worker is kept
 * warm (tfjs already loaded) so a run starts at once. A cell that does not finish within its
 * time limit is stopped by terminating its worker: the page never waits on student code.
 */
import type { Constraint } from "../lib/exercises/constraints.js";
import type { Evaluation, LogEntry } from "../lib/exercises/evaluate.js";
import type { RunRequest, WorkerMessage } from "./exerciseWorker.js";

/** How a run ended: the evaluation, or stopped by the time limit, or the worker died. */
export type RunOutcome =
  | Evaluation
  | { status: "timeout"; logs: LogEntry[]; limitMs: number }
  | { status: "crash"; message: string; logs: LogEntry[] };

export interface RunOptions {
  /** Milliseconds the cell may run (counted from when its code starts, not the worker's start). */
  timeLimitMs: number;
  constraints?: readonly Constraint[];
  /** Every printed line, as it happens. */
  onLog?: (entry: LogEntry) => void;
}

/** How long a worker may take to load tfjs before the run is given up. */
const STARTUP_LIMIT_MS = 60_000;

// The worker bundle (scripts/vendor-exercise-worker.ts); Framework rewrites this to its built URL.
const WORKER_URL = import.meta.resolve("../vendor/exercise-worker.js");

interface Sandbox {
  worker: Worker;
  /** Resolves once the worker posted `ready`; rejects with a Spanish reason if it cannot start. */
  ready: Promise<void>;
}

let spare: Sandbox | null = null;

function startSandbox(): Sandbox {
  const worker = new Worker(WORKER_URL, { type: "module", name: "ejercicios" });
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error("el entorno de ejecución tardó demasiado en iniciar")),
      STARTUP_LIMIT_MS,
    );
    const onMessage = (event: MessageEvent<WorkerMessage>) => {
      if (event.data.type === "ready") resolve();
      else if (event.data.type === "fatal") reject(new Error(event.data.message));
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
  ready.catch(() => worker.terminate());
  return { worker, ready };
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

/** Runs one cell in a fresh sandbox and reports how it ended; never rejects. */
export async function runCell(code: string, options: RunOptions): Promise<RunOutcome> {
  const sandbox = takeSandbox();
  const logs: LogEntry[] = [];
  try {
    await sandbox.ready;
  } catch (error) {
    warmUpLater();
    const why = error instanceof Error ? error.message : String(error);
    return {
      status: "crash",
      message: `No se pudo iniciar el entorno de ejecución: ${why}.`,
      logs,
    };
  }
  const outcome = await new Promise<RunOutcome>((resolve) => {
    const { worker } = sandbox;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (result: RunOutcome) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    worker.addEventListener("message", (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === "start") {
        timer = setTimeout(
          () => finish({ status: "timeout", logs, limitMs: options.timeLimitMs }),
          options.timeLimitMs,
        );
      } else if (message.type === "log") {
        logs.push(message.entry);
        options.onLog?.(message.entry);
      } else if (message.type === "done") {
        finish(message.evaluation);
      }
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      finish({
        status: "crash",
        message: `El entorno de ejecución se detuvo inesperadamente (${event.message || "sin detalle"}); quizá tu código pidió demasiada memoria.`,
        logs,
      });
    });
    worker.addEventListener("messageerror", () =>
      finish({ status: "crash", message: "No se pudo leer el resultado de tu código.", logs }),
    );
    const request: RunRequest = { type: "run", code, constraints: options.constraints ?? [] };
    worker.postMessage(request);
  });
  warmUpLater();
  return outcome;
}

/** Prepares the next spare once the page is idle, so it does not compete with the result's rendering. */
function warmUpLater(): void {
  setTimeout(warmUp, 50);
}
