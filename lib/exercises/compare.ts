import { formatNumber, formatShapeList, formatValue } from "./formatValue.js";
import { describeValue, type TensorValue, type Value } from "./value.js";

/**
 * What a checker expects, as data: numbers and tensors compared with a tolerance, tensors
 * also by shape (and dtype when it matters), lists and records element by element.
 * {@link compare} explains in Spanish the first thing that differs.
 */
export type Expected =
  | { kind: "number"; value: number; tolerance?: Tolerance; mistakes?: readonly Mistake[] }
  | {
      kind: "tensor";
      shape: readonly number[];
      /** Row-major. */
      values: readonly number[];
      /** Checked only when given: tfjs makes float32 tensors unless asked otherwise. */
      dtype?: string;
      tolerance?: Tolerance;
      mistakes?: readonly Mistake[];
    }
  | { kind: "list"; items: readonly Expected[] }
  | { kind: "record"; fields: Readonly<Record<string, Expected>> }
  | { kind: "exact"; value: Exact };

/** A JSON-like value compared exactly: a shape such as [2, 3], a string, null. */
export type Exact = number | string | boolean | null | readonly Exact[];

/**
 * x is close to the expected e when |x − e| ≤ atol + rtol · |e| (NumPy's allclose). tfjs
 * computes in float32 (about 7 significant digits), hence the relative default.
 */
export interface Tolerance {
  rtol: number;
  atol: number;
}

export const DEFAULT_TOLERANCE: Tolerance = { rtol: 1e-4, atol: 1e-6 };

/** A typical wrong answer and what to tell the student who gives it. NaN matches NaN. */
export interface Mistake {
  values: number | readonly number[];
  message: string;
}

/** What a cell that returned nothing is told. */
export const NO_RETURN_MESSAGE =
  "Tu código no devolvió nada (undefined): termina con `return` y tu resultado, por ejemplo `return t;`.";

/** A mismatch between what was expected and what the code returned, in Spanish. */
export interface Mismatch {
  message: string;
}

export function isClose(x: number, e: number, tolerance: Tolerance = DEFAULT_TOLERANCE): boolean {
  if (Number.isNaN(e)) return Number.isNaN(x);
  if (!Number.isFinite(e)) return x === e;
  return Math.abs(x - e) <= tolerance.atol + tolerance.rtol * Math.abs(e);
}

/**
 * Compares a student's value with what is expected; null when they match, else the first
 * difference as a sentence.
 *
 * Example: compare(expectTensor([[1, 2], [3, 4]]), toValue(tf.tensor([[1, 2], [3, 5]]))) =
 * { message: "El valor en el índice [1, 1] es 5, pero se esperaba 4." }
 */
export function compare(expected: Expected, actual: Value): Mismatch | null {
  if (actual.kind === "undefined") return { message: NO_RETURN_MESSAGE };
  const fragment = compareAt(expected, actual);
  return fragment === null ? null : { message: sentence(fragment) };
}

function compareAt(expected: Expected, actual: Value): string | null {
  switch (expected.kind) {
    case "number":
      return compareNumber(expected, actual);
    case "tensor":
      return compareTensor(expected, actual);
    case "list":
      return compareList(expected.items, actual);
    case "record":
      return compareRecord(expected.fields, actual);
    case "exact":
      return compareExact(expected.value, actual);
  }
}

function compareNumber(
  expected: Extract<Expected, { kind: "number" }>,
  actual: Value,
): string | null {
  let x: number;
  if (actual.kind === "number") x = actual.value;
  else if (actual.kind === "tensor" && actual.size === 1 && typeof actual.values[0] === "number") {
    x = actual.values[0];
  } else if (actual.kind === "tensor") {
    return (
      `se esperaba un número (o un tensor escalar), pero tu código devolvió ${describeValue(actual)}` +
      (actual.size > 1 ? ": ¿te faltó reducirlo a un solo número, por ejemplo con `tf.sum`?" : "")
    );
  } else {
    return `se esperaba un número, pero tu código devolvió ${describeValue(actual)}`;
  }
  const tolerance = expected.tolerance ?? DEFAULT_TOLERANCE;
  if (isClose(x, expected.value, tolerance)) return null;
  const mistake = matchMistake(expected.mistakes, [x], tolerance);
  if (Number.isNaN(x)) return `tu resultado es NaN (no es un número): ${mistake ?? NAN_ADVICE}`;
  return `tu resultado es ${formatNumber(x)}, que no es el valor esperado${
    mistake ? `. ${mistake}` : ` (tolerancia: ${describeTolerance(tolerance)})`
  }`;
}

const NAN_ADVICE =
  "suele venir de 0 · log 0, del logaritmo o la raíz de un número negativo, o de 0/0";

function compareTensor(
  expected: Extract<Expected, { kind: "tensor" }>,
  actual: Value,
): string | null {
  const shape = formatShapeList(expected.shape);
  if (actual.kind === "number" && expected.shape.length === 0) {
    const { tolerance, mistakes } = expected;
    return compareNumber(
      { kind: "number", value: expected.values[0], tolerance, mistakes },
      actual,
    );
  }
  if (actual.kind === "array") {
    return (
      `se esperaba un tensor (tf.Tensor) de forma ${shape}, pero tu código devolvió un ` +
      "arreglo de JavaScript: devuelve el tensor mismo (sin `.arraySync()` ni `.dataSync()`)"
    );
  }
  if (actual.kind !== "tensor") {
    return `se esperaba un tensor de forma ${shape}, pero tu código devolvió ${describeValue(actual)}`;
  }
  if (!sameShape(actual.shape, expected.shape)) {
    const sameButOnes = sameShape(withoutOnes(actual.shape), withoutOnes(expected.shape));
    const ones = !sameButOnes
      ? ""
      : actual.shape.length !== expected.shape.length
        ? " (sobran o faltan ejes de tamaño 1: ¿te faltó `squeeze()` o `reshape`?)"
        : " (un eje de tamaño 1 está en otro lugar: ¿te faltó `reshape` o `transpose`?)";
    return `la forma de tu tensor es ${formatShapeList(actual.shape)}, pero se esperaba ${shape}${ones}`;
  }
  if (expected.dtype !== undefined && actual.dtype !== expected.dtype) {
    return `el tipo de dato (dtype) de tu tensor es ${actual.dtype}, pero se esperaba ${expected.dtype}`;
  }
  if (actual.values.some((v) => typeof v !== "number")) {
    return `tu tensor tiene dtype ${actual.dtype}; se esperaban números`;
  }
  const values = actual.values as number[];
  const tolerance = expected.tolerance ?? DEFAULT_TOLERANCE;
  const wrong = values.flatMap((x, i) => (isClose(x, expected.values[i], tolerance) ? [] : [i]));
  if (wrong.length === 0) return null;
  const first = wrong[0];
  const x = values[first];
  const others =
    wrong.length > 1
      ? ` (y ${wrong.length - 1} ${wrong.length === 2 ? "valor más también difiere" : "valores más también difieren"})`
      : "";
  const mistake = matchMistake(expected.mistakes, values, tolerance);
  const index =
    expected.shape.length === 0
      ? ""
      : ` en el índice ${formatShapeList(unravel(first, expected.shape))}`;
  const advice = mistake ? `. ${mistake}` : Number.isNaN(x) ? `. NaN ${NAN_ADVICE}` : "";
  return (
    `el valor${index} es ${formatNumber(x)}, pero se esperaba ` +
    `${formatNumber(expected.values[first])}${others}${advice}`
  );
}

function compareList(items: readonly Expected[], actual: Value): string | null {
  if (actual.kind !== "array") {
    return `se esperaba una lista (un arreglo de JavaScript) de ${items.length} elementos, pero tu código devolvió ${describeValue(actual)}`;
  }
  if (actual.length !== items.length) {
    return `se esperaba una lista de ${items.length} elementos, pero la tuya tiene ${actual.length}`;
  }
  for (let i = 0; i < items.length; i++) {
    const inner = compareAt(items[i], actual.items[i]);
    if (inner !== null) return `en el elemento ${i} de la lista: ${inner}`;
  }
  return null;
}

function compareRecord(fields: Readonly<Record<string, Expected>>, actual: Value): string | null {
  const keys = Object.keys(fields);
  if (actual.kind !== "object") {
    return (
      `se esperaba un objeto con ${keys.map((k) => `«${k}»`).join(", ")} ` +
      `(\`return { ${keys.join(", ")} };\`), pero tu código devolvió ${describeValue(actual)}`
    );
  }
  const entries = new Map(actual.entries);
  for (const key of keys) {
    const value = entries.get(key);
    if (value === undefined || value.kind === "undefined") {
      return `falta la propiedad «${key}» en el objeto que devolviste`;
    }
    const inner = compareAt(fields[key], value);
    if (inner !== null) return `en «${key}»: ${inner}`;
  }
  return null;
}

function compareExact(expected: Exact, actual: Value): string | null {
  const got = toExact(actual);
  if (got !== undefined && sameExact(got, expected)) return null;
  return `tu resultado es ${formatValue(actual)}, que no es el esperado`;
}

/** A Value as an Exact when it is JSON-like; undefined otherwise (tensors, functions…). */
export function toExact(v: Value): Exact | undefined {
  switch (v.kind) {
    case "number":
    case "string":
    case "boolean":
      return v.value;
    case "null":
      return null;
    case "array": {
      const items = v.items.map(toExact);
      return items.every((item) => item !== undefined) ? (items as Exact[]) : undefined;
    }
    default:
      return undefined;
  }
}

function sameExact(a: Exact, b: Exact): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, i) => sameExact(x, (b as readonly Exact[])[i]))
    );
  }
  return a === b;
}

function matchMistake(
  mistakes: readonly Mistake[] | undefined,
  values: readonly number[],
  tolerance: Tolerance,
): string | null {
  for (const mistake of mistakes ?? []) {
    const wrong = typeof mistake.values === "number" ? [mistake.values] : mistake.values;
    if (wrong.length === values.length && values.every((x, i) => isClose(x, wrong[i], tolerance))) {
      return mistake.message;
    }
  }
  return null;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

function withoutOnes(shape: readonly number[]): number[] {
  return shape.filter((d) => d !== 1);
}

/** The multi-index of a row-major flat index: unravel(5, [2, 3]) = [1, 2]. */
export function unravel(flat: number, shape: readonly number[]): number[] {
  const index: number[] = new Array(shape.length);
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    index[axis] = flat % shape[axis];
    flat = Math.floor(flat / shape[axis]);
  }
  return index;
}

function describeTolerance(t: Tolerance): string {
  if (t.atol === 0) return `relativa ${t.rtol.toExponential()}`;
  return `relativa ${t.rtol.toExponential()}, absoluta ${t.atol.toExponential()}`;
}

/** Capitalises a fragment and ends it with a period. */
function sentence(fragment: string): string {
  const text = fragment.charAt(0).toUpperCase() + fragment.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Re-export for checkers that build their own messages. */
export type { TensorValue };
