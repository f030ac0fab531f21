/**
 * A student's result as plain, structured-cloneable data: what the sandbox worker sends back
 * to the page, what the checkers compare and what the page renders. Tensors become their
 * shape, dtype and (the first {@link MAX_TENSOR_VALUES}) values in row-major order.
 *
 * Example: toValue(tf.tensor([[1, 2], [3, 4]]), isTensor) =
 * { kind: "tensor", shape: [2, 2], dtype: "float32", values: [1, 2, 3, 4], size: 4, truncated: false }.
 */

export type Value =
  | { kind: "undefined" }
  | { kind: "null" }
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "bigint"; text: string }
  | TensorValue
  | { kind: "array"; items: Value[]; length: number; truncated: boolean }
  | { kind: "object"; entries: [string, Value][]; truncated: boolean }
  | { kind: "function"; name: string }
  | { kind: "other"; text: string };

export interface TensorValue {
  kind: "tensor";
  shape: number[];
  dtype: string;
  /** Row-major values; booleans as 0/1, strings as strings. At most MAX_TENSOR_VALUES. */
  values: (number | string)[];
  /** The tensor's number of elements (values.length unless truncated). */
  size: number;
  /** True when only the first MAX_TENSOR_VALUES values were kept. */
  truncated: boolean;
  /**
   * For a truncated tensor, the values beyond the first MAX_TENSOR_VALUES that its summary
   * shows (the first and last 3 along every long axis), as [flat index, value] pairs.
   */
  sample?: [number, number | string][];
}

/** What a tensor must offer to be serialised (any tfjs Tensor does). */
export interface TensorLike {
  shape: number[];
  dtype: string;
  size: number;
  dataSync(): ArrayLike<number> | Uint8Array[];
  arraySync(): unknown;
}

/** How many values of a tensor travel to the page; larger tensors are cut (and say so). */
export const MAX_TENSOR_VALUES = 100_000;
/** How many items of an array, or entries of an object, travel to the page. */
export const MAX_ITEMS = 1_000;
/** How deep nested arrays and objects are followed. */
const MAX_DEPTH = 8;

/** Duck-typed tensor test, so that lib/ needs no tfjs import: shape, dtype, dataSync. */
export function isTensorLike(x: unknown): x is TensorLike {
  if (x === null || typeof x !== "object") return false;
  const t = x as Partial<TensorLike>;
  return Array.isArray(t.shape) && typeof t.dtype === "string" && typeof t.dataSync === "function";
}

/** Serialises any JavaScript value (tensors included) into a {@link Value}. */
export function toValue(x: unknown, depth = 0, seen: Set<object> = new Set()): Value {
  if (x === undefined) return { kind: "undefined" };
  if (x === null) return { kind: "null" };
  switch (typeof x) {
    case "number":
      return { kind: "number", value: x };
    case "string":
      return { kind: "string", value: x };
    case "boolean":
      return { kind: "boolean", value: x };
    case "bigint":
      return { kind: "bigint", text: `${x}n` };
    case "function":
      return { kind: "function", name: x.name || "(anónima)" };
    case "symbol":
      return { kind: "other", text: x.toString() };
  }
  if (isTensorLike(x)) return tensorValue(x);
  const object = x as object;
  if (seen.has(object)) return { kind: "other", text: "(referencia circular)" };
  if (depth >= MAX_DEPTH) return { kind: "other", text: "(…)" };
  seen.add(object);
  try {
    if (ArrayBuffer.isView(object) && !(object instanceof DataView)) {
      return arrayValue(Array.from(object as unknown as ArrayLike<number>), depth, seen);
    }
    if (Array.isArray(object)) return arrayValue(object, depth, seen);
    if (object instanceof Promise) {
      return { kind: "other", text: "(una promesa sin esperar: ¿te faltó `await`?)" };
    }
    if (object instanceof Error)
      return { kind: "other", text: `${object.name}: ${object.message}` };
    if (object instanceof Map || object instanceof Set) {
      return { kind: "other", text: `(${object.constructor.name} con ${object.size} elementos)` };
    }
    const keys = Object.keys(object);
    return {
      kind: "object",
      entries: keys
        .slice(0, MAX_ITEMS)
        .map((key) => [key, toValue((object as Record<string, unknown>)[key], depth + 1, seen)]),
      truncated: keys.length > MAX_ITEMS,
    };
  } finally {
    seen.delete(object);
  }
}

function arrayValue(items: readonly unknown[], depth: number, seen: Set<object>): Value {
  return {
    kind: "array",
    items: items.slice(0, MAX_ITEMS).map((item) => toValue(item, depth + 1, seen)),
    length: items.length,
    truncated: items.length > MAX_ITEMS,
  };
}

function tensorValue(t: TensorLike): Value {
  const shape = [...t.shape];
  const size = shape.reduce((a, b) => a * b, 1);
  let values: (number | string)[];
  try {
    values = t.dtype === "string" ? stringValues(t, size) : numericValues(t, size);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return /disposed/i.test(message)
      ? {
          kind: "other",
          text: `(un tensor de forma [${shape.join(", ")}] ya liberado con dispose)`,
        }
      : { kind: "other", text: `(un tensor que no se pudo leer: ${message})` };
  }
  const truncated = size > values.length;
  const tensor: TensorValue = { kind: "tensor", shape, dtype: t.dtype, values, size, truncated };
  if (truncated && t.dtype !== "string") {
    const data = t.dataSync() as ArrayLike<number>;
    tensor.sample = summaryIndices(shape)
      .filter((i) => i >= values.length)
      .map((i) => [i, data[i]]);
  }
  return tensor;
}

/** Tensors above this size print in summary, as NumPy does. */
export const SUMMARY_THRESHOLD = 1000;

/**
 * The positions along one axis that a summary shows: all of them, or for an axis longer than
 * 6 in a tensor above {@link SUMMARY_THRESHOLD} elements, the first 3, a gap (null), the last 3.
 */
export function summaryPositions(n: number, summarize: boolean): (number | null)[] {
  return summarize && n > 6 ? [0, 1, 2, null, n - 3, n - 2, n - 1] : [...Array(n).keys()];
}

/** The row-major flat indices a summary of a tensor of this shape shows. */
export function summaryIndices(shape: readonly number[]): number[] {
  const size = shape.reduce((a, b) => a * b, 1);
  const summarize = size > SUMMARY_THRESHOLD;
  let indices = [0];
  for (const n of shape) {
    const positions = summaryPositions(n, summarize).filter((p): p is number => p !== null);
    indices = indices.flatMap((base) => positions.map((p) => base * n + p));
  }
  return indices;
}

function numericValues(t: TensorLike, size: number): number[] {
  const data = t.dataSync() as ArrayLike<number> & {
    subarray?: (a: number, b: number) => ArrayLike<number>;
  };
  const kept =
    size > MAX_TENSOR_VALUES && data.subarray ? data.subarray(0, MAX_TENSOR_VALUES) : data;
  return Array.from(kept).slice(0, MAX_TENSOR_VALUES);
}

function stringValues(t: TensorLike, size: number): string[] {
  const nested = size === 0 ? [] : t.arraySync();
  const flat = Array.isArray(nested) ? (nested.flat(Infinity) as unknown[]) : [nested];
  return flat.slice(0, MAX_TENSOR_VALUES).map(String);
}

/** The Spanish name of a value's kind, for messages: "un número", "un tensor de forma [2, 3]". */
export function describeValue(v: Value): string {
  switch (v.kind) {
    case "undefined":
      return "nada (undefined)";
    case "null":
      return "null";
    case "number":
      return `un número (${v.value})`;
    case "string":
      return "un texto (string)";
    case "boolean":
      return `un booleano (${v.value})`;
    case "bigint":
      return "un BigInt";
    case "tensor":
      return `un tensor de forma [${v.shape.join(", ")}]`;
    case "array":
      return `un arreglo de JavaScript de ${v.length} elementos`;
    case "object":
      return "un objeto";
    case "function":
      return `una función (${v.name})`;
    case "other":
      return v.text;
  }
}
