import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, expect, test } from "vitest";
import { assignElement, assignElementCode } from "../../../lib/tf/assignElement.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

test("assignElement(v, [0, 1], 99) changes one element and keeps the variable's identity", async () => {
  const v = tf.tidy(() =>
    tf.variable(
      tf.tensor(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [2, 3],
        "int32",
      ),
    ),
  );
  const { id, name } = v;
  const before = tf.memory().numTensors;
  assignElement(v, [0, 1], 99);
  expect(await v.array()).toEqual([
    [1, 99, 3],
    [4, 5, 6],
  ]);
  expect([v.id, v.name]).toEqual([id, name]);
  expect(tf.memory().numTensors).toBe(before);
  v.dispose();
});

test("assignElementCode writes the tfjs idiom for v[0, 1].assign(99)", () => {
  expect(assignElementCode("v", [0, 1], 99, "int32")).toBe(
    'v.assign(tf.tensorScatterUpdate(v, [[0, 1]], tf.tensor([99], [1], "int32")));',
  );
});
