import { formatCount } from "../format/formatCount.js";
import { SUMMARY_THRESHOLD, summaryPositions, type TensorValue, type Value } from "./value.js";

/**
 * Renders a {@link Value} as readable text, the way the page shows what a cell returned or
 * printed. Tensors print like NumPy: a header with shape and dtype, then nested brackets with
 * aligned columns; above 1000 elements every axis longer than 6 shows its first and last 3.
 *
 * Example: formatValue(toValue(tf.tensor([[1, 2], [3, 4]]))) =
 * "Tensor · forma [2, 2] · float32\n[[1, 2],\n [3, 4]]".
 */
export function formatValue(v: Value, indent = 0): string {
  switch (v.kind) {
    case "undefined":
      return "undefined";
    case "null":
      return "null";
    case "number":
      return formatNumber(v.value);
    case "string":
      return v.length === undefined
        ? JSON.stringify(v.value)
        : `${JSON.stringify(v.value).slice(0, -1)}…" ${CUT_MARK.slice(0, -1)}: ${formatCount(v.length)} caracteres)`;
    case "boolean":
      return String(v.value);
    case "bigint":
      return v.text;
    case "function":
      return `[función ${v.name}]`;
    case "other":
      return v.text;
    case "tensor":
      return reindent(formatTensor(v), indent);
    case "array":
      return formatArray(v.items, v.length, v.truncated, indent);
    case "object":
      return formatObject(v.entries, v.truncated, indent);
  }
}

/** What console.log printed: strings as they are, everything else formatted, joined by spaces. */
export function formatLogArguments(args: readonly Value[]): string {
  return args
    .map((a) =>
      a.kind === "string"
        ? a.value + (a.length === undefined ? "" : `… ${CUT_MARK}`)
        : formatValue(a),
    )
    .join(" ");
}

/** What ends text that was cut before being shown. */
export const CUT_MARK = "(recortado)";

/**
 * Text as the page shows it: at most `maxLines` lines and `maxChars` characters; when cut it
 * ends with «… (recortado)» and how much there was.
 *
 * Example: capText("a\nb\nc", { maxLines: 2 }) = "a\nb\n… (recortado: 3 líneas)".
 */
export function capText(
  text: string,
  { maxChars = 20_000, maxLines = 400 }: { maxChars?: number; maxLines?: number } = {},
): string {
  let end = Math.min(text.length, maxChars);
  let lines = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) {
    if (++lines >= maxLines) {
      end = i + 1;
      break;
    }
  }
  if (end >= text.length) return text;
  const total = text.split("\n", maxLines * 10).length;
  const size =
    lines >= maxLines
      ? `${total >= maxLines * 10 ? "más de " : ""}${formatCount(total)} líneas`
      : `${formatCount(text.length)} caracteres`;
  return `${text.slice(0, end)}… ${CUT_MARK.slice(0, -1)}: ${size})`;
}

/** A number with at most 6 significant digits: 0.949152…→ "0.949153", 20280 → "20280". */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return Object.is(x, -0) ? "0" : String(x);
  return String(Number(x.toPrecision(6)));
}

/** Writes a shape as the page shows it: [2, 3]; [] for a scalar. */
export function formatShapeList(shape: readonly number[]): string {
  return `[${shape.join(", ")}]`;
}

/** The tensor's header and body: "Tensor · forma [2] · float32\n[1, 2]". */
export function formatTensor(v: TensorValue): string {
  return `Tensor · forma ${formatShapeList(v.shape)} · ${v.dtype}\n${tensorBody(v)}`;
}

function tensorBody(v: TensorValue): string {
  const sample = new Map(v.sample ?? []);
  const cell = (i: number): string => {
    const x = i < v.values.length ? v.values[i] : sample.get(i);
    if (x === undefined) return "?";
    if (typeof x === "string") return JSON.stringify(x);
    if (v.dtype === "bool") return x ? "true" : "false";
    return formatNumber(x);
  };
  if (v.shape.length === 0) return cell(0);
  if (v.size === 0) return `${"[".repeat(v.shape.length)}${"]".repeat(v.shape.length)}`;
  const summarize = v.size > SUMMARY_THRESHOLD;
  const strides = v.shape.map((_, axis) => v.shape.slice(axis + 1).reduce((a, b) => a * b, 1));
  const render = (format: (i: number) => string): string => {
    const rec = (axis: number, offset: number): string => {
      const n = v.shape[axis];
      const indices = summaryPositions(n, summarize);
      if (axis === v.shape.length - 1) {
        return `[${indices.map((i) => (i === null ? "…" : format(offset + i))).join(", ")}]`;
      }
      const separator = `,${"\n".repeat(v.shape.length - axis - 1)}${" ".repeat(axis + 1)}`;
      const parts = indices.map((i) =>
        i === null ? "…" : rec(axis + 1, offset + i * strides[axis]),
      );
      return `[${parts.join(separator)}]`;
    };
    return rec(0, 0);
  };
  let width = 0;
  render((i) => {
    width = Math.max(width, cell(i).length);
    return "";
  });
  return render((i) => cell(i).padStart(width));
}

function isMultiline(v: Value): boolean {
  return v.kind === "tensor" || v.kind === "array" || v.kind === "object";
}

function formatArray(items: Value[], length: number, truncated: boolean, indent: number): string {
  const more = truncated ? [`… (${length - items.length} más)`] : [];
  const flat = items.every((item) => !isMultiline(item) || isShortArray(item));
  if (flat) return `[${[...items.map((item) => formatValue(item)), ...more].join(", ")}]`;
  const pad = " ".repeat(indent + 2);
  const lines = items.map((item) => pad + formatValue(item, indent + 2).trimStart());
  return `[\n${[...lines, ...more.map((m) => pad + m)].join(",\n")}\n${" ".repeat(indent)}]`;
}

function isShortArray(v: Value): boolean {
  return v.kind === "array" && v.items.every((item) => !isMultiline(item));
}

function formatObject(entries: [string, Value][], truncated: boolean, indent: number): string {
  if (entries.length === 0) return "{}";
  const more = truncated ? ["…"] : [];
  if (entries.every(([, value]) => !isMultiline(value) || isShortArray(value))) {
    const inline = entries.map(([key, value]) => `${key}: ${formatValue(value)}`);
    return `{ ${[...inline, ...more].join(", ")} }`;
  }
  const pad = " ".repeat(indent + 2);
  const lines = entries.map(([key, value]) => {
    return `${pad}${key}: ${formatValue(value, indent + 4).trimStart()}`;
  });
  return `{\n${[...lines, ...more.map((m) => pad + m)].join(",\n")}\n${" ".repeat(indent)}}`;
}

/** Indents every line but the first by `indent` spaces. */
function reindent(text: string, indent: number): string {
  if (indent === 0) return text;
  return text
    .split("\n")
    .map((line, i) => (i === 0 ? line : " ".repeat(indent) + line))
    .join("\n");
}
