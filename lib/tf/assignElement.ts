/**
 * TensorFlow.js's honest counterpart of Python's `v[0, 1].assign(99)`: tfjs has no
 * assignment to one element, so compute the whole new tensor with tf.tensorScatterUpdate
 * (TensorFlow's tf.tensor_scatter_nd_update) and assign it to the variable. The variable
 * keeps its identity (same id and name); only its data changes.
 */
import * as tf from "@tensorflow/tfjs-core";
import { parseAssignment, type Assignment } from "../input/parseAssignment.js";
import { TensorInputError } from "../input/tensorInputError.js";

/** Sets v[index] = value; index must already be checked and non-negative (lib/input/parseAssignment.ts). */
export function assignElement(v: tf.Variable, index: readonly number[], value: number): void {
  tf.tidy(() => {
    const update = tf.tensor([value], [1], v.dtype);
    v.assign(tf.tensorScatterUpdate(v, [[...index]], update));
  });
}

/** The tfjs code assignElement runs, for the page: `v.assign(tf.tensorScatterUpdate(v, [[0, 1]], …))`. */
export function assignElementCode(
  name: string,
  index: readonly number[],
  value: number,
  dtype: string,
): string {
  return `${name}.assign(tf.tensorScatterUpdate(${name}, [[${index.join(", ")}]], tf.tensor([${value}], [1], "${dtype}")));`;
}

/** One click of the page's «Asignar» button: the three texts the student typed. */
export interface AssignmentRequest {
  fila: string;
  columna: string;
  valor: string;
}

export interface ReplayOutcome {
  /** The last assignment that was applied, or null. */
  last: Assignment | null;
  /** The error of the latest request, if it was rejected (it is then not applied). */
  error: TensorInputError | null;
  applied: number;
}

/**
 * Resets the rank-2 variable `v` to `initial` and applies every valid request in order, so
 * the variable always equals the initial values plus the accepted assignments. Rejected
 * requests change nothing; the latest one's error is returned for the page to show.
 */
export function replayAssignments(
  v: tf.Variable,
  initial: readonly (readonly number[])[],
  requests: readonly AssignmentRequest[],
): ReplayOutcome {
  tf.tidy(() => v.assign(tf.tensor(initial as number[][], v.shape, v.dtype)));
  let last: Assignment | null = null;
  let error: TensorInputError | null = null;
  let applied = 0;
  for (const request of requests) {
    try {
      const assignment = parseAssignment(
        [request.fila, request.columna],
        request.valor,
        v.shape,
        v.dtype,
      );
      assignElement(v, assignment.index, assignment.value);
      last = assignment;
      error = null;
      applied++;
    } catch (caught) {
      if (!(caught instanceof TensorInputError)) throw caught;
      error = caught;
    }
  }
  return { last, error, applied };
}
