import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, describe, expect, test } from "vitest";
import { lossCurves } from "../../../lib/math/calculus/lossCurves.js";
import { derivativeAt } from "../../../lib/tf/autodiff.js";
import { lossCurvesTf } from "../../../lib/tf/lossCurvesTf.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

describe.each(lossCurves)("lossCurvesTf['$id']", (curve) => {
  const [a, b] = curve.domain;
  const ws = Array.from({ length: 9 }, (_, i) => a + ((b - a) * i) / 8);
  test("value and tf.grad derivative equal the closed forms to float32 precision", () => {
    for (const w of ws) {
      const { value, derivative } = derivativeAt(lossCurvesTf[curve.id], w);
      expect(Math.abs(value - curve.f(w))).toBeLessThanOrEqual(
        1e-5 * Math.max(1, Math.abs(curve.f(w))),
      );
      expect(Math.abs(derivative - curve.derivative(w))).toBeLessThanOrEqual(
        1e-5 * Math.max(1, Math.abs(curve.derivative(w))),
      );
    }
  });
});

test("lossCurvesTf leave no tensors behind", () => {
  const before = tf.memory().numTensors;
  for (const curve of lossCurves) derivativeAt(lossCurvesTf[curve.id], curve.start);
  expect(tf.memory().numTensors).toBe(before);
});
