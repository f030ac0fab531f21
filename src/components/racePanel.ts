/**
 * RacePanel({getN, refuse, run, describe}) → the race's controls: a start button, a cancel
 * button, a labelled progress bar and a status line (role="status", announced politely).
 * A custom input: `.value` is the list of finished races (oldest first), and the panel
 * dispatches `input` when one more finishes. While a race runs the panel is aria-busy.
 *
 * The race itself is the page's `run(n, control)`: it must await `control.pause()` (or
 * yieldToPage) between chunks of work and stop when `control.signal` is aborted.
 */
export interface RaceControl {
  signal: AbortSignal;
  /** Reports progress: a fraction in [0, 1] and what is being done, in Spanish. */
  progress(fraction: number, text: string): void;
}

export interface RacePanelOptions<R> {
  /** Reads n when the button is pressed (the slider can move during a race). */
  getN(): number;
  /** The memory guard: a Spanish message if n may not run, otherwise null. */
  refuse(n: number): string | null;
  run(n: number, control: RaceControl): Promise<R>;
  /** The status line after a race, e.g. «Carrera terminada: …». */
  describe(result: R): string;
}

/** Lets the page paint and handle input: resolves in a fresh task (no 4 ms timer clamp). */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

let counter = 0;

export function RacePanel<R>(options: RacePanelOptions<R>): HTMLElement & { value: R[] } {
  const id = `race-panel-${++counter}`;
  const root = document.createElement("div") as unknown as HTMLElement & { value: R[] };
  root.className = "vz-race-panel";
  root.value = [];
  root.innerHTML = `<div class="vz-race-panel__buttons">
  <button type="button" class="vz-race-panel__start">Correr la carrera</button>
  <button type="button" class="vz-race-panel__cancel" disabled>Cancelar</button>
</div>
<div class="vz-race-panel__progress">
  <label for="${id}-bar">Progreso de la carrera: <span class="vz-race-panel__step">sin correr todavía</span></label>
  <progress id="${id}-bar" max="1" value="0"></progress>
</div>
<p class="vz-race-panel__status" role="status" aria-live="polite"></p>`;
  const start = root.querySelector<HTMLButtonElement>(".vz-race-panel__start")!;
  const cancel = root.querySelector<HTMLButtonElement>(".vz-race-panel__cancel")!;
  const bar = root.querySelector("progress")!;
  const step = root.querySelector<HTMLElement>(".vz-race-panel__step")!;
  const status = root.querySelector<HTMLElement>(".vz-race-panel__status")!;
  let controller: AbortController | null = null;

  const setRunning = (running: boolean) => {
    start.disabled = running;
    cancel.disabled = !running;
    if (running) root.setAttribute("aria-busy", "true");
    else root.removeAttribute("aria-busy");
  };

  start.addEventListener("click", async () => {
    const n = options.getN();
    const refusal = options.refuse(n);
    if (refusal) {
      status.textContent = refusal;
      status.classList.add("vz-error");
      return;
    }
    status.classList.remove("vz-error");
    controller = new AbortController();
    const signal = controller.signal;
    setRunning(true);
    status.textContent = "Carrera en marcha…";
    bar.value = 0;
    try {
      const result = await options.run(n, {
        signal,
        progress(fraction, text) {
          bar.value = Math.min(1, Math.max(0, fraction));
          step.textContent = text;
        },
      });
      bar.value = 1;
      step.textContent = "terminada";
      status.textContent = options.describe(result);
      root.value = [...root.value, result];
      root.dispatchEvent(new Event("input", { bubbles: true }));
    } catch (error) {
      if (signal.aborted) {
        step.textContent = "cancelada";
        status.textContent = "Carrera cancelada; los resultados anteriores siguen abajo.";
      } else {
        step.textContent = "interrumpida";
        status.classList.add("vz-error");
        status.textContent = `La carrera se interrumpió: ${error instanceof Error ? error.message : String(error)}`;
      }
    } finally {
      controller = null;
      const hadFocus = document.activeElement === cancel;
      setRunning(false);
      // The cancel button is now disabled: give the keyboard focus somewhere useful.
      if (hadFocus) start.focus();
    }
  });
  cancel.addEventListener("click", () => {
    controller?.abort();
    step.textContent = "cancelando…";
  });
  return root;
}
