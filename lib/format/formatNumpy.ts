import { formatShape } from "./formatShape.js";
import type { Nested } from "../input/parseTensorLiteral.js";

/** "(2, 3)" as Python prints a shape tuple: pythonShape([5]) = "(5,)", pythonShape([]) = "()". */
export function pythonShape(shape: readonly number[]): string {
  return formatShape(shape).replace(/,(?=\d)/g, ", ");
}

/**
 * A tensor's values as NumPy's str() (and so TensorFlow's print) writes them: no commas,
 * rows on their own lines, a blank line between matrices, integers right-aligned, floats
 * with a trailing point when integral ("1.") and decimal points aligned.
 *
 * Example: formatNumpy([[1, 2], [3, 4]], "int32") = "[[1 2]\n [3 4]]";
 * formatNumpy([1, 2.5], "float32") = "[1.  2.5]"; formatNumpy(2, "float32") = "2.0".
 */
export function formatNumpy(value: Nested, dtype: string): string {
  const isFloat = dtype.startsWith("float");
  if (!Array.isArray(value)) {
    return isFloat && Number.isInteger(value) ? `${value}.0` : formatFloat(value);
  }
  const leaves = flatten(value);
  const rank = depthOf(value);
  const cells = isFloat ? alignFloats(leaves) : alignInts(leaves);
  let next = 0;
  const write = (node: Nested[], depth: number): string => {
    if (depth === rank - 1) return `[${node.map(() => cells[next++]).join(" ")}]`;
    const separator = "\n".repeat(rank - depth - 1) + " ".repeat(depth + 1);
    return `[${node.map((child) => write(child as Nested[], depth + 1)).join(separator)}]`;
  };
  return write(value, 0);
}

/**
 * Values as JavaScript writes arrays, one row per line from rank 2 on, float32 noise rounded
 * to 7 significant digits: formatJs([[1, 2], [3, 4]]) = "[[1, 2],\n [3, 4]]",
 * formatJs(0.30000001192092896) = "0.3".
 */
export function formatJs(value: Nested | ArrayLike<number> | string | boolean): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") return formatFloat(value);
  const items = Array.from(value as ArrayLike<Nested>);
  if (items.length === 0) return "[]";
  const depth = depthOf(items);
  if (depth === 1) return `[${items.map((x) => formatFloat(x as number)).join(", ")}]`;
  const indent = (text: string) => text.replace(/\n/g, "\n ");
  return `[${items.map((x) => indent(formatJs(x))).join("," + "\n".repeat(depth - 1) + " ")}]`;
}

/** At most 7 significant digits (float32 holds about 7): 0.1 + 0.2 → "0.3". */
function formatFloat(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(7))) : String(x);
}

function alignInts(values: number[]): string[] {
  const texts = values.map(String);
  const width = Math.max(0, ...texts.map((t) => t.length));
  return texts.map((t) => t.padStart(width));
}

function alignFloats(values: number[]): string[] {
  const parts = values.map((v) => {
    if (!Number.isFinite(v)) return [String(v), ""];
    const text = String(Number(v.toPrecision(8)));
    const [whole, fraction = ""] = text.split(".");
    return [whole, fraction];
  });
  const wholeWidth = Math.max(0, ...parts.map(([w]) => w.length));
  const fractionWidth = Math.max(0, ...parts.map(([, f]) => f.length));
  return parts.map(([whole, fraction]) =>
    /\d/.test(whole)
      ? `${whole.padStart(wholeWidth)}.${fraction.padEnd(fractionWidth)}`
      : whole.padStart(wholeWidth + 1 + fractionWidth),
  );
}

function flatten(value: Nested): number[] {
  return Array.isArray(value) ? value.flatMap(flatten) : [value];
}

function depthOf(value: Nested | Nested[]): number {
  let depth = 0;
  let current: Nested | Nested[] = value;
  while (Array.isArray(current)) {
    depth++;
    if (current.length === 0) break;
    current = current[0];
  }
  return depth;
}
