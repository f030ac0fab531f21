import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, expect, test } from "vitest";
import { parseIndex } from "../../../lib/input/parseIndex.js";
import { selectIndex } from "../../../lib/math/tensors/selectIndex.js";
import { applyIndexPlans } from "../../../lib/tf/applyIndexPlan.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

// Every kind of index; selectIndex's own tests pin its results to NumPy's.
const EXPRESSIONS = [
  "t[0, 1]",
  "t[0][1]",
  "t[-1]",
  "t[:, ::2]",
  "t[0, 1:3, ::2]",
  "t[:, [0, 2]]",
  "t[1, [0, 2]]",
  "t[0, :, [1, 2]]",
  "t[[1, 0]]",
  "t[..., 1]",
  "t[..., -1, ::-1]",
  "t[::-1]",
  "t[1:1]",
  "t[:, 5:]",
  "t[:, -10:10]",
  "t[0, ::-2]",
  "t[1, 2:0:-1, 1::2]",
  "t[-2, -1, -4]",
  "t[[0, 0, 1]]",
  "t[:, [2, 0], 1]",
  "t[0, ..., [3, 1]]",
  "t[[0, 1], :, 0]",
  "t[:, :, [1]]",
  "t[1:, 1:, 1:]",
  "t[0][::-1][1]",
  "t[:, 1, ::3]",
  "t[5:-10:-1]",
  "t[-10::-1]",
  "t[0, 2:-10:-1]",
  "t[:, [-1]]",
  "t[...]",
  "t[[]]",
];

test.each(EXPRESSIONS)(
  "applyIndexPlans computes %s as NumPy does (shape and values)",
  async (text) => {
    const selection = selectIndex([2, 3, 4], parseIndex(text).subscripts);
    const result = tf.tidy(() =>
      applyIndexPlans(
        tf.reshape(tf.range(0, 24, 1, "int32"), [2, 3, 4]),
        selection.steps.map((s) => s.plan),
      ),
    );
    expect(result.shape).toEqual(selection.shape);
    expect(Array.from(await result.data())).toEqual(selection.flat);
    result.dispose();
  },
);
