import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, describe, expect, test } from "vitest";
import {
  derivativeAt,
  derivativeAtAsync,
  gradientAt,
  gradientAtAsync,
} from "../../../lib/tf/autodiff.js";
import { expectRangeError } from "../expectRangeError.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

const square = (x: tf.Scalar): tf.Scalar => tf.square(x);
const sumOfSquares = (v: tf.Tensor1D): tf.Scalar => tf.sum(tf.square(v));
/** f(x, y) = x · y², so ∇f = [y², 2xy]. */
const xTimesYSquared = (v: tf.Tensor1D): tf.Scalar => {
  const [x, y] = tf.unstack(v);
  return tf.mul(x, tf.square(y));
};

describe("derivativeAt", () => {
  test("derivativeAt(x => x², 3) = { value: 9, derivative: 6 }", () => {
    expect(derivativeAt(square, 3)).toEqual({ value: 9, derivative: 6 });
  });
  test("derivativeAt(x => (x² + 1)³, 5) = { value: 17576, derivative: 20280 }, the lecture's output", () => {
    const f = (x: tf.Scalar): tf.Scalar => tf.pow(tf.add(tf.square(x), 1), 3);
    expect(derivativeAt(f, 5)).toEqual({ value: 17576, derivative: 20280 });
  });
  test("derivativeAt(sin, 0.5) = { sin 0.5, cos 0.5 } within float32's relative 1e-6", () => {
    const { value, derivative } = derivativeAt((x) => tf.sin(x), 0.5);
    expect(Math.abs(value - Math.sin(0.5)) / Math.sin(0.5)).toBeLessThan(1e-6);
    expect(Math.abs(derivative - Math.cos(0.5)) / Math.cos(0.5)).toBeLessThan(1e-6);
  });
  test("derivativeAtAsync(x => x², 3) resolves to { value: 9, derivative: 6 }", async () => {
    await expect(derivativeAtAsync(square, 3)).resolves.toEqual({ value: 9, derivative: 6 });
  });
  test("derivativeAt and derivativeAtAsync leave no tensors behind", async () => {
    const before = tf.memory().numTensors;
    derivativeAt(square, 3);
    await derivativeAtAsync(square, 3);
    expect(tf.memory().numTensors).toBe(before);
  });
  test("derivativeAt(f, NaN) throws a RangeError naming x", () => {
    expectRangeError(() => derivativeAt(square, NaN), "derivativeAt: x = NaN");
  });
  test("derivativeAtAsync(f, Infinity) rejects with a RangeError naming x", async () => {
    await expect(derivativeAtAsync(square, Infinity)).rejects.toThrow(RangeError);
    await expect(derivativeAtAsync(square, Infinity)).rejects.toThrow(
      "derivativeAtAsync: x = Infinity",
    );
  });
  test("derivativeAt(f, x) throws a RangeError when f does not return a scalar, and leaks nothing", () => {
    const before = tf.memory().numTensors;
    const notScalar = ((x: tf.Scalar) => tf.stack([x, x])) as unknown as (
      x: tf.Scalar,
    ) => tf.Scalar;
    expectRangeError(
      () => derivativeAt(notScalar, 1),
      "derivativeAt: f debe devolver un escalar",
      "forma [2]",
    );
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe("gradientAt", () => {
  test("gradientAt(v => Σ v², [3, 4]) = { value: 25, gradient: [6, 8] }", () => {
    expect(gradientAt(sumOfSquares, [3, 4])).toEqual({ value: 25, gradient: [6, 8] });
  });
  test("gradientAt((x, y) => x·y², [2, 3]) = { value: 18, gradient: [9, 12] }", () => {
    expect(gradientAt(xTimesYSquared, [2, 3])).toEqual({ value: 18, gradient: [9, 12] });
  });
  test("gradientAt(f, [x]) with one variable matches derivativeAt", () => {
    expect(gradientAt(sumOfSquares, [3]).gradient).toEqual([derivativeAt(square, 3).derivative]);
  });
  test("gradientAtAsync(v => Σ v², [3, 4]) resolves to { value: 25, gradient: [6, 8] }", async () => {
    await expect(gradientAtAsync(sumOfSquares, [3, 4])).resolves.toEqual({
      value: 25,
      gradient: [6, 8],
    });
  });
  test("gradientAt and gradientAtAsync leave no tensors behind", async () => {
    const before = tf.memory().numTensors;
    gradientAt(xTimesYSquared, [2, 3]);
    await gradientAtAsync(xTimesYSquared, [2, 3]);
    expect(tf.memory().numTensors).toBe(before);
  });
  test("gradientAt(f, []) throws a RangeError: the point is empty", () => {
    expectRangeError(() => gradientAt(sumOfSquares, []), "gradientAt: point está vacío");
  });
  test("gradientAt(f, [1, NaN]) throws a RangeError naming point[1]", () => {
    expectRangeError(() => gradientAt(sumOfSquares, [1, NaN]), "gradientAt: point[1] = NaN");
  });
  test("gradientAtAsync(f, []) rejects with a RangeError", async () => {
    await expect(gradientAtAsync(sumOfSquares, [])).rejects.toThrow(
      "gradientAtAsync: point está vacío",
    );
  });
});
