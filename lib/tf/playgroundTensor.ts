/**
 * The tensor playground's model: a tensor either written as a literal or made by one of the
 * lecture's initialisers, the code that makes it in TensorFlow (Python) and TensorFlow.js,
 * and its attributes (rank, shape, size, dtype, min, max, mean) read back as plain numbers.
 */
import * as tf from "@tensorflow/tfjs-core";
import { parseNumber, parseSeed } from "../random/seed.js";
import { parseShape } from "../input/parseShape.js";
import {
  parseTensorLiteral,
  type Nested,
  type TensorLiteral,
} from "../input/parseTensorLiteral.js";
import { TensorInputError } from "../input/tensorInputError.js";

export type InitializerName = "zeros" | "ones" | "fill" | "randomUniform" | "range";

/** What the student picked: a literal, or an initialiser with a shape, a fill value and a seed. */
export type PlaygroundSpec =
  | { kind: "literal"; literal: TensorLiteral }
  | { kind: "initializer"; name: InitializerName; shape: number[]; value: number; seed: number };

/** The initialisers of the lecture, with their Spanish labels. */
export const INITIALIZER_LABELS: Record<InitializerName, string> = {
  zeros: "ceros (zeros)",
  ones: "unos (ones)",
  fill: "llenar con un valor (fill)",
  randomUniform: "aleatorio uniforme (random.uniform)",
  range: "rango 0, 1, 2, … (range + reshape)",
};

/** Makes the tensor; call inside tf.tidy or dispose it. */
export function makePlaygroundTensor(spec: PlaygroundSpec): tf.Tensor {
  if (spec.kind === "literal") {
    const { values, shape, dtype } = spec.literal;
    return tf.tensor(values, shape, dtype);
  }
  const { name, shape, value, seed } = spec;
  switch (name) {
    case "zeros":
      return tf.zeros(shape);
    case "ones":
      return tf.ones(shape);
    case "fill":
      return tf.fill(shape, value, Number.isInteger(value) ? "int32" : "float32");
    case "randomUniform":
      return tf.randomUniform(shape, 0, 1, "float32", seed);
    case "range":
      return tf.reshape(tf.range(0, sizeOf(shape), 1, "int32"), shape);
  }
}

/** The same tensor as TensorFlow (Python) and TensorFlow.js code. */
export function playgroundCode(spec: PlaygroundSpec): { python: string; tfjs: string } {
  if (spec.kind === "literal") {
    const { shape, dtype, nested } = spec.literal;
    return {
      python: `tf.constant(${nestedCode(nested, dtype === "float32")})`,
      tfjs: `tf.tensor(${nestedCode(nested, false)}, ${list(shape)}, "${dtype}")`,
    };
  }
  const { name, shape, value, seed } = spec;
  const py = `(${shape.join(", ")}${shape.length === 1 ? "," : ""})`;
  switch (name) {
    case "zeros":
      return { python: `tf.zeros(${list(shape)})`, tfjs: `tf.zeros(${list(shape)})` };
    case "ones":
      return { python: `tf.ones(${list(shape)})`, tfjs: `tf.ones(${list(shape)})` };
    case "fill": {
      const dtype = Number.isInteger(value) ? "int32" : "float32";
      return {
        python: `tf.fill(${list(shape)}, value=${value})`,
        tfjs: `tf.fill(${list(shape)}, ${value}, "${dtype}")`,
      };
    }
    case "randomUniform":
      return {
        python: `tf.random.uniform(shape=${py}, seed=${seed})`,
        tfjs: `tf.randomUniform(${list(shape)}, 0, 1, "float32", ${seed})`,
      };
    case "range":
      return {
        python: `tf.reshape(tf.range(${sizeOf(shape)}), ${py})`,
        tfjs: `tf.reshape(tf.range(0, ${sizeOf(shape)}, 1, "int32"), ${list(shape)})`,
      };
  }
}

/** A tensor's attributes as plain values; min, max and mean are null for an empty tensor. */
export interface TensorSummary {
  rank: number;
  shape: number[];
  size: number;
  dtype: string;
  min: number | null;
  max: number | null;
  mean: number | null;
  /** Every value, row-major. */
  values: number[];
}

/**
 * Reads a tensor's attributes with the async data() (the tensor is not disposed). An empty
 * tensor has no min, max or mean: NumPy raises an error and tfjs would give NaN, so null.
 */
export async function summarizeTensor(t: tf.Tensor): Promise<TensorSummary> {
  const stats =
    t.size === 0
      ? null
      : tf.tidy(() =>
          tf.stack([tf.min(t), tf.max(t), tf.mean(t)].map((s) => tf.cast(s, "float32"))),
        );
  try {
    const [values, minMaxMean] = await Promise.all([t.data(), stats ? stats.data() : null]);
    return {
      rank: t.rank,
      shape: [...t.shape],
      size: t.size,
      dtype: t.dtype,
      min: minMaxMean ? minMaxMean[0] : null,
      max: minMaxMean ? minMaxMean[1] : null,
      mean: minMaxMean ? minMaxMean[2] : null,
      values: Array.from(values as ArrayLike<number>),
    };
  } finally {
    stats?.dispose();
  }
}

function sizeOf(shape: readonly number[]): number {
  return shape.reduce((p, d) => p * d, 1);
}

function list(xs: readonly number[]): string {
  return `[${xs.join(", ")}]`;
}

/** A nested list as code; with `pythonFloats`, integral values get ".0" so Python keeps float. */
function nestedCode(value: Nested, pythonFloats: boolean): string {
  if (Array.isArray(value)) return `[${value.map((v) => nestedCode(v, pythonFloats)).join(", ")}]`;
  return pythonFloats && Number.isInteger(value) ? `${value}.0` : String(value);
}

/** The texts and choices of the playground's inputs. */
export interface PlaygroundInputs {
  source: "literal" | "initializer";
  literalText: string;
  shapeText: string;
  name: InitializerName;
  /** The fill value, as typed. */
  valueText: string;
  /** The seed of random.uniform, as typed. */
  seedText: string;
}

/**
 * Turns the playground's inputs into a spec, checking them (a TensorInputError in Spanish
 * for a bad literal, a bad shape, a shape over `maxSize` elements, a fill value that is not a
 * number or a seed that is not an integer ≥ 0).
 */
export function readPlaygroundSpec(
  inputs: PlaygroundInputs,
  { maxSize = 4096 } = {},
): PlaygroundSpec {
  if (inputs.source === "literal") {
    const literal = parseTensorLiteral(inputs.literalText);
    if (literal.values.length > maxSize) {
      throw new TensorInputError(
        "ValueError",
        `el tensor tiene ${literal.values.length} elementos; aquí se admiten hasta ${maxSize}`,
      );
    }
    return { kind: "literal", literal };
  }
  const shape = parseShape(inputs.shapeText, { maxSize });
  const value = parseNumber(inputs.valueText, "el valor de fill");
  const seed = parseSeed(inputs.seedText);
  return { kind: "initializer", name: inputs.name, shape, value, seed };
}
