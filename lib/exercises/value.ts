/**
 * A student's result as plain, structured-cloneable data: what the sandbox worker sends back
 * to the page, what the checkers compare and what the page renders. Tensors become their
 * shape, dtype and (the first {@link MAX_TENSOR_VALUES}) values in row-major order.
 *
 * Example: toValue(tf.tensor([[1, 2], [3, 4]])) =
 * { kind: "tensor", shape: [2, 2], dtype: "float32", values: [1, 2, 3, 4], size: 4, truncated: false }.
 */

export type Value =
  | { kind: "undefined" }
  | { kind: "null" }
  | { kind: "number"; value: number }
  /** `length` is there when the string was cut: its full length. */
  | { kind: "string"; value: string; length?: number }
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

/** Characters of one string that travel to the page; longer strings are cut (and say so). */
export const MAX_STRING_LENGTH = 10_000;
/** Characters of all the strings of one value together. */
export const MAX_TOTAL_CHARS = 100_000;
/** Values (items, entries, nested) of one value together. */
export const MAX_NODES = 20_000;

// Captured when this module loads, before any student code runs in the sandbox: what the
// cell does to Array, Object or String afterwards cannot lift the caps below.
const isArray = Array.isArray;
const objectKeys = Object.keys;
const isView = ArrayBuffer.isView;
const uncurry = <A extends unknown[], R>(f: (...args: A) => R) =>
  Function.prototype.call.bind(f) as unknown as (self: unknown, ...args: A) => R;
const arraySlice = uncurry(Array.prototype.slice) as (
  a: unknown,
  s: number,
  e: number,
) => unknown[];
const stringSlice = uncurry(String.prototype.slice) as (s: string, a: number, b: number) => string;

interface Budget {
  chars: number;
  nodes: number;
}

/**
 * Serialises any JavaScript value (tensors included) into a {@link Value}, within fixed caps
 * (strings, items, nesting, total size), so a huge or hostile value becomes a small one that
 * says it was cut. Never throws: a value that cannot be read (a Proxy whose traps throw, a
 * getter that throws) becomes an `other` that says why.
 */
export function toValue(x: unknown): Value {
  const budget: Budget = { chars: MAX_TOTAL_CHARS, nodes: MAX_NODES };
  try {
    return readValue(x, 0, new Set(), budget);
  } catch (error) {
    return unreadable(error);
  }
}

/** The message of something thrown, whatever it is, in at most 200 characters. */
export function describeThrown(error: unknown): string {
  let text: string;
  try {
    text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    text = "un valor que no se puede mostrar";
  }
  return text.length > 200 ? `${stringSlice(text, 0, 200)}…` : text;
}

function unreadable(error: unknown): Value {
  return { kind: "other", text: `(un valor que no se pudo leer: ${describeThrown(error)})` };
}

function readValue(x: unknown, depth: number, seen: Set<object>, budget: Budget): Value {
  if (--budget.nodes < 0) return { kind: "other", text: "…" };
  if (x === undefined) return { kind: "undefined" };
  if (x === null) return { kind: "null" };
  switch (typeof x) {
    case "number":
      return { kind: "number", value: x };
    case "string":
      return stringValue(x, budget);
    case "boolean":
      return { kind: "boolean", value: x };
    case "bigint":
      return { kind: "bigint", text: `${x}n` };
    case "function": {
      let name = "";
      try {
        name = typeof x.name === "string" ? x.name : "";
      } catch {
        // A getter that throws on `name`: the function stays anonymous.
      }
      return { kind: "function", name: name ? stringSlice(name, 0, 100) : "(anónima)" };
    }
    case "symbol":
      return { kind: "other", text: x.toString() };
  }
  const object = x as object;
  if (seen.has(object)) return { kind: "other", text: "(referencia circular)" };
  if (depth >= MAX_DEPTH) return { kind: "other", text: "(…)" };
  seen.add(object);
  try {
    if (isTensorLike(object)) return tensorValue(object);
    if (isView(object) && !(object instanceof DataView)) {
      const view = object as unknown as ArrayLike<number>;
      const n = Math.min(view.length, MAX_ITEMS);
      const items: unknown[] = [];
      for (let i = 0; i < n; i++) items.push(view[i]);
      return arrayValue(items, view.length, depth, seen, budget);
    }
    if (isArray(object)) {
      return arrayValue(arraySlice(object, 0, MAX_ITEMS), object.length, depth, seen, budget);
    }
    if (object instanceof Promise) {
      return { kind: "other", text: "(una promesa sin esperar: ¿te faltó `await`?)" };
    }
    if (object instanceof Error) return { kind: "other", text: describeThrown(object) };
    if (object instanceof Map || object instanceof Set) {
      return { kind: "other", text: `(${object.constructor.name} con ${object.size} elementos)` };
    }
    const keys = objectKeys(object);
    const entries: [string, Value][] = [];
    for (let i = 0; i < keys.length && i < MAX_ITEMS; i++) {
      const key = stringSlice(String(keys[i]), 0, 200);
      let value: Value;
      try {
        value = readValue((object as Record<string, unknown>)[keys[i]], depth + 1, seen, budget);
      } catch (error) {
        value = unreadable(error);
      }
      entries.push([key, value]);
    }
    return { kind: "object", entries, truncated: keys.length > MAX_ITEMS };
  } catch (error) {
    return unreadable(error);
  } finally {
    seen.delete(object);
  }
}

function stringValue(x: string, budget: Budget): Value {
  const room = Math.max(0, Math.min(MAX_STRING_LENGTH, budget.chars));
  if (x.length <= room) {
    budget.chars -= x.length;
    return { kind: "string", value: x };
  }
  budget.chars -= room;
  return { kind: "string", value: stringSlice(x, 0, room), length: x.length };
}

function arrayValue(
  items: readonly unknown[],
  length: number,
  depth: number,
  seen: Set<object>,
  budget: Budget,
): Value {
  const out: Value[] = [];
  for (let i = 0; i < items.length && budget.nodes > 0; i++) {
    let value: Value;
    try {
      value = readValue(items[i], depth + 1, seen, budget);
    } catch (error) {
      value = unreadable(error);
    }
    out.push(value);
  }
  return { kind: "array", items: out, length, truncated: length > out.length };
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
