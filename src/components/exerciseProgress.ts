/**
 * MisEjercicios(sections) → «Mis ejercicios»: the student's progress on every exercise, by
 * section, with links to each one (#ej-<id>), and the export and import of their work as a
 * JSON file (validated; errors in Spanish; an import that would replace code asks first).
 * It follows the store, so it updates as the student works, here or in another tab.
 */
import {
  cleanStudent,
  exportWork,
  MAX_NAME_LENGTH,
  MAX_STUDENT_ID_LENGTH,
  parseImport,
  progressOf,
  PROGRESS_LABELS,
  type WorkEntry,
} from "../lib/exercises/savedWork.js";
import type { ExerciseSection } from "../lib/exercises/types.js";
import * as store from "./exerciseStore.js";
import { el } from "./dom.js";

/** Larger files are not exports of this page. */
const MAX_IMPORT_BYTES = 5 * 2 ** 20;
let counter = 0;

export function MisEjercicios(sections: readonly ExerciseSection[]): HTMLElement {
  const uid = `mis-ejercicios-${++counter}`;
  const root = el("div", { class: "my-exercises", "data-my-exercises": "" });
  const summary = el("p", { class: "my-exercises__summary" });
  const list = el("div", { class: "my-exercises__list" });

  const exportButton = el(
    "button",
    { type: "button", class: "my-exercises__export" },
    "Exportar mi trabajo (JSON)",
  );
  exportButton.addEventListener("click", exportFile);
  const fileInput = el("input", {
    type: "file",
    id: `${uid}-file`,
    accept: ".json,application/json",
    class: "my-exercises__file",
  }) as HTMLInputElement;
  const importLabel = el(
    "label",
    { for: fileInput.id, class: "my-exercises__import" },
    "Importar trabajo (JSON)…",
  );
  fileInput.addEventListener("change", () => void importFile());
  const message = el("div", {
    class: "my-exercises__message",
    role: "status",
    "aria-live": "polite",
  });
  const confirm = el("div", { class: "my-exercises__confirm", role: "group" });
  confirm.hidden = true;

  // Who the work is from: asked at the first export, kept in the browser, editable.
  const draft = store.loadStudentDraft();
  const nameInput = field("nombre", "Tu nombre", draft.nombre, MAX_NAME_LENGTH, "name");
  const idInput = field(
    "id",
    "Tu identificación (matrícula o número de estudiante)",
    draft.id,
    MAX_STUDENT_ID_LENGTH,
    "off",
  );
  const student = el(
    "fieldset",
    { class: "my-exercises__student" },
    el("legend", {}, "Tus datos, para que tu profesor sepa de quién es el trabajo exportado"),
    nameInput.label,
    idInput.label,
  );
  student.hidden = store.loadStudent() === null;
  for (const input of [nameInput.input, idInput.input]) {
    input.addEventListener("input", () => {
      store.saveStudentDraft({ nombre: nameInput.input.value, id: idInput.input.value });
    });
  }

  root.append(
    summary,
    list,
    student,
    el("div", { class: "my-exercises__actions" }, exportButton, fileInput, importLabel),
    confirm,
    message,
  );

  function field(name: string, text: string, value: string, max: number, autocomplete: string) {
    const input = el("input", {
      type: "text",
      id: `${uid}-${name}`,
      name,
      maxlength: String(max),
      autocomplete,
      class: "my-exercises__field",
    }) as HTMLInputElement;
    input.value = value;
    const label = el("label", { for: input.id }, `${text} `, input);
    return { input, label };
  }

  render();
  store.onStoreChange(render);

  function render() {
    const known = new Set<string>();
    let solved = 0;
    let total = 0;
    const groups = sections.map((section) => {
      const items = section.exercises.map((exercise) => {
        known.add(exercise.id);
        total++;
        const progress = progressOf(
          store.loadSaved(exercise.id, exercise.version),
          exercise.starter,
        );
        if (progress === "resuelto") solved++;
        const older =
          progress === "sin-empezar" &&
          store.otherVersions(exercise.id, exercise.version).length > 0;
        return el(
          "li",
          { "data-exercise-progress": exercise.id, "data-progress": progress },
          el("a", { href: `#ej-${exercise.id}` }, exercise.title),
          " ",
          el("span", { class: `progress progress--${progress}` }, PROGRESS_LABELS[progress]),
          older
            ? el("span", { class: "progress__note" }, " (hay código de una versión anterior)")
            : "",
        );
      });
      return [el("h3", {}, section.title), el("ul", {}, ...items)];
    });
    const others = store.allEntries().filter((entry) => !known.has(entry.id));
    if (others.length > 0) {
      groups.push([
        el("h3", {}, "Ejercicios de otras páginas"),
        el(
          "ul",
          {},
          ...others.map((entry) => {
            const progress = progressOf(entry, "");
            return el(
              "li",
              { "data-exercise-progress": entry.id, "data-progress": progress },
              entry.title ?? entry.id,
              " ",
              el("span", { class: `progress progress--${progress}` }, PROGRESS_LABELS[progress]),
            );
          }),
        ),
      ]);
    }
    list.replaceChildren(...groups.flat());
    summary.textContent = `Resueltos: ${solved} de ${total}.`;
  }

  function exportFile() {
    const who = cleanStudent({ nombre: nameInput.input.value, id: idInput.input.value });
    if (who === null) {
      student.hidden = false;
      const missing = nameInput.input.value.trim() === "" ? nameInput.input : idInput.input;
      say(
        "Antes de exportar, escribe tu nombre y tu identificación: van en el archivo, para que tu profesor sepa de quién es el trabajo. Se guardan en este navegador para la próxima vez.",
        true,
      );
      missing.focus();
      return;
    }
    const entries = store.allEntries();
    const blob = new Blob([exportWork(entries, who)], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const link = el("a", {
      href: url,
      download: `mis-ejercicios-${new Date().toISOString().slice(0, 10)}.json`,
    });
    link.hidden = true;
    root.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say(
      entries.length === 0
        ? `Todavía no hay trabajo guardado; se exportó un archivo sin ejercicios, a nombre de ${who.nombre} (${who.id}).`
        : `Se exportaron ${entries.length} ${entries.length === 1 ? "ejercicio" : "ejercicios"}, a nombre de ${who.nombre} (${who.id}).`,
    );
  }

  async function importFile() {
    const file = fileInput.files?.[0];
    fileInput.value = "";
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      say(
        `El archivo «${file.name}» es demasiado grande (${Math.round(file.size / 2 ** 20)} MB) para ser una exportación de «Mis ejercicios».`,
        true,
      );
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      say(`No se pudo leer el archivo «${file.name}».`, true);
      return;
    }
    const result = parseImport(text);
    if (!result.ok) {
      say(result.error, true);
      return;
    }
    const conflicts = result.entries.filter((entry) => {
      const current = store.loadSaved(entry.id, entry.version);
      return current !== null && current.code !== entry.code;
    });
    if (conflicts.length === 0) finishImport(result.entries, result.warnings);
    else askBeforeReplacing(conflicts, result.entries, result.warnings);
  }

  function askBeforeReplacing(conflicts: WorkEntry[], entries: WorkEntry[], warnings: string[]) {
    const text = el(
      "p",
      { id: `${uid}-confirm` },
      `El archivo reemplazará tu código actual en ${conflicts.length} ${conflicts.length === 1 ? "ejercicio" : "ejercicios"}: ` +
        `${conflicts.map((c) => c.title ?? c.id).join(", ")}. ¿Importar de todos modos?`,
    );
    const yes = el("button", { type: "button" }, "Importar y reemplazar");
    const no = el("button", { type: "button" }, "Cancelar");
    yes.addEventListener("click", () => {
      confirm.hidden = true;
      finishImport(entries, warnings);
    });
    no.addEventListener("click", () => {
      confirm.hidden = true;
      say("No se importó nada.");
      importLabel.focus();
    });
    confirm.setAttribute("aria-labelledby", text.id);
    confirm.replaceChildren(text, yes, no);
    confirm.hidden = false;
    no.focus();
  }

  function finishImport(entries: WorkEntry[], warnings: string[]) {
    const written = store.importEntries(entries);
    const lines = [
      written === entries.length
        ? `Se importaron ${written} ${written === 1 ? "ejercicio" : "ejercicios"}.`
        : `Solo se pudieron importar ${written} de ${entries.length} ejercicios: el almacenamiento del navegador está lleno o desactivado.`,
      ...warnings,
    ];
    say(lines.join(" "), written < entries.length);
  }

  function say(text: string, isError = false) {
    message.textContent = text;
    message.dataset.kind = isError ? "error" : "ok";
  }

  return root;
}
