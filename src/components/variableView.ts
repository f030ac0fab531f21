/**
 * VariableView(state, {width}) → the variable v after the student's assignments: the last
 * assignment in Python and in TensorFlow.js, the error of a rejected one, v drawn with the
 * assigned element lit, and its id (unchanged: assign changes the data, not the variable).
 */
import type { ReplayOutcome } from "../lib/tf/assignElement.js";
import { CodeColumns } from "./codeColumns.js";
import { ErrorMessage } from "./asyncRegion.js";
import { TensorBoxes } from "./tensorBoxes.js";

export interface VariableState {
  outcome: ReplayOutcome;
  shape: readonly number[];
  values: ArrayLike<number>;
  dtype: string;
  id: number;
  /** The id v had when it was created. */
  firstId: number;
  /** tfjs code of the last applied assignment. */
  tfjsCode: string | null;
}

export function VariableView(state: VariableState, { width = 640 } = {}): HTMLElement {
  const { outcome, shape } = state;
  const root = document.createElement("div");
  root.className = "variable-view";
  if (outcome.error) root.append(ErrorMessage(outcome.error));
  if (outcome.last && state.tfjsCode) {
    const [i, j] = outcome.last.typed;
    root.append(
      CodeColumns(
        [
          {
            label: "TensorFlow (Python)",
            code: `v[${i}, ${j}].assign(${outcome.last.value})`,
            language: "python",
          },
          { label: "TensorFlow.js", code: state.tfjsCode, language: "javascript" },
        ],
        { width },
      ),
    );
  }
  const flat = outcome.last ? outcome.last.index[0] * shape[1] + outcome.last.index[1] : null;
  root.append(
    TensorBoxes(
      {
        shape,
        values: state.values,
        dtype: state.dtype,
        highlight: flat === null ? undefined : new Set([flat]),
      },
      { name: "v", width },
    ),
  );
  const identity = document.createElement("p");
  identity.className = "variable-view__identity";
  identity.textContent =
    `${outcome.applied} asignación(es) aplicada(s). v.id = ${state.id}` +
    (state.id === state.firstId
      ? ", el mismo que al crearla: sigue siendo la misma variable, solo cambiaron sus datos."
      : `, distinto del inicial (${state.firstId}).`);
  root.append(identity);
  return root;
}
