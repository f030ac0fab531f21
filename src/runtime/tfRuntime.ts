/**
 * The tfjs runtime: decides which backend runs the site's tensors.
 *
 * Order of preference: WebGPU, then WebGL, then WebAssembly (SIMD, binaries served by the site
 * itself), then plain JavaScript on the CPU. Each backend is tried for real (initialised and
 * asked to compute 1 + 1); every attempt is recorded with the reason it failed. `?backend=wasm`
 * (or webgpu, webgl, cpu) in the page's URL forces one. If the WebGPU device is lost during the
 * session, the runtime falls back to the next backend and tells its subscribers.
 *
 * Browser-only. Each backend's code is loaded (and registered with tfjs-core) only when it is
 * first tried: on a machine where WebGPU works, the page never downloads the WebGL, WASM and
 * CPU backends (about 660 KB of JavaScript) unless the student switches to them.
 */
import * as tf from "@tensorflow/tfjs-core";

export const BACKENDS = ["webgpu", "webgl", "wasm", "cpu"] as const;
export type BackendName = (typeof BACKENDS)[number];

export const BACKEND_LABELS: Record<BackendName, string> = {
  webgpu: "WebGPU",
  webgl: "WebGL",
  wasm: "WebAssembly",
  cpu: "CPU (JavaScript)",
};

export interface BackendAttempt {
  name: BackendName;
  ok: boolean;
  /** Why it could not be used, in Spanish; null when it works. */
  reason: string | null;
}

export interface RuntimeState {
  active: BackendName;
  attempts: BackendAttempt[];
  /** The backend named by `?backend=`, if any. */
  forced: BackendName | null;
  /** A Spanish message for the student when something did not go as asked (or null). */
  notice: string | null;
}

type Listener = (state: RuntimeState) => void;

const listeners = new Set<Listener>();
let state: RuntimeState | null = null;
let starting: Promise<RuntimeState> | null = null;

/** Loads a backend's module, which registers it with tfjs-core (once; later calls are free). */
const BACKEND_MODULES: Record<BackendName, () => Promise<unknown>> = {
  webgpu: () => import("@tensorflow/tfjs-backend-webgpu"),
  webgl: () => import("@tensorflow/tfjs-backend-webgl"),
  // A browser build of the WASM backend (scripts/vendor-tfjs-wasm.ts explains why), with its
  // binaries served by the site itself.
  wasm: () =>
    import("../vendor/tfjs-backend-wasm.js").then(({ setWasmPaths }) =>
      setWasmPaths({
        "tfjs-backend-wasm.wasm": import.meta
          .resolve("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm"),
        "tfjs-backend-wasm-simd.wasm": import.meta
          .resolve("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm"),
        "tfjs-backend-wasm-threaded-simd.wasm": import.meta
          .resolve("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm"),
      }),
    ),
  cpu: () => import("@tensorflow/tfjs-backend-cpu"),
};
const loading = new Map<BackendName, Promise<unknown>>();
const loadBackend = (name: BackendName) => {
  if (!loading.has(name)) loading.set(name, BACKEND_MODULES[name]());
  return loading.get(name)!;
};

/** The backend asked for in the URL (`?backend=webgl`), or null; unknown names are reported. */
export function backendFromUrl(search: string): {
  forced: BackendName | null;
  notice: string | null;
} {
  const value = new URLSearchParams(search).get("backend");
  if (value === null || value === "") return { forced: null, notice: null };
  const name = value.toLowerCase();
  if ((BACKENDS as readonly string[]).includes(name))
    return { forced: name as BackendName, notice: null };
  return {
    forced: null,
    notice: `El motor «${value}» no existe; usa uno de: ${BACKENDS.join(", ")}. Se eligió el mejor disponible.`,
  };
}

/** Why a backend cannot even be tried in this browser, or null if it can. */
async function precondition(name: BackendName): Promise<string | null> {
  if (name === "webgpu") {
    const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
    if (!gpu) return "este navegador no ofrece WebGPU (navigator.gpu no existe o está desactivado)";
    const adapter = await gpu.requestAdapter().catch(() => null);
    if (!adapter) return "WebGPU existe pero no hay ningún adaptador de GPU disponible";
  }
  if (name === "webgl") {
    const canvas = document.createElement("canvas");
    if (!canvas.getContext("webgl2") && !canvas.getContext("webgl")) {
      return "este navegador no puede crear un contexto WebGL";
    }
  }
  if (name === "wasm" && typeof WebAssembly !== "object") {
    return "este navegador no ejecuta WebAssembly";
  }
  return null;
}

/** Tries one backend for real; returns null on success or the Spanish reason it failed. */
async function tryBackend(name: BackendName): Promise<string | null> {
  const blocked = await precondition(name);
  if (blocked) return blocked;
  try {
    await loadBackend(name);
    if (!(await tf.setBackend(name)))
      return `TensorFlow.js no pudo inicializar ${BACKEND_LABELS[name]}`;
    await tf.ready();
    // tidy frees the two scalar inputs; only the sum outlives it.
    const two = tf.tidy(() => tf.add(tf.scalar(1), tf.scalar(1)));
    const [value] = await two.data();
    two.dispose();
    if (value !== 2) return `${BACKEND_LABELS[name]} calculó 1 + 1 = ${value}`;
    return null;
  } catch (error) {
    return `falló al inicializar: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Tries the backends from `order` in turn and activates the first that works. */
async function activateFirst(order: readonly BackendName[], attempts: BackendAttempt[]) {
  for (const name of order) {
    const reason = await tryBackend(name);
    attempts.push({ name, ok: reason === null, reason });
    if (reason === null) return name;
  }
  throw new Error("Ningún motor de TensorFlow.js funcionó en este navegador.");
}

function publish(next: RuntimeState): RuntimeState {
  state = next;
  for (const listener of listeners) listener(next);
  watchDeviceLoss(next);
  return next;
}

/**
 * When the WebGPU device is lost (driver reset, GPU removed, tab in the background too long),
 * fall back to the next backend that works and tell the subscribers. The site never destroys
 * the device itself, so any loss counts.
 */
function watchDeviceLoss(current: RuntimeState): void {
  if (current.active !== "webgpu") return;
  const backend = tf.backend() as unknown as { device?: { lost?: Promise<{ message?: string }> } };
  backend.device?.lost?.then(async (info) => {
    if (!state || state.active !== "webgpu") return;
    const detail = info?.message || "sin detalle";
    const attempts: BackendAttempt[] = [
      { name: "webgpu", ok: false, reason: `se perdió el dispositivo WebGPU (${detail})` },
    ];
    const active = await activateFirst(
      BACKENDS.filter((b) => b !== "webgpu"),
      attempts,
    );
    publish({
      ...state,
      active,
      attempts,
      notice: `Se perdió la GPU (WebGPU) durante la sesión; los cálculos siguen con ${BACKEND_LABELS[active]}.`,
    });
  });
}

/**
 * Starts the runtime once per page (later calls return the same promise): the URL's forced
 * backend first if there is one, then the preference order.
 */
export function initRuntime(search: string = location.search): Promise<RuntimeState> {
  starting ??= (async () => {
    const { forced, notice: urlNotice } = backendFromUrl(search);
    const attempts: BackendAttempt[] = [];
    let notice = urlNotice;
    const order = forced ? [forced, ...BACKENDS.filter((b) => b !== forced)] : BACKENDS;
    const active = await activateFirst(order, attempts);
    if (forced && active !== forced) {
      notice = `No se pudo usar el motor pedido (${BACKEND_LABELS[forced]}); se usa ${BACKEND_LABELS[active]}.`;
    }
    return publish({ active, attempts, forced, notice });
  })();
  return starting;
}

/** Switches to another backend on request (the device-placement section's buttons). */
export async function switchBackend(name: BackendName): Promise<RuntimeState> {
  const current = await initRuntime();
  const reason = await tryBackend(name);
  if (reason !== null) {
    await tf.setBackend(current.active);
    return publish({
      ...current,
      notice: `No se pudo cambiar a ${BACKEND_LABELS[name]}: ${reason}.`,
    });
  }
  const attempts = current.attempts
    .filter((a) => a.name !== name)
    .concat({ name, ok: true, reason: null });
  return publish({ ...current, active: name, attempts, notice: null });
}

/** Calls `listener` with the current state now (if started) and on every change; returns an unsubscribe. */
export function onRuntimeChange(listener: Listener): () => void {
  listeners.add(listener);
  if (state) listener(state);
  return () => listeners.delete(listener);
}

/**
 * For a page cell: `const runtimeState = Generators.observe(observeRuntime)` yields null while
 * the runtime starts, then every state (a fallback after a lost GPU included).
 */
export function observeRuntime(notify: (state: RuntimeState | null) => void): () => void {
  if (!state) notify(null);
  initRuntime();
  return onRuntimeChange(notify);
}

/**
 * Which backends this browser supports, tried one by one (the active one is restored after).
 * For the device-placement section: the tfjs counterpart of `tf.config.list_physical_devices`.
 */
export async function probeBackends(): Promise<BackendAttempt[]> {
  const current = await initRuntime();
  const results: BackendAttempt[] = [];
  for (const name of BACKENDS) {
    const reason = await tryBackend(name);
    results.push({ name, ok: reason === null, reason });
  }
  await tf.setBackend(current.active);
  return results;
}

export { tf };
