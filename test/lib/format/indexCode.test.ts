import { expect, test } from "vitest";
import { indexCode } from "../../../lib/format/indexCode.js";
import { parseIndex } from "../../../lib/input/parseIndex.js";
import { selectIndex } from "../../../lib/math/tensors/selectIndex.js";

const code = (text: string) => {
  const { name, subscripts } = parseIndex(text);
  return indexCode(name, selectIndex([2, 3, 4], subscripts).steps);
};

test("indexCode(t[0, 1]): TF writes it as NumPy; tfjs slices and squeezes", () => {
  expect(code("t[0,1]")).toEqual({
    numpy: "t[0, 1]",
    tensorflow: "t[0, 1]",
    tfjs: "tf.squeeze(tf.slice(t, [0, 1, 0], [1, 1, 4]), [0, 1])",
  });
});

test("indexCode(t[:, ::2]): tfjs needs stridedSlice for a step", () => {
  expect(code("t[:, ::2]").tfjs).toBe("tf.stridedSlice(t, [0, 0, 0], [2, 3, 4], [1, 2, 1])");
});

test("indexCode(t[::-1]) passes the endMask when a negative step runs past index 0", () => {
  expect(code("t[::-1]").tfjs).toBe("tf.stridedSlice(t, [1, 0, 0], [0, 3, 4], [-1, 1, 1], 0, 1)");
});

test("indexCode(t[:, [0, 2]]): TF and tfjs both gather along axis 1", () => {
  expect(code("t[:, [0, 2]]")).toEqual({
    numpy: "t[:, [0, 2]]",
    tensorflow: "tf.gather(t, [0, 2], axis=1)",
    tfjs: "tf.gather(t, [0, 2], 1)",
  });
});

test("indexCode(t[0, :, [1, -1]]): gather after t[0, :], then NumPy's transpose", () => {
  expect(code("t[0, :, [1, -1]]")).toEqual({
    numpy: "t[0, :, [1, -1]]",
    tensorflow: "tf.transpose(tf.gather(t[0, :, :], [1, 3], axis=1), perm=[1, 0])",
    tfjs: "tf.transpose(tf.gather(tf.squeeze(tf.slice(t, [0, 0, 0], [1, 3, 4]), [0]), [1, 3], 1), [1, 0])",
  });
});

test("indexCode(a[-1][0]) chains two subscripts and keeps the name", () => {
  const { name, subscripts } = parseIndex("a[-1][0]");
  expect(indexCode(name, selectIndex([2, 3, 4], subscripts).steps)).toEqual({
    numpy: "a[-1][0]",
    tensorflow: "a[-1][0]",
    tfjs: "tf.squeeze(tf.slice(tf.squeeze(tf.slice(a, [1, 0, 0], [1, 3, 4]), [0]), [0, 0], [1, 4]), [0])",
  });
});

test("indexCode(t[...]) is just t in tfjs", () => {
  expect(code("t[...]")).toEqual({ numpy: "t[...]", tensorflow: "t[...]", tfjs: "t" });
});
