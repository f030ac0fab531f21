/**
 * What the page accepts from the sandbox worker. The worker serialises the student's result
 * after the student's code ran in the same realm, so that code may have bent the serialiser
 * (replaced Array.prototype methods, for instance): the page takes nothing on trust and
 * re-checks every message's shape and size here before grading or showing it. Anything that
 * is not what the worker would have sent becomes a plain "could not be read".
 */
import type { CodeError } from "./codeError.js";
import type { Violation } from "./constraints.js";
import type { LogEntry, LogLevel } from "./evaluate.js";
import {
  MAX_ITEMS,
  MAX_NODES,
  MAX_STRING_LENGTH,
  MAX_TENSOR_VALUES,
  MAX_TOTAL_CHARS,
  type TensorValue,
  type Value,
} from "./value.js";

const UNREADABLE: Value = { kind: "other", text: "(un valor que no se pudo leer)" };
const MAX_DEPTH = 10;
/** Characters of a message (an error, a rule) the page shows. */
const MAX_MESSAGE = 2_000;

interface Budget {
  chars: number;
  nodes: number;
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

/** A short string, or null. */
function text(x: unknown, max = MAX_MESSAGE): string | null {
  if (typeof x !== "string") return null;
  return x.length > max ? `${x.slice(0, max)}… (recortado)` : x;
}

/** Re-checks a {@link Value} received from the worker; caps its size. */
export function sanitizeValue(x: unknown): Value {
  return readValue(x, 0, { chars: MAX_TOTAL_CHARS, nodes: MAX_NODES });
}

function readValue(x: unknown, depth: number, budget: Budget): Value {
  if (!isObject(x) || --budget.nodes < 0 || depth > MAX_DEPTH) return UNREADABLE;
  switch (x.kind) {
    case "undefined":
    case "null":
      return { kind: x.kind };
    case "number":
      return typeof x.value === "number" ? { kind: "number", value: x.value } : UNREADABLE;
    case "boolean":
      return typeof x.value === "boolean" ? { kind: "boolean", value: x.value } : UNREADABLE;
    case "string": {
      if (typeof x.value !== "string") return UNREADABLE;
      const room = Math.max(0, Math.min(MAX_STRING_LENGTH, budget.chars));
      const full =
        typeof x.length === "number" ? Math.max(x.length, x.value.length) : x.value.length;
      budget.chars -= Math.min(room, x.value.length);
      return x.value.length <= room && full === x.value.length
        ? { kind: "string", value: x.value }
        : { kind: "string", value: x.value.slice(0, room), length: full };
    }
    case "bigint":
    case "other": {
      const t = text(x.text, 500);
      return t === null
        ? UNREADABLE
        : x.kind === "bigint"
          ? { kind: "bigint", text: t }
          : { kind: "other", text: t };
    }
    case "function":
      return { kind: "function", name: text(x.name, 100) ?? "(anónima)" };
    case "tensor":
      return readTensor(x) ?? UNREADABLE;
    case "array": {
      if (!Array.isArray(x.items) || typeof x.length !== "number") return UNREADABLE;
      const items: Value[] = [];
      for (let i = 0; i < x.items.length && i < MAX_ITEMS && budget.nodes > 0; i++) {
        items.push(readValue(x.items[i], depth + 1, budget));
      }
      const length = Math.max(x.length, items.length);
      return { kind: "array", items, length, truncated: length > items.length };
    }
    case "object": {
      if (!Array.isArray(x.entries)) return UNREADABLE;
      const entries: [string, Value][] = [];
      for (let i = 0; i < x.entries.length && i < MAX_ITEMS && budget.nodes > 0; i++) {
        const entry = x.entries[i];
        const key = Array.isArray(entry) ? text(entry[0], 200) : null;
        if (key === null) return UNREADABLE;
        entries.push([key, readValue(entry[1], depth + 1, budget)]);
      }
      return {
        kind: "object",
        entries,
        truncated: x.truncated === true || x.entries.length > entries.length,
      };
    }
    default:
      return UNREADABLE;
  }
}

function readTensor(x: Record<string, unknown>): TensorValue | null {
  const { shape, dtype, values, size, sample } = x;
  if (!Array.isArray(shape) || shape.length > 32) return null;
  if (!shape.every((d) => Number.isInteger(d) && d >= 0)) return null;
  if (typeof dtype !== "string" || dtype.length > 20 || !Array.isArray(values)) return null;
  if (values.length > MAX_TENSOR_VALUES) return null;
  if (!values.every((v) => typeof v === "number" || (typeof v === "string" && v.length <= 1000))) {
    return null;
  }
  const expectedSize = (shape as number[]).reduce((a, b) => a * b, 1);
  if (size !== expectedSize || values.length > expectedSize) return null;
  const tensor: TensorValue = {
    kind: "tensor",
    shape: shape as number[],
    dtype,
    values: values as (number | string)[],
    size: expectedSize,
    truncated: values.length < expectedSize,
  };
  if (Array.isArray(sample) && sample.length <= 10_000) {
    const pairs = sample.filter(
      (p): p is [number, number | string] =>
        Array.isArray(p) &&
        Number.isInteger(p[0]) &&
        (typeof p[1] === "number" || typeof p[1] === "string"),
    );
    tensor.sample = pairs;
  }
  return tensor;
}

const LEVELS: readonly string[] = ["log", "info", "warn", "error", "debug"];

/** A printed line received from the worker, or null. */
export function sanitizeLog(x: unknown): LogEntry | null {
  if (!isObject(x) || !LEVELS.includes(String(x.level))) return null;
  const t = text(x.text);
  return t === null ? null : { level: x.level as LogLevel, text: t };
}

const RULES: readonly string[] = ["noLoops", "requireCall", "forbidCall"];

/** A broken rule received from the worker, or null. */
export function sanitizeViolation(x: unknown): Violation | null {
  if (!isObject(x) || !RULES.includes(String(x.kind))) return null;
  const message = text(x.message);
  if (message === null) return null;
  const line = Number.isInteger(x.line) ? (x.line as number) : null;
  return { kind: x.kind as Violation["kind"], message, line };
}

const ERROR_KINDS: readonly string[] = ["syntax", "forbidden", "runtime", "memory", "rule"];

/** An error received from the worker; anything malformed still reads as an error. */
export function sanitizeCodeError(x: unknown): CodeError {
  const ok = isObject(x) && ERROR_KINDS.includes(String(x.kind));
  const message = (ok && text(x.message)) || "Tu código terminó con un error que no se pudo leer.";
  const line = ok && Number.isInteger(x.line) ? (x.line as number) : null;
  const column = ok && Number.isInteger(x.column) ? (x.column as number) : null;
  return {
    kind: ok ? (x.kind as CodeError["kind"]) : "runtime",
    message,
    line,
    column,
    detail: ok ? text(x.detail, 500) : null,
  };
}
