import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, expect, test } from "vitest";
import { LECTURE_DOT, LECTURE_DOT_PYTHON } from "../../../lib/lecture/lectureRace.js";
import { DOT_RACE_JAVASCRIPT } from "../../../lib/tf/dotRaceSource.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

test("DOT_RACE_JAVASCRIPT runs as shown and prints two w that agree to float32 precision", async () => {
  const printed: unknown[][] = [];
  const console = { log: (...values: unknown[]) => printed.push(values) };
  // The shown program with n = 10⁴ (the machines are small); everything else as it is shown.
  const code = DOT_RACE_JAVASCRIPT.replace("const n = 1000000;", "const n = 10000;");
  expect(code).not.toBe(DOT_RACE_JAVASCRIPT);
  await new AsyncFunction("tf", "console", "performance", code)(tf, console, performance);
  expect(printed.map((line) => line[0])).toEqual([
    "Versión for:",
    printed[1][0],
    "Versión vectorizada:",
    printed[3][0],
  ]);
  const [loopW, dotW] = [printed[1][0], printed[3][0]] as number[];
  // About n/4 for uniform numbers in [0, 1); float32 sums agree to ~1e-6 relative.
  expect(loopW).toBeGreaterThan(2000);
  expect(loopW).toBeLessThan(3000);
  expect(Math.abs(loopW - dotW) / loopW).toBeLessThan(1e-5);
});

test("the Python and the JavaScript race use the lecture's n = 1 000 000", () => {
  expect(LECTURE_DOT_PYTHON).toContain(`n = ${LECTURE_DOT.n}`);
  expect(DOT_RACE_JAVASCRIPT).toContain(`const n = ${LECTURE_DOT.n};`);
  expect(LECTURE_DOT_PYTHON).toContain("w = np.dot(u,v)");
});
