/**
 * An exercise's data: values the student's code receives already defined, like `tf`. The
 * lecture's values are the ones the prompt talks about and «Ejecutar» uses; «Comprobar» runs
 * the code again on fresh random values the student has not seen, drawn in the page and
 * checked there, so a result typed by hand (or computed for the lecture's numbers only) does
 * not pass.
 *
 * Inputs are plain, structured-cloneable data: numbers, lists of numbers and tensors (shape,
 * row-major values and dtype); the sandbox worker makes the tensors.
 */
import { unflatten, type Nested } from "./expect.js";
import { formatNumber, formatShapeList } from "./formatValue.js";

/** A tensor as data; the worker turns it into a tf.Tensor before the code runs. */
export interface TensorInput {
  kind: "tensor";
  shape: readonly number[];
  /** Row-major. */
  values: readonly number[];
  dtype: "float32" | "int32";
}

export type InputValue = number | readonly number[] | TensorInput;

/** Named inputs, in the order the prompt lists them. */
export type Inputs = Readonly<Record<string, InputValue>>;

/** How an exercise declares its data. */
export interface InputSpec {
  /** The lecture's values, as the prompt and the starter code describe them. */
  lecture: Inputs;
  /** Fresh values with the same names, from a generator of floats in [0, 1). */
  fresh(random: () => number): Inputs;
}

/** The fresh data sets «Comprobar» tries after the lecture's. */
export const FRESH_RUNS = 2;

/** A tensor input from a flat list of values and a shape: tensorInput([1, 2, 3, 4], [2, 2]). */
export function tensorInput(
  values: readonly number[],
  shape: readonly number[] = [values.length],
  dtype: TensorInput["dtype"] = "float32",
): TensorInput {
  const size = shape.reduce((a, b) => a * b, 1);
  if (size !== values.length) {
    throw new RangeError(
      `tensorInput: la forma ${formatShapeList(shape)} pide ${size} valores, pero hay ${values.length}`,
    );
  }
  return { kind: "tensor", shape: [...shape], values: [...values], dtype };
}

export function isTensorInput(x: InputValue): x is TensorInput {
  return typeof x === "object" && !Array.isArray(x) && (x as TensorInput).kind === "tensor";
}

/** The values of an input as a flat list (a number is a list of one). */
export function inputValues(x: InputValue): readonly number[] {
  if (typeof x === "number") return [x];
  return isTensorInput(x) ? x.values : (x as readonly number[]);
}

/** The tensor input `name`: tensorArg({ u: tensorInput([1]) }, "u").values = [1]. */
export function tensorArg(inputs: Inputs, name: string): TensorInput {
  const x = inputs[name];
  if (x === undefined || !isTensorInput(x)) {
    throw new RangeError(`tensorArg: el dato «${name}» no es un tensor`);
  }
  return x;
}

/** A tensor input's values as float32, as tf holds them (for expectations computed in float64). */
export function float32Values(t: TensorInput): number[] {
  return t.values.map(Math.fround);
}

/** A tensor input's values nested by its shape: [[1, 2], [3, 4]] for shape [2, 2]. */
export function nestedValues(t: TensorInput): Nested {
  return unflatten(t.values, t.shape);
}

/** The data sets of one «Comprobar»: the lecture's, then `count` fresh ones. */
export function inputSets(spec: InputSpec, random: () => number, count = FRESH_RUNS): Inputs[] {
  return [spec.lecture, ...Array.from({ length: count }, () => spec.fresh(random))];
}

/** Inputs longer than this are described by their shape only. */
const SHOWN_VALUES = 8;

/**
 * Describes inputs for a message: "pF = 0.31, pH = 0.52"; a tensor by its values when short,
 * else by its shape: "u (tensor float32 de forma [73512])".
 */
export function describeInputs(inputs: Inputs): string {
  return Object.entries(inputs)
    .map(([name, value]) => `\`${name}\` ${describeInput(value)}`)
    .join(", ");
}

function describeInput(x: InputValue): string {
  if (typeof x === "number") return `= ${formatNumber(x)}`;
  if (!isTensorInput(x)) {
    return x.length <= SHOWN_VALUES
      ? `= [${x.map(formatNumber).join(", ")}]`
      : `(una lista de ${x.length} números)`;
  }
  const what = `tensor ${x.dtype} de forma ${formatShapeList(x.shape)}`;
  return x.values.length <= SHOWN_VALUES && x.shape.length <= 1
    ? `= [${x.values.map(formatNumber).join(", ")}] (${what})`
    : `(${what})`;
}

// Generators for fresh data, all from one `random` in [0, 1).

/** An integer in [min, max]. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A number in [min, max) rounded to `digits` decimals. */
export function randomNumber(random: () => number, min: number, max: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round((min + random() * (max - min)) * scale) / scale;
}

/** `n` numbers from randomNumber. */
export function randomNumbers(
  random: () => number,
  n: number,
  min: number,
  max: number,
  digits = 2,
): number[] {
  return Array.from({ length: n }, () => randomNumber(random, min, max, digits));
}

/**
 * A probability distribution of `n` outcomes with three decimals, none below 0.001 (with
 * `floor` > 0), summing to 1: the rounding is absorbed by the largest one.
 */
export function randomDistribution(random: () => number, n: number, floor = 0.05): number[] {
  const weights = Array.from({ length: n }, () => floor + random());
  const total = weights.reduce((s, w) => s + w, 0);
  const p = weights.map((w) => Math.max(0.001, Math.round((w / total) * 1000) / 1000));
  const largest = p.indexOf(Math.max(...p));
  const others = p.reduce((s, x, i) => (i === largest ? s : s + x), 0);
  p[largest] = Math.round((1 - others) * 1000) / 1000;
  return p;
}
