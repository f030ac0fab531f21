import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, expect, test } from "vitest";
import {
  assignElement,
  assignElementCode,
  replayAssignments,
} from "../../../lib/tf/assignElement.js";

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

test("replayAssignments applies the valid requests in order from the initial values", async () => {
  const initial = [
    [1, 2, 3],
    [4, 5, 6],
  ];
  const v = tf.tidy(() => tf.variable(tf.tensor(initial, [2, 3], "int32")));
  const before = tf.memory().numTensors;
  const outcome = replayAssignments(v, initial, [
    { fila: "0", columna: "1", valor: "99" },
    { fila: "-1", columna: "-1", valor: "7" },
  ]);
  expect(outcome).toMatchObject({ applied: 2, error: null, last: { index: [1, 2], value: 7 } });
  expect(await v.array()).toEqual([
    [1, 99, 3],
    [4, 5, 7],
  ]);
  expect(tf.memory().numTensors).toBe(before);
  v.dispose();
});

test("replayAssignments: a rejected latest request changes nothing and returns its error", async () => {
  const initial = [
    [1, 2, 3],
    [4, 5, 6],
  ];
  const v = tf.tidy(() => tf.variable(tf.tensor(initial, [2, 3], "int32")));
  const outcome = replayAssignments(v, initial, [
    { fila: "0", columna: "0", valor: "8" },
    { fila: "5", columna: "0", valor: "1" },
  ]);
  expect(outcome.applied).toBe(1);
  expect(outcome.error?.message).toBe("índice 5 fuera de rango para el eje 0 de tamaño 2");
  expect(await v.array()).toEqual([
    [8, 2, 3],
    [4, 5, 6],
  ]);
  expect(replayAssignments(v, initial, []).applied).toBe(0);
  expect(await v.array()).toEqual(initial);
  v.dispose();
});
