import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, expect, test } from "vitest";
import { immutabilityFacts } from "../../../lib/tf/immutability.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

test("immutabilityFacts: a tensor has no assign and tf.add makes a new one; a variable keeps its id", async () => {
  const before = tf.memory().numTensors;
  const facts = await immutabilityFacts();
  expect(facts).toMatchObject({
    tensorAssign: "undefined",
    variableAssign: "function",
    tensorAfter: [1, 2, 3],
    sumValues: [2, 3, 4],
    variableAfter: [10, 20, 30],
  });
  expect(facts.sumId).not.toBe(facts.tensorId);
  expect(facts.variableIdAfter).toBe(facts.variableIdBefore);
  expect(tf.memory().numTensors).toBe(before);
});
