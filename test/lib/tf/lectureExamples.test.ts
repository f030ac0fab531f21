import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, expect, test } from "vitest";
import { compareResult } from "../../../lib/lecture/compareResult.js";
import {
  exampleCode,
  lectureExamples,
  runLectureExamples,
} from "../../../lib/tf/lectureExamples.js";
import { observeResult } from "../../../lib/tf/observeResult.js";

const SEED = 7;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (tfModule: typeof tf) => Promise<unknown>;

beforeAll(async () => {
  await tf.setBackend("cpu");
});

/** Runs the tfjs text as the page shows it; its last line is the value. */
function runShownCode(code: string): Promise<unknown> {
  const lines = code.split("\n");
  const last = lines.pop()!;
  return new AsyncFunction("tf", `${lines.join("\n")}\nreturn (${last});`)(tf);
}

test("lectureExamples: ids are unique and every example has NumPy, Python and tfjs code", () => {
  const ids = lectureExamples.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const example of lectureExamples) {
    expect(example.numpy.length, example.id).toBeGreaterThan(0);
    expect(example.python.length, example.id).toBeGreaterThan(0);
    expect(example.tfjs.length, example.id).toBeGreaterThan(0);
  }
});

test.each(lectureExamples.map((e) => [e.id, e] as const))(
  "lectureExamples['%s']: the tfjs code shown computes what run() computes",
  async (_, example) => {
    const shown = await observeResult(await runShownCode(exampleCode(example, SEED)));
    const ran = await example.run(SEED);
    expect(shown.value).toEqual(ran.value);
    expect(shown.shape).toEqual(ran.shape);
    expect(shown.dtype).toEqual(ran.dtype);
  },
);

test("lectureExamples: tfjs matches Python everywhere except the six documented differences", async () => {
  const differing: Record<string, string[]> = {};
  for (const example of lectureExamples) {
    const { differences } = compareResult(example.expected, await example.run(SEED));
    if (differences.length > 0) differing[example.id] = differences.map((d) => d.field);
  }
  expect(differing).toEqual({
    "numpy-from-data": ["valor", "forma"],
    "tensor-from-array": ["dtype"],
    "variable-from-array": ["dtype"],
    "attr-type": ["tipo"],
    "attr-dtype": ["valor"],
    "attr-mean": ["dtype"],
  });
  for (const id of Object.keys(differing)) {
    expect(lectureExamples.find((e) => e.id === id)?.note, id).toBeTruthy();
  }
});

test("lectureExamples: running every example leaves no tensor behind", async () => {
  const before = tf.memory().numTensors;
  for (const example of lectureExamples) await example.run(SEED);
  expect(tf.memory().numTensors).toBe(before);
});

test("lectureExamples['random-uniform'] is reproducible: the same seed gives the same values", async () => {
  const example = lectureExamples.find((e) => e.id === "random-uniform")!;
  expect((await example.run(3)).value).toEqual((await example.run(3)).value);
  expect((await example.run(3)).value).not.toEqual((await example.run(4)).value);
});

test("exampleCode writes the seed into the code", () => {
  const example = lectureExamples.find((e) => e.id === "random-uniform")!;
  expect(exampleCode(example, 42)).toContain('"float32", 42)');
});

test("runLectureExamples returns each example's code with the seed, its result and the verdict", async () => {
  const examples = lectureExamples.filter((e) => e.id === "random-uniform" || e.id === "op-matmul");
  const outcomes = await runLectureExamples(examples, 5);
  expect(outcomes.map((o) => [o.id, o.comparison.ok])).toEqual([
    ["random-uniform", true],
    ["op-matmul", true],
  ]);
  expect(outcomes[0].tfjs).toContain('"float32", 5)');
  expect(outcomes[1].observed.value).toEqual([
    [19, 22],
    [43, 50],
  ]);
});

test("exampleCode(example, seed, {annotate: true}) marks the value's line as the result", () => {
  const example = lectureExamples.find((e) => e.id === "op-add")!;
  expect(exampleCode(example, 0, { annotate: true })).toBe(
    "tf.add([1, 2], [3, 4])  // → resultado",
  );
});

test("runLectureExamples rejects a seed that is not an integer ≥ 0, in Spanish", async () => {
  await expect(runLectureExamples(lectureExamples.slice(0, 1), 1.5)).rejects.toThrow(
    "la semilla debe ser un entero ≥ 0",
  );
});
