import type { IndexItem } from "../../input/parseIndex.js";
import { TensorInputError } from "../../input/tensorInputError.js";

/**
 * How TensorFlow.js computes one subscript, as data (lib/tf/applyIndexPlan.ts runs it and
 * lib/format/indexCode.ts writes it as code): slice (or stridedSlice when some step is not 1),
 * then squeeze the axes indexed by an integer, then gather the list, then transpose when
 * NumPy moves the list's axis to the front.
 */
export interface IndexPlan {
  /** tf.slice(x, begin, size); null when the subscript keeps every element in order. */
  slice: { begin: number[]; size: number[] } | null;
  /** tf.stridedSlice(x, begin, end, strides, 0, endMask) instead of slice (a step ≠ 1). */
  stridedSlice: { begin: number[]; end: number[]; strides: number[]; endMask: number } | null;
  /** tf.squeeze(x, axes): the axes indexed by an integer. */
  squeeze: number[];
  /** tf.gather(x, indices, axis) for a list index, indices already made non-negative. */
  gather: { indices: number[]; axis: number } | null;
  /** tf.transpose(x, perm) when NumPy puts the list's axis first. */
  transpose: number[] | null;
}

/** One subscript applied: its items as typed, the plan and the shape it leaves. */
export interface SubscriptStep {
  items: IndexItem[];
  plan: IndexPlan;
  shape: number[];
  /** True when NumPy moved the list's axis to the front (an integer and the list are separated). */
  movedListAxis: boolean;
}

/** The result of indexing a tensor: what it picks, in the result's row-major order. */
export interface Selection {
  /** The result's shape. */
  shape: number[];
  /** For each element of the result, the flat (row-major) position it comes from. */
  flat: number[];
  steps: SubscriptStep[];
}

/**
 * NumPy's indexing of a tensor of the given shape by one or more subscripts (`t[0][1:]` is
 * two): integers (negative ones count from the end), slices with Python's clamping (a slice
 * never fails), `...`, and at most one list of integers per subscript (NumPy's "advanced"
 * indexing; the integers of that subscript then act as advanced indices too, so when they
 * are separated from the list by a slice the list's axis goes first, exactly as NumPy does).
 *
 * Example: on shape [2, 3, 4], [[int 0, int 1]] gives shape [4] and flat [4, 5, 6, 7];
 * [[slice ::1 , slice ::2]] (t[:, ::2]) gives shape [2, 2, 4].
 *
 * Throws a TensorInputError like NumPy's: "índice 5 fuera de rango para el eje 0 de tamaño 2",
 * "demasiados índices: el tensor tiene 3 dimensiones, pero se indexaron 4", "el paso de una
 * rebanada no puede ser cero", and a Spanish note when a subscript has two lists.
 */
export function selectIndex(shape: readonly number[], subscripts: IndexItem[][]): Selection {
  let currentShape = [...shape];
  let flat = Array.from({ length: product(shape) }, (_, i) => i);
  const steps: SubscriptStep[] = [];
  for (const items of subscripts) {
    const step = applySubscript(currentShape, items);
    flat = step.picks.map((i) => flat[i]);
    currentShape = step.shape;
    steps.push({ items, plan: step.plan, shape: step.shape, movedListAxis: step.moved });
  }
  return { shape: currentShape, flat, steps };
}

/** One axis of a subscript after the ellipsis is expanded. */
type AxisPick =
  | { kind: "int"; index: number }
  | { kind: "slice"; start: number; step: number; count: number; full: boolean }
  | { kind: "list"; indices: number[] };

function applySubscript(shape: number[], items: IndexItem[]) {
  const picks = expand(shape, items);
  const lists = picks.filter((p) => p.kind === "list").length;
  if (lists > 1) {
    throw new TensorInputError(
      "IndexError",
      "esta página admite una sola lista de índices por corchete; con varias, NumPy las combina " +
        "elemento a elemento (t[[0, 1], [1, 2]] elige t[0, 1] y t[1, 2]); escríbelo en dos pasos: t[[0, 1]][:, [1, 2]]",
    );
  }
  const moved = lists === 1 && !advancedAdjacent(items);

  // The naive result: keep slice and list axes in order, drop integer axes.
  const naiveShape: number[] = [];
  const axisLists: number[][] = picks.map((p) => {
    if (p.kind === "int") return [p.index];
    const indices =
      p.kind === "list"
        ? p.indices
        : Array.from({ length: p.count }, (_, k) => p.start + k * p.step);
    naiveShape.push(indices.length);
    return indices;
  });
  const strides = rowMajorStrides(shape);
  let sources = cartesian(axisLists).map((multi) =>
    multi.reduce((sum, index, axis) => sum + index * strides[axis], 0),
  );

  const plan = planFor(shape, picks);
  let resultShape = naiveShape;
  if (moved && plan.gather && plan.gather.axis !== 0) {
    const g = plan.gather.axis;
    const perm = [g, ...naiveShape.map((_, i) => i).filter((i) => i !== g)];
    plan.transpose = perm;
    sources = transposeFlat(sources, naiveShape, perm);
    resultShape = perm.map((i) => naiveShape[i]);
  }
  return { picks: sources, shape: resultShape, plan, moved };
}

/** Replaces `...` with full slices and validates every item against its axis. */
function expand(shape: number[], items: IndexItem[]): AxisPick[] {
  const ellipses = items.filter((item) => item.kind === "ellipsis").length;
  if (ellipses > 1) {
    throw new TensorInputError("IndexError", "un índice solo puede llevar un «...» (Ellipsis)");
  }
  const used = items.length - ellipses;
  if (used > shape.length) {
    throw new TensorInputError(
      "IndexError",
      `demasiados índices: el tensor tiene ${shape.length} dimensión(es), pero se indexaron ${used}`,
    );
  }
  const full: IndexItem = { kind: "slice", start: null, stop: null, step: null };
  const expanded: IndexItem[] = [];
  for (const item of items) {
    if (item.kind === "ellipsis") {
      for (let k = 0; k < shape.length - used; k++) expanded.push(full);
    } else expanded.push(item);
  }
  while (expanded.length < shape.length) expanded.push(full);
  return expanded.map((item, axis) => resolveItem(item, axis, shape[axis]));
}

function resolveItem(item: IndexItem, axis: number, size: number): AxisPick {
  if (item.kind === "int") return { kind: "int", index: resolveIndex(item.value, axis, size) };
  if (item.kind === "list") {
    return { kind: "list", indices: item.values.map((v) => resolveIndex(v, axis, size)) };
  }
  if (item.kind === "slice") {
    const { start, step, count } = sliceIndices(item.start, item.stop, item.step, size);
    return { kind: "slice", start, step, count, full: step === 1 && start === 0 && count === size };
  }
  throw new Error("unreachable: ellipsis already expanded");
}

/**
 * An index into an axis of the given size, negative counting from the end, checked like
 * NumPy: resolveIndex(-1, 0, 2) = 1; resolveIndex(5, 0, 2) throws
 * "índice 5 fuera de rango para el eje 0 de tamaño 2".
 */
export function resolveIndex(index: number, axis: number, size: number): number {
  if (!Number.isInteger(index)) {
    throw new TensorInputError("IndexError", `los índices deben ser enteros: ${index} no lo es`);
  }
  const resolved = index < 0 ? index + size : index;
  if (resolved < 0 || resolved >= size) {
    throw new TensorInputError(
      "IndexError",
      `índice ${index} fuera de rango para el eje ${axis} de tamaño ${size}`,
    );
  }
  return resolved;
}

/**
 * Python's slice.indices: the first index, the step and how many elements a slice
 * start:stop:step picks from an axis of the given size, clamping out-of-range ends.
 * sliceIndices(null, null, -1, 3) = { start: 2, step: -1, count: 3 }.
 */
export function sliceIndices(
  start: number | null,
  stop: number | null,
  step: number | null,
  size: number,
): { start: number; step: number; count: number } {
  const s = step ?? 1;
  if (s === 0) {
    throw new TensorInputError("ValueError", "el paso de una rebanada no puede ser cero");
  }
  const clamp = (value: number | null, fallback: number, low: number, high: number) => {
    if (value === null) return fallback;
    const v = value < 0 ? value + size : value;
    return Math.min(Math.max(v, low), high);
  };
  const first = s > 0 ? clamp(start, 0, 0, size) : clamp(start, size - 1, -1, size - 1);
  const end = s > 0 ? clamp(stop, size, 0, size) : clamp(stop, -1, -1, size - 1);
  const count = Math.max(0, Math.ceil((end - first) / s));
  return { start: first, step: s, count };
}

/**
 * NumPy keeps the advanced indices' axis in place only when they sit next to each other
 * in the index tuple (an ellipsis or slice between them separates them, even `...` that
 * expands to nothing); with one list and no integers they are trivially adjacent.
 */
function advancedAdjacent(items: IndexItem[]): boolean {
  let state: "before" | "inside" | "after" = "before";
  for (const item of items) {
    const advanced = item.kind === "int" || item.kind === "list";
    if (advanced && state === "after") return false;
    if (advanced) state = "inside";
    else if (state === "inside") state = "after";
  }
  return true;
}

function planFor(shape: number[], picks: AxisPick[]): IndexPlan {
  const strided = picks.some((p) => p.kind === "slice" && p.step !== 1 && p.count > 0);
  const identity = picks.every((p) => p.kind === "list" || (p.kind === "slice" && p.full));
  const begin: number[] = [];
  const size: number[] = [];
  const end: number[] = [];
  const strides: number[] = [];
  let endMask = 0;
  picks.forEach((p, axis) => {
    if (p.kind === "int") {
      begin.push(p.index);
      size.push(1);
      end.push(p.index + 1);
      strides.push(1);
    } else if (p.kind === "list") {
      begin.push(0);
      size.push(shape[axis]);
      end.push(shape[axis]);
      strides.push(1);
    } else if (p.count === 0) {
      begin.push(0);
      size.push(0);
      end.push(0);
      strides.push(1);
    } else {
      const stop = p.start + (p.count - 1) * p.step + Math.sign(p.step);
      begin.push(p.start);
      size.push(p.count);
      // A negative step that runs past index 0 has no end index: mark it in endMask.
      if (stop < 0) endMask |= 1 << axis;
      end.push(stop < 0 ? 0 : stop);
      strides.push(p.step);
    }
  });
  const squeeze = picks.flatMap((p, axis) => (p.kind === "int" ? [axis] : []));
  const listAxis = picks.findIndex((p) => p.kind === "list");
  const gather =
    listAxis < 0
      ? null
      : {
          indices: (picks[listAxis] as { indices: number[] }).indices,
          axis: listAxis - squeeze.filter((a) => a < listAxis).length,
        };
  return {
    slice: identity || strided ? null : { begin, size },
    stridedSlice: strided ? { begin, end, strides, endMask } : null,
    squeeze,
    gather,
    transpose: null,
  };
}

function product(shape: readonly number[]): number {
  return shape.reduce((p, d) => p * d, 1);
}

function rowMajorStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let stride = 1;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    strides[axis] = stride;
    stride *= shape[axis];
  }
  return strides;
}

/** Every combination of one entry per list, the last list varying fastest. */
function cartesian(lists: number[][]): number[][] {
  return lists.reduce<number[][]>(
    (combos, list) => combos.flatMap((combo) => list.map((x) => [...combo, x])),
    [[]],
  );
}

/** Reorders row-major data of `shape` as tf.transpose(x, perm) would. */
function transposeFlat(data: number[], shape: number[], perm: number[]): number[] {
  const outShape = perm.map((axis) => shape[axis]);
  const inStrides = rowMajorStrides(shape);
  const out: number[] = [];
  for (const multi of cartesian(outShape.map((d) => Array.from({ length: d }, (_, i) => i)))) {
    out.push(data[multi.reduce((sum, index, k) => sum + index * inStrides[perm[k]], 0)]);
  }
  return out;
}
