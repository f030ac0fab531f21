import { formatCount } from "../format/formatCount.js";
import { broadcastShapes } from "../math/tensors/broadcast.js";
import { type CodeError, describePlace } from "./codeError.js";
import { RuleBroken } from "./runRules.js";
import { describeThrown } from "./value.js";

/** Thrown by the sandbox when the tensors alive at once exceed its memory budget. */
export class MemoryLimitError extends RangeError {
  readonly limitBytes: number;
  readonly usedBytes: number;
  constructor(limitBytes: number, usedBytes: number) {
    super(
      `Tu código tiene ${megabytes(usedBytes)} en tensores a la vez y el límite es ` +
        `${megabytes(limitBytes)}. Usa tensores más pequeños (o libera los que ya no uses con dispose).`,
    );
    this.name = "MemoryLimitError";
    this.limitBytes = limitBytes;
    this.usedBytes = usedBytes;
  }
}

/**
 * Explains an error thrown by a student's cell in Spanish, with the line where it happened
 * when the stack trace names the cell (`sourceUrl`; `lineOffset` lines of wrapper come
 * before the student's first line). Known messages of JavaScript and of tfjs are translated
 * (a broadcasting error is explained axis by axis); the original stays in `detail`.
 *
 * Example: ReferenceError("w is not defined") at line 3 →
 * "Error al ejecutar tu código en la línea 3: «w» no está definido; …".
 */
export function runtimeError(error: unknown, sourceUrl: string, lineOffset: number): CodeError {
  try {
    return explainError(error, sourceUrl, lineOffset);
  } catch {
    // A thrown value that cannot even be inspected (a Proxy whose traps throw).
    return {
      kind: "runtime",
      message: `Tu código lanzó un valor que no se puede leer: ${describeThrown(error)}`,
      line: null,
      column: null,
      detail: null,
    };
  }
}

function explainError(error: unknown, sourceUrl: string, lineOffset: number): CodeError {
  const place = placeInStack(error, sourceUrl, lineOffset);
  if (!(error instanceof Error)) {
    return {
      kind: "runtime",
      message: `Tu código lanzó un valor que no es un error${where(place)}: ${describeThrown(error)}`,
      line: place.line,
      column: place.column,
      detail: null,
    };
  }
  if (error instanceof RuleBroken) {
    return { kind: "rule", message: error.message, ...place, detail: null };
  }
  const detail = `${error.name}: ${error.message}`;
  if (error instanceof MemoryLimitError) {
    return { kind: "memory", message: error.message, ...place, detail: null };
  }
  if (isAllocationFailure(error)) {
    return {
      kind: "memory",
      message:
        `Tu código pidió más memoria de la que el navegador puede dar${where(place)}. ` +
        "Usa tensores más pequeños.",
      ...place,
      detail,
    };
  }
  return {
    kind: "runtime",
    message: `Error al ejecutar tu código${where(place)}: ${explain(error)}`,
    ...place,
    detail,
  };
}

function where(place: { line: number | null; column: number | null }): string {
  const text = describePlace(place.line, place.column);
  return text ? ` ${text}` : "";
}

function placeInStack(
  error: unknown,
  sourceUrl: string,
  lineOffset: number,
): { line: number | null; column: number | null } {
  let stack = "";
  try {
    stack = error instanceof Error ? String(error.stack ?? "") : "";
  } catch {
    // An error whose stack cannot be read: no line.
  }
  const escaped = sourceUrl.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`${escaped}:(\\d+):(\\d+)`).exec(stack);
  if (!match) return { line: null, column: null };
  // The line is reliable; V8's column is not (it may point at the statement, not the culprit).
  const line = Number(match[1]) - lineOffset;
  return { line: line >= 1 ? line : null, column: null };
}

function isAllocationFailure(error: Error): boolean {
  return (
    error instanceof RangeError &&
    /Invalid typed array length|Array buffer allocation failed|Invalid array length|allocation failed|out of memory/i.test(
      error.message,
    )
  );
}

const EXPLANATIONS: [RegExp, (...groups: string[]) => string][] = [
  [
    /^(\S+) is not defined$/,
    (name) =>
      `«${name}» no está definido: ¿un error de escritura, o falta declararlo con const o let?`,
  ],
  [/^(.+) is not a function$/, (name) => `«${name}» no es una función.`],
  [
    /^Cannot read properties of (undefined|null) \(reading '(.+)'\)$/,
    (what, prop) =>
      `no se puede leer «${prop}» de ${what}: el valor a la izquierda del punto es ${what}.`,
  ],
  [
    /^Assignment to constant variable\.?$/,
    () => "no se puede reasignar una constante (`const`); declárala con `let` si debe cambiar.",
  ],
  [
    /^Maximum call stack size exceeded$/,
    () => "se llenó la pila de llamadas: ¿una función que se llama a sí misma sin parar?",
  ],
  [
    /Operands could not be broadcast together with shapes ([\d,]*) and ([\d,]*)/,
    (a, b) => broadcastExplanation(a, b),
  ],
  [
    /Based on the provided shape, \[([\d,]*)\], the tensor should have (\d+) values but has (\d+)/,
    (shape, want, have) => `la forma [${shape}] necesita ${want} valores, pero diste ${have}.`,
  ],
  [
    /Size\((\d+)\) must match the product of shape ([\d,]*)/,
    (size, shape) =>
      `reshape: el tensor tiene ${size} elementos y la forma [${shape}] pide ${product(shape)}; deben coincidir.`,
  ],
  [
    /inner shapes \((\d+)\) and \((\d+)\) of Tensors with shapes ([\d,]*) and ([\d,]*)/,
    (a, b, sa, sb) =>
      `en el producto matricial las dimensiones interiores deben coincidir, pero son ${a} y ${b} ` +
      `(formas [${sa}] y [${sb}]).`,
  ],
  [/Tensor is disposed/, () => "usaste un tensor que ya fue liberado con dispose."],
  [/^(No se permite .*)$/s, (message) => message],
  [
    /'unsafe-eval'|Content Security Policy.*script/,
    () =>
      "no se permite ejecutar texto como código (`eval`, `new Function`, `setTimeout` con texto, WebAssembly): los ejercicios corren aislados.",
  ],
  [
    /Content Security Policy|connect-src/,
    () => "no se permite usar la red: los ejercicios corren aislados, sin conexión.",
  ],
];

function explain(error: Error): string {
  for (const [pattern, spanish] of EXPLANATIONS) {
    const match = pattern.exec(error.message);
    if (match) return spanish(...match.slice(1));
  }
  return `${error.name === "Error" ? "" : `${error.name}: `}${error.message}`;
}

function parseShape(text: string): number[] {
  return text === "" ? [] : text.split(",").map(Number);
}

function product(shape: string): number {
  return parseShape(shape).reduce((a, b) => a * b, 1);
}

function broadcastExplanation(a: string, b: string): string {
  try {
    broadcastShapes(parseShape(a), parseShape(b));
  } catch (error) {
    if (error instanceof Error) return `${error.message}.`;
  }
  return `no se pueden combinar (broadcast) las formas [${a}] y [${b}].`;
}

function megabytes(bytes: number): string {
  return `${formatCount(bytes / 2 ** 20)} MB`;
}
