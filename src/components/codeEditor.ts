/**
 * createCodeEditor(code, options) → a CodeMirror 6 editor for an exercise cell: JavaScript and
 * TypeScript highlighting, line numbers, bracket matching, history, search, autocompletion
 * (CodeMirror's basicSetup), Tab indents (Esc then Tab leaves the editor, as CodeMirror
 * documents), Ctrl/Cmd-Enter runs and Ctrl/Cmd-Shift-Enter checks. The editable element is
 * labelled by the visible label whose id the caller passes.
 */
import { indentWithTab } from "@codemirror/commands";
import { javascript } from "@codemirror/lang-javascript";
import { Prec, StateEffect, StateField } from "@codemirror/state";
import { Decoration, type DecorationSet, EditorView, keymap } from "@codemirror/view";
import { basicSetup } from "codemirror";

export interface CodeEditorOptions {
  /** Id of the visible label of the editor. */
  labelledBy: string;
  /** Id of the element that explains the keyboard shortcuts. */
  describedBy?: string;
  onChange?: (code: string) => void;
  onRun?: () => void;
  onCheck?: () => void;
  onFocus?: () => void;
}

export interface CodeEditor {
  element: HTMLElement;
  getCode(): string;
  /** Replaces the whole code as one undoable change (Ctrl/Cmd-Z brings the old code back). */
  setCode(code: string): void;
  /** Highlights a line (1-based) with an error until the next edit; null clears it. */
  markLine(line: number | null): void;
  focus(): void;
}

const setErrorLine = StateEffect.define<number | null>();

const errorLine = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, transaction) {
    let next = transaction.docChanged ? Decoration.none : decorations;
    for (const effect of transaction.effects) {
      if (!effect.is(setErrorLine)) continue;
      const doc = transaction.state.doc;
      next =
        effect.value === null || effect.value < 1 || effect.value > doc.lines
          ? Decoration.none
          : Decoration.set([
              Decoration.line({ class: "cm-errorLine" }).range(doc.line(effect.value).from),
            ]);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export function createCodeEditor(code: string, options: CodeEditorOptions): CodeEditor {
  const element = document.createElement("div");
  element.className = "code-editor";
  const run = (handler?: () => void) => () => {
    handler?.();
    return true;
  };
  const view = new EditorView({
    doc: code,
    parent: element,
    extensions: [
      basicSetup,
      javascript({ typescript: true }),
      Prec.highest(
        keymap.of([
          { key: "Mod-Enter", run: run(options.onRun) },
          { key: "Shift-Mod-Enter", run: run(options.onCheck) },
        ]),
      ),
      keymap.of([indentWithTab]),
      errorLine,
      EditorView.contentAttributes.of({
        "aria-labelledby": options.labelledBy,
        ...(options.describedBy ? { "aria-describedby": options.describedBy } : {}),
        spellcheck: "false",
        autocapitalize: "off",
        autocorrect: "off",
      }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) options.onChange?.(update.state.doc.toString());
        if (update.focusChanged && update.view.hasFocus) options.onFocus?.();
      }),
    ],
  });
  return {
    element,
    getCode: () => view.state.doc.toString(),
    setCode(next) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
    },
    markLine(line) {
      view.dispatch({ effects: setErrorLine.of(line) });
    },
    focus: () => view.focus(),
  };
}
