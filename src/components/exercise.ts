/**
 * Exercise(spec, options) → an editable, sandboxed, auto-graded code cell.
 *
 * The student edits JavaScript or TypeScript in CodeMirror; «Ejecutar» (Ctrl/Cmd-Enter) shows
 * what the code printed and returned; «Comprobar» (Ctrl/Cmd-Shift-Enter) grades it with the
 * exercise's checker. The code runs in a worker (src/runtime/exerciseRunner.ts), never on the
 * page's thread, and is stopped at the time limit. Every edit is saved (debounced) per
 * exercise and version; an answer saved for an older version is offered, not mixed in.
 *
 * Test hooks: the root has `data-exercise="<id>"`, `data-status` ∈ {idle, running, pass,
 * fail, error, timeout} and `aria-busy="true"` while the code runs. Its id is `ej-<id>`.
 */
import { formatCount } from "../lib/format/formatCount.js";
import { capText, formatValue } from "../lib/exercises/formatValue.js";
import type { RunOutcome, Verdict } from "../lib/exercises/grade.js";
import type { LogEntry } from "../lib/exercises/evaluate.js";
import { describeInputs } from "../lib/exercises/inputs.js";
import { inlines as inlineCode, promptBlocks, type Inline } from "../lib/exercises/promptBlocks.js";
import {
  MAX_CODE_LENGTH,
  restore,
  type CheckStatus,
  type SavedExercise,
} from "../lib/exercises/savedWork.js";
import { DEFAULT_TIME_LIMIT_MS, type ExerciseSpec } from "../lib/exercises/types.js";
import { checkExercise } from "../runtime/checkExercise.js";
import { runCell, warmUp } from "../runtime/exerciseRunner.js";
import catalogSolutions from "../vendor/exercise-solutions.js";
import { createCodeEditor } from "./codeEditor.js";
import * as store from "./exerciseStore.js";
import { el } from "./dom.js";

export type ExerciseStatus = "idle" | "running" | "pass" | "fail" | "error" | "timeout";

export interface ExerciseOptions {
  /** The level of the exercise's title: 3 (default) under a page's h2 sections. */
  headingLevel?: 2 | 3 | 4;
}

const SAVE_DELAY_MS = 400;
/** What the page shows of the printed lines and of the returned value, at most. */
const LOG_CAP = { maxChars: 50_000, maxLines: 200 };
const VALUE_CAP = { maxChars: 20_000, maxLines: 300 };
const ICONS: Record<ExerciseStatus, string> = {
  idle: "",
  running: "…",
  pass: "✓",
  fail: "✗",
  error: "⚠",
  timeout: "⚠",
};
const IS_MAC = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = IS_MAC ? "⌘" : "Ctrl";

export function Exercise(spec: ExerciseSpec, options: ExerciseOptions = {}): HTMLElement {
  const id = `ej-${spec.id}`;
  const timeLimitMs = spec.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const entry = store.readEntry(spec.id, spec.version);
  const restored = restore(spec, entry.saved, store.otherVersions(spec.id, spec.version));
  let saved: SavedExercise | null = restored.current;
  let running = false;
  let hintsShown = 0;

  const root = el("article", {
    class: "exercise",
    id,
    "data-exercise": spec.id,
    "data-status": "idle",
  });
  root.setAttribute("aria-labelledby", `${id}-title`);

  // Header: title, progress badge, permalink.
  const title = el(
    `h${options.headingLevel ?? 3}`,
    { class: "exercise__title", id: `${id}-title` },
    spec.title,
  );
  const badge = el("span", { class: "exercise__badge" });
  const anchor = el(
    "a",
    { class: "exercise__anchor", href: `#${id}`, "aria-label": `Enlace a «${spec.title}»` },
    "#",
  );
  root.append(el("header", { class: "exercise__header" }, title, badge, anchor));

  const prompt = el("div", { class: "exercise__prompt" });
  for (const block of promptBlocks(spec.prompt)) {
    if (block.type === "paragraph") prompt.append(el("p", {}, ...renderInlines(block.inlines)));
    else
      prompt.append(
        el("ul", {}, ...block.items.map((item) => el("li", {}, ...renderInlines(item)))),
      );
  }
  if (spec.inputs) {
    prompt.append(
      el(
        "p",
        { class: "exercise__data" },
        ...renderInlines(
          inlineCode(
            `Datos ya definidos en tu código: ${describeInputs(spec.inputs.lecture)}. «Comprobar» también prueba tu código con otros datos, nuevos cada vez.`,
          ),
        ),
      ),
    );
  }
  root.append(prompt);

  // The notice for an answer saved for an earlier version of the exercise.
  const stale = el("div", {
    class: "exercise__notice",
    role: "group",
    "aria-label": "Código de una versión anterior",
  });
  stale.hidden = true;
  root.append(stale);

  // The editor and its visible label.
  const label = el(
    "p",
    { class: "exercise__label", id: `${id}-label` },
    "Tu código (JavaScript o TypeScript)",
  );
  const keys = el(
    "p",
    { class: "exercise__keys", id: `${id}-keys` },
    `${MOD} + Enter ejecuta · ${MOD} + Shift + Enter comprueba · Tab indenta; Esc y luego Tab sale del editor`,
  );
  const editor = createCodeEditor(restored.code, {
    labelledBy: label.id,
    describedBy: keys.id,
    onChange: scheduleSave,
    onRun: () => void execute("run"),
    onCheck: () => void execute("check"),
    onFocus: warmUp,
  });
  root.append(label, editor.element, keys);

  // Toolbar.
  const runButton = button("Ejecutar", "exercise__run", () => execute("run"));
  const checkButton = button("Comprobar", "exercise__check", () => execute("check"));
  const hintButton = button("", "exercise__hint-button", showHint);
  const resetButton = button("Empezar de nuevo", "exercise__reset", openConfirm);
  runButton.title = `${MOD} + Enter`;
  checkButton.title = `${MOD} + Shift + Enter`;
  root.append(
    el("div", { class: "exercise__toolbar" }, runButton, checkButton, hintButton, resetButton),
  );

  // «Empezar de nuevo» asks first, in the page.
  const confirmText = el(
    "p",
    { id: `${id}-confirm` },
    "¿Borrar tu código y volver al código inicial? (Justo después puedes deshacerlo con ",
    el("kbd", {}, `${MOD} + Z`),
    " en el editor.)",
  );
  const confirmYes = button("Sí, empezar de nuevo", "exercise__confirm-yes", () => {
    closeConfirm();
    resetCode();
  });
  const confirmNo = button("Cancelar", "exercise__confirm-no", () => {
    closeConfirm();
    resetButton.focus();
  });
  const confirm = el(
    "div",
    { class: "exercise__confirm", role: "group", "aria-labelledby": confirmText.id },
    confirmText,
    confirmYes,
    confirmNo,
  );
  confirm.hidden = true;
  confirm.addEventListener("keydown", (event) => {
    if (event.key === "Escape") confirmNo.click();
  });
  root.append(confirm);

  // Status (announced) and output.
  const status = el("div", { class: "exercise__status", role: "status", "aria-live": "polite" });
  const logs = el("pre", {
    class: "exercise__logs",
    tabindex: "0",
    "aria-label": "Lo que imprimió tu código",
  });
  const value = el("pre", {
    class: "exercise__value",
    tabindex: "0",
    "aria-label": "Lo que devolvió tu código",
  });
  const output = el(
    "div",
    { class: "exercise__output" },
    el("p", { class: "exercise__output-title" }, "Salida (console.log)"),
    logs,
    el("p", { class: "exercise__output-title" }, "Valor devuelto (return)"),
    value,
  );
  output.hidden = true;
  const hints = el("ol", { class: "exercise__hints", "aria-label": "Pistas" });
  hints.hidden = true;
  root.append(hints, status, output);

  // The solution, on request; an evaluation build has none (scripts/build.ts --sin-soluciones).
  const referenceSolution = spec.solution ?? catalogSolutions[spec.id];
  if (referenceSolution !== undefined) {
    const solutionCode = el(
      "pre",
      { class: "exercise__solution-code" },
      el("code", {}, referenceSolution),
    );
    const copySolution = button("Copiar la solución al editor", "exercise__copy", () => {
      editor.setCode(referenceSolution);
      setStatus(
        "idle",
        `Se copió la solución al editor (${MOD} + Z la deshace). Pruébala con «Ejecutar».`,
      );
      editor.focus();
    });
    root.append(
      el(
        "details",
        { class: "exercise__solution" },
        el("summary", {}, "Ver la solución"),
        solutionCode,
        copySolution,
      ),
    );
  }

  const storageNote = el("p", { class: "exercise__storage", role: "alert" });
  storageNote.hidden = true;
  root.append(storageNote);

  updateHintButton();
  updateBadge();
  if (restored.stale) showStale(restored.stale);
  if (entry.problem !== null) showUnreadable(entry.problem, entry.raw, entry.saved !== null);
  // A link to #ej-<id> from another page arrives before this cell exists: scroll once it does.
  requestAnimationFrame(() => {
    if (root.isConnected && decodeURIComponent(location.hash) === `#${id}`) root.scrollIntoView();
  });

  // Saving: debounced on every edit, flushed when the page is hidden or left.
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  function scheduleSave(code: string) {
    pending = code;
    clearTimeout(timer);
    timer = setTimeout(flush, SAVE_DELAY_MS);
  }
  function flush() {
    clearTimeout(timer);
    if (pending === null) return;
    const code = pending;
    pending = null;
    persist({ code });
  }
  addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flush();
  });

  function persist(change: Partial<SavedExercise>) {
    const next: SavedExercise = {
      version: spec.version,
      code: saved?.code ?? editor.getCode(),
      solved: saved?.solved ?? false,
      lastCheck: saved?.lastCheck ?? null,
      title: spec.title,
      ...change,
      updatedAt: new Date().toISOString(),
    };
    saved = next;
    const result = store.save(spec.id, next);
    storageNote.hidden = result === "ok";
    if (result === "failed") {
      storageNote.textContent =
        "No se pudo guardar tu código en este navegador (el almacenamiento está lleno o desactivado). " +
        "Tu código sigue en el editor: cópialo o exporta tu trabajo desde «Mis ejercicios» para no perderlo.";
    } else if (result === "too-long") {
      storageNote.textContent =
        `Tu código tiene ${formatCount(next.code.length)} caracteres y el navegador guarda como máximo ` +
        `${formatCount(MAX_CODE_LENGTH)} por ejercicio: no se guardó este cambio. Tu código sigue en el editor; acórtalo o cópialo a otro lugar.`;
    }
    updateBadge();
  }

  // Another tab or an import changed this exercise: show it.
  store.onStoreChange((change) => {
    if (change.source === "local" || (change.id !== null && change.id !== spec.id)) return;
    const fresh = store.loadSaved(spec.id, spec.version);
    if (fresh === null) return;
    saved = fresh;
    updateBadge();
    if (fresh.code !== editor.getCode() && (change.source === "import" || pending === null)) {
      editor.setCode(fresh.code);
      pending = null;
      clearTimeout(timer);
      if (change.source === "import") setStatus("idle", "Se cargó el código importado.");
    }
  });

  async function execute(mode: "run" | "check") {
    if (running) return;
    running = true;
    flush();
    const code = editor.getCode();
    root.setAttribute("aria-busy", "true");
    runButton.disabled = checkButton.disabled = true;
    setStatus(
      "running",
      mode === "check"
        ? `Comprobando${spec.inputs ? ", también con otros datos" : ""}… (cada corrida se detiene a los ${seconds(timeLimitMs)} s)`
        : `Ejecutando… (se detiene a los ${seconds(timeLimitMs)} s)`,
    );
    logs.replaceChildren();
    logText = "";
    value.textContent = "";
    output.hidden = false;
    editor.markLine(null);
    try {
      let outcomes: readonly RunOutcome[];
      let verdict: Verdict | null = null;
      if (mode === "check") {
        const result = await checkExercise(spec, code, {
          onLog: appendLog,
          solution: referenceSolution,
        });
        outcomes = result.outcomes;
        verdict = result.verdict;
      } else {
        outcomes = await runCell(code, {
          timeLimitMs,
          constraints: spec.constraints,
          inputSets: [spec.inputs?.lecture ?? {}],
          onLog: appendLog,
        });
      }
      const first = outcomes[0];
      if (logs.childNodes.length === 0) logs.textContent = "(nada)";
      showValue(first);
      if (verdict) showVerdict(verdict, first);
      else showRun(first);
    } finally {
      running = false;
      runButton.disabled = checkButton.disabled = false;
      root.removeAttribute("aria-busy");
    }
  }

  function showValue(outcome: RunOutcome) {
    if (outcome.status === "ok") {
      value.textContent =
        outcome.value.kind === "undefined"
          ? "(nada: tu código no termina con `return`)"
          : capText(formatValue(outcome.value), VALUE_CAP);
    } else {
      value.textContent = "(ninguno: tu código se detuvo antes de devolver algo)";
    }
  }

  function showRun(outcome: RunOutcome) {
    if (outcome.status === "ok" && outcome.violations.length === 0) {
      setStatus(
        "idle",
        `Se ejecutó en ${outcome.ms < 1 ? "menos de 1" : Math.round(outcome.ms)} ms. Usa «Comprobar» para calificarlo.`,
      );
    } else if (outcome.status === "ok") {
      setStatus("fail", outcome.violations[0].message);
    } else showProblem(outcome);
  }

  function showVerdict(verdict: Verdict, first: RunOutcome) {
    markError(first);
    setStatus(verdict.status, verdict.message);
    persist({
      lastCheck: verdict.status as CheckStatus,
      solved: (saved?.solved ?? false) || verdict.status === "pass",
    });
  }

  /** «Ejecutar» that did not end normally: why, the run's own problem before any rule. */
  function showProblem(outcome: Exclude<RunOutcome, { status: "ok" }>) {
    if (outcome.status === "error" && outcome.error.kind !== "rule") {
      setStatus("error", outcome.error.message);
    } else if (outcome.status === "timeout") {
      setStatus(
        "timeout",
        `Tu código tardó más de ${seconds(outcome.limitMs)} s y se detuvo. ¿Hay un ciclo que nunca ` +
          "termina (por ejemplo, un `while` cuya condición siempre se cumple), o un `await` que nunca se resuelve?",
      );
    } else if (outcome.status === "crash") {
      setStatus("error", outcome.message);
    } else if (outcome.violations.length > 0) {
      setStatus("fail", outcome.violations[0].message);
    } else {
      setStatus("error", outcome.error.message);
    }
    markError(outcome);
  }

  function markError(outcome: RunOutcome) {
    if (outcome.status === "error" && outcome.error.line !== null)
      editor.markLine(outcome.error.line);
  }

  let logText = "";
  function appendLog(entry: LogEntry) {
    if (logText.length >= LOG_CAP.maxChars || logs.childNodes.length >= LOG_CAP.maxLines) {
      if (!logs.lastElementChild?.classList.contains("exercise__log--cut")) {
        logs.append(el("span", { class: "exercise__log exercise__log--cut" }, "… (recortado)\n"));
      }
      return;
    }
    const text = capText(entry.text, {
      maxChars: LOG_CAP.maxChars - logText.length,
      maxLines: LOG_CAP.maxLines - logs.childNodes.length,
    });
    logText += text;
    logs.append(el("span", { class: `exercise__log exercise__log--${entry.level}` }, `${text}\n`));
  }

  function setStatus(next: ExerciseStatus, message: string) {
    root.dataset.status = next;
    status.dataset.status = next;
    status.replaceChildren();
    if (message === "") return;
    if (ICONS[next])
      status.append(el("span", { class: "exercise__icon", "aria-hidden": "true" }, ICONS[next]));
    status.append(...renderInlines(inlineCode(message)));
  }

  function showHint() {
    if (hintsShown >= spec.hints.length) return;
    hints.hidden = false;
    hints.append(el("li", {}, ...renderInlines(inlineCode(spec.hints[hintsShown]))));
    hintsShown++;
    updateHintButton();
  }

  function updateHintButton() {
    const n = spec.hints.length;
    hintButton.textContent =
      hintsShown >= n
        ? "No hay más pistas"
        : `${hintsShown === 0 ? "Pista" : "Otra pista"} (${hintsShown + 1} de ${n})`;
    hintButton.disabled = hintsShown >= n;
  }

  function updateBadge() {
    const solved = saved?.solved ?? false;
    badge.textContent = solved ? "✓ Resuelto" : "";
    badge.hidden = !solved;
  }

  function openConfirm() {
    confirm.hidden = false;
    confirmNo.focus();
  }

  function closeConfirm() {
    confirm.hidden = true;
  }

  function resetCode() {
    editor.setCode(spec.starter);
    flush();
    persist({ code: spec.starter, lastCheck: null });
    logs.replaceChildren();
    value.textContent = "";
    output.hidden = true;
    setStatus("idle", "Se restauró el código inicial.");
    editor.focus();
  }

  /**
   * Says that what was saved for this exercise could not be read as it was (and why). With
   * its code recovered, the rest was dropped; without it, the raw text is kept under a
   * backup key before the next save replaces it, and shown so it can be copied.
   */
  function showUnreadable(problem: string, raw: string | null, recovered: boolean) {
    const notice = el("div", {
      class: "exercise__notice exercise__notice--unreadable",
      role: "alert",
    });
    if (recovered) {
      notice.append(
        el(
          "p",
          {},
          `Lo que había guardado de este ejercicio tenía datos que no se pudieron leer (${problem}). ` +
            "Se recuperó tu código; el estado de «Comprobar» vuelve a empezar.",
        ),
      );
    } else {
      const backup = raw === null ? null : store.backupEntry(spec.id, spec.version, raw);
      notice.append(
        el(
          "p",
          {},
          `Lo que había guardado de este ejercicio no se pudo leer (${problem}), así que el editor muestra el código inicial. ` +
            (backup
              ? "Se guardó una copia de ese texto en este navegador; aquí está, por si quieres recuperar algo:"
              : "Este es el texto que había, por si quieres recuperar algo:"),
        ),
      );
      if (raw !== null) {
        const copy = button("Copiar ese texto al editor", "exercise__unreadable-copy", () => {
          editor.setCode(raw);
          notice.hidden = true;
          setStatus("idle", `Se copió el texto guardado al editor (${MOD} + Z lo deshace).`);
          editor.focus();
        });
        notice.append(
          el(
            "details",
            {},
            el("summary", {}, "Ver el texto guardado"),
            el("pre", {}, el("code", {}, capText(raw, VALUE_CAP))),
          ),
          el("div", { class: "exercise__toolbar" }, copy),
        );
      }
    }
    stale.before(notice);
  }

  function showStale(old: SavedExercise) {
    const when = new Date(old.updatedAt).toLocaleString("es");
    const useOld = button("Usar mi código anterior", "exercise__stale-use", () => {
      editor.setCode(old.code);
      flush();
      persist({ code: old.code });
      store.remove(spec.id, old.version);
      stale.hidden = true;
      setStatus("idle", "Se cargó tu código anterior: revisa que responda al enunciado actual.");
      editor.focus();
    });
    const discard = button("Descartar el código anterior", "exercise__stale-discard", () => {
      store.remove(spec.id, old.version);
      stale.hidden = true;
      setStatus("idle", "Se descartó el código anterior.");
      editor.focus();
    });
    stale.replaceChildren(
      el(
        "p",
        {},
        `Este ejercicio cambió desde que guardaste tu código (${when}, versión ${old.version}; ahora es la versión ${spec.version}). ` +
          "El editor muestra el código inicial nuevo; tu código anterior sigue guardado:",
      ),
      el(
        "details",
        {},
        el("summary", {}, "Ver el código anterior"),
        el("pre", {}, el("code", {}, old.code)),
      ),
      el("div", { class: "exercise__toolbar" }, useOld, discard),
    );
    stale.hidden = false;
  }

  return root;
}

function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10); // a decimal point, as everywhere on the site
}

function renderInlines(inlines: readonly Inline[]): Node[] {
  return inlines.map((inline) =>
    inline.code ? el("code", {}, inline.text) : document.createTextNode(inline.text),
  );
}

function button(text: string, className: string, onClick: () => void): HTMLButtonElement {
  const b = el("button", { type: "button", class: className }, text) as HTMLButtonElement;
  b.addEventListener("click", onClick);
  return b;
}
