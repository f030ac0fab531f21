import { formatShape } from "../../format/formatShape.js";
import { assertDimension } from "../validate.js";

/** A tensor shape: one size (an integer ≥ 0) per axis, e.g. [2, 3]; [] is a scalar. */
export type Shape = readonly number[];

/**
 * Thrown when shapes cannot be broadcast together. Like NumPy's "operands could not be
 * broadcast together with shapes (2,3) (2,)", its message names every shape and the
 * first incompatible axis, counted from the right as in the lecture's rule:
 * `no se pueden combinar (broadcast) las formas (2,3) (2,): en el eje -1 los tamaños 3 y 2 no son iguales ni 1`.
 */
export class BroadcastError extends Error {
  /** The shapes that were given, as given. */
  readonly shapes: readonly Shape[];
  /** The first incompatible axis counted from the right: -1 is the last axis. */
  readonly axis: number;
  /** The same axis counted from the left in the (padded) result: rank + axis. */
  readonly axisFromLeft: number;
  /** Each shape's size at that axis, 1 where the shape was padded on the left. */
  readonly sizes: readonly number[];

  constructor(shapes: readonly Shape[], axis: number) {
    const rank = Math.max(0, ...shapes.map((s) => s.length));
    const sizes = shapes.map((s) => sizeAt(s, axis));
    const clashing = [...new Set(sizes.filter((d) => d !== 1))];
    super(
      `no se pueden combinar (broadcast) las formas ${shapes.map(formatShape).join(" ")}: ` +
        `en el eje ${axis} los tamaños ${listInSpanish(clashing)} no son iguales ni 1`,
    );
    this.name = "BroadcastError";
    this.shapes = shapes.map((s) => [...s]);
    this.axis = axis;
    this.axisFromLeft = rank + axis;
    this.sizes = sizes;
  }
}

/**
 * NumPy's broadcasting rule for any number of shapes: align them on the right, pad the
 * shorter ones with 1s on the left, then at every axis the sizes must be equal or 1, and
 * the result takes the size that is not 1. Zero-size axes follow the same rule: 0 with 1
 * gives 0, 0 with 3 is an error. No shapes at all broadcast to the scalar shape [].
 *
 * Example: broadcastShapes([8, 1, 6, 1], [7, 1, 5], [1, 5], []) = [8, 7, 6, 5];
 * broadcastShapes([2, 3], [2]) throws a BroadcastError at axis -1 (sizes 3 and 2).
 *
 * Throws a RangeError if a size is not an integer ≥ 0.
 */
export function broadcastShapes(...shapes: readonly Shape[]): number[] {
  shapes.forEach((shape, i) => assertShape("broadcastShapes", `shapes[${i}]`, shape));
  const rank = Math.max(0, ...shapes.map((s) => s.length));
  const result: number[] = new Array(rank);
  for (let axis = -1; axis >= -rank; axis--) {
    const size = broadcastSize(shapes.map((s) => sizeAt(s, axis)));
    if (size === null) throw new BroadcastError(shapes, axis);
    result[rank + axis] = size;
  }
  return result;
}

/** A verdict on one axis of a two-shape broadcast, in the lecture's words. */
export type BroadcastVerdict = "iguales" | "estira A" | "estira B" | "incompatible";

/** One step of explainBroadcast: what happens at one axis. */
export interface BroadcastAxisStep {
  /** The axis counted from the right: -1 is the last axis. */
  axis: number;
  sizeA: number;
  sizeB: number;
  /** True when sizeA is a 1 that came from padding A on the left. */
  padA: boolean;
  padB: boolean;
  /** "iguales" if the sizes match, "estira A"/"estira B" if that one is 1 and is repeated. */
  verdict: BroadcastVerdict;
  /** The result's size at this axis, or null if the sizes are incompatible. */
  result: number | null;
}

/** Everything a visualiser needs to show the broadcasting of two shapes step by step. */
export interface BroadcastExplanation {
  a: number[];
  b: number[];
  /** The rank of the result: the longer of the two shapes. */
  rank: number;
  /** a padded on the left with 1s to `rank` axes. */
  paddedA: number[];
  paddedB: number[];
  /** One step per axis, in the lecture's order: right to left, from axis -1 to axis -rank. */
  axes: BroadcastAxisStep[];
  ok: boolean;
  /** The broadcast shape, or null if some axis is incompatible. */
  result: number[] | null;
  /** The BroadcastError message broadcastShapes(a, b) would throw, or null. */
  error: string | null;
}

/**
 * Explains the broadcasting of two shapes axis by axis, right to left, as the lecture does.
 *
 * Example: explainBroadcast([2, 3], [3]) pads b to [1, 3]; axis -1 is "iguales" (3 and 3),
 * axis -2 is "estira B" (2 and a padded 1); the result is [2, 3]. Every axis gets a step,
 * even after an incompatible one.
 *
 * Throws a RangeError if a size is not an integer ≥ 0.
 */
export function explainBroadcast(a: Shape, b: Shape): BroadcastExplanation {
  assertShape("explainBroadcast", "a", a);
  assertShape("explainBroadcast", "b", b);
  const rank = Math.max(a.length, b.length);
  const axes: BroadcastAxisStep[] = [];
  for (let axis = -1; axis >= -rank; axis--) axes.push(explainAxis(a, b, axis));
  const bad = axes.find((step) => step.verdict === "incompatible");
  return {
    a: [...a],
    b: [...b],
    rank,
    paddedA: padLeft(a, rank),
    paddedB: padLeft(b, rank),
    axes,
    ok: bad === undefined,
    result: bad === undefined ? axes.map((step) => step.result as number).reverse() : null,
    error: bad === undefined ? null : new BroadcastError([a, b], bad.axis).message,
  };
}

function explainAxis(a: Shape, b: Shape, axis: number): BroadcastAxisStep {
  const sizeA = sizeAt(a, axis);
  const sizeB = sizeAt(b, axis);
  const result = broadcastSize([sizeA, sizeB]);
  const verdict: BroadcastVerdict =
    sizeA === sizeB
      ? "iguales"
      : sizeA === 1
        ? "estira A"
        : sizeB === 1
          ? "estira B"
          : "incompatible";
  return { axis, sizeA, sizeB, padA: -axis > a.length, padB: -axis > b.length, verdict, result };
}

/** The size of `shape` at a negative axis, 1 where the shape is padded: sizeAt([3], -2) = 1. */
function sizeAt(shape: Shape, axis: number): number {
  return -axis > shape.length ? 1 : shape[shape.length + axis];
}

/** The common size of sizes that are each equal to it or 1, or null: [1, 3, 3] → 3, [3, 2] → null. */
function broadcastSize(sizes: readonly number[]): number | null {
  const notOne = sizes.filter((d) => d !== 1);
  if (notOne.some((d) => d !== notOne[0])) return null;
  return notOne.length === 0 ? 1 : notOne[0];
}

function padLeft(shape: Shape, rank: number): number[] {
  return [...new Array<number>(rank - shape.length).fill(1), ...shape];
}

function assertShape(fn: string, name: string, shape: Shape): void {
  if (!Array.isArray(shape)) {
    throw new RangeError(
      `${fn}: ${name} = ${String(shape)} no es una forma (un arreglo de tamaños)`,
    );
  }
  shape.forEach((d, i) => assertDimension(fn, `${name}[${i}]`, d));
}

/** Joins numbers the Spanish way: [3, 2] → "3 y 2", [3, 2, 4] → "3, 2 y 4". */
function listInSpanish(xs: readonly number[]): string {
  return xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} y ${xs[xs.length - 1]}`;
}
