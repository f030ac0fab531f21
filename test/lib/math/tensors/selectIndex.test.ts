import { expect, test } from "vitest";
import { parseIndex } from "../../../../lib/input/parseIndex.js";
import {
  resolveIndex,
  selectIndex,
  sliceIndices,
} from "../../../../lib/math/tensors/selectIndex.js";
import { TensorInputError } from "../../../../lib/input/tensorInputError.js";

const SHAPE = [2, 3, 4]; // t = np.arange(24).reshape(2, 3, 4): t's values are its flat positions
const select = (text: string) => selectIndex(SHAPE, parseIndex(text).subscripts);

function errorOf(text: string): TensorInputError {
  try {
    select(text);
  } catch (error) {
    expect(error).toBeInstanceOf(TensorInputError);
    return error as TensorInputError;
  }
  throw new Error(`${text} no lanzó`);
}

// Expected shapes and values computed with NumPy 2.4 on np.arange(24).reshape(2, 3, 4).
test.each([
  ["t[0, 1]", [4], [4, 5, 6, 7]],
  ["t[-1]", [3, 4], [12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]],
  ["t[:, ::2]", [2, 2, 4], [0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 20, 21, 22, 23]],
  ["t[0, 1:3, ::2]", [2, 2], [4, 6, 8, 10]],
  ["t[:, [0, 2]]", [2, 2, 4], [0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 20, 21, 22, 23]],
  ["t[..., -1, ::-1]", [2, 4], [11, 10, 9, 8, 23, 22, 21, 20]],
  ["t[1:1]", [0, 3, 4], []],
  ["t[1, 2:0:-1, 1::2]", [2, 2], [21, 23, 17, 19]],
  ["t[-2, -1, -4]", [], [8]],
  ["t[0][::-1][1]", [4], [4, 5, 6, 7]],
  ["t[-10::-1]", [0, 3, 4], []],
])("selectIndex([2, 3, 4], %s) has NumPy's shape %j and values %j", (text, shape, flat) => {
  const selection = select(text);
  expect(selection.shape).toEqual(shape);
  expect(selection.flat).toEqual(flat);
});

test("selectIndex: t[:, -10:10] clamps the slice, like Python, and picks all 24", () => {
  expect(select("t[:, -10:10]").flat).toEqual(Array.from({ length: 24 }, (_, i) => i));
});

test("selectIndex: t[0, :, [1, 2]] puts the list's axis first, as NumPy does → shape [2, 3]", () => {
  const selection = select("t[0, :, [1, 2]]");
  expect(selection.shape).toEqual([2, 3]);
  expect(selection.flat).toEqual([1, 5, 9, 2, 6, 10]);
  expect(selection.steps[0].movedListAxis).toBe(true);
  expect(selection.steps[0].plan.transpose).toEqual([1, 0]);
});

test("selectIndex: t[0, ..., [3, 1]] also moves the list's axis first (the ellipsis separates)", () => {
  expect(select("t[0, ..., [3, 1]]")).toMatchObject({ shape: [2, 3], flat: [3, 7, 11, 1, 5, 9] });
});

test("selectIndex: t[1, [0, 2]] keeps the list's axis in place (int and list are adjacent)", () => {
  const selection = select("t[1, [0, 2]]");
  expect(selection.shape).toEqual([2, 4]);
  expect(selection.steps[0].movedListAxis).toBe(false);
});

test("selectIndex: t[[0, 0, 1]] may repeat an index → shape [3, 3, 4]", () => {
  expect(select("t[[0, 0, 1]]").shape).toEqual([3, 3, 4]);
});

test("selectIndex plans t[0, 1] as slice [0, 1, 0] size [1, 1, 4] then squeeze [0, 1]", () => {
  expect(select("t[0, 1]").steps[0].plan).toEqual({
    slice: { begin: [0, 1, 0], size: [1, 1, 4] },
    stridedSlice: null,
    squeeze: [0, 1],
    gather: null,
    transpose: null,
  });
});

test("selectIndex plans t[::-1] as a stridedSlice whose end is masked (it runs past 0)", () => {
  expect(select("t[::-1]").steps[0].plan.stridedSlice).toEqual({
    begin: [1, 0, 0],
    end: [0, 3, 4],
    strides: [-1, 1, 1],
    endMask: 1,
  });
});

test("selectIndex plans t[:, [2, -1]] as a gather on axis 1 with non-negative indices", () => {
  expect(select("t[:, [2, -1]]").steps[0].plan).toMatchObject({
    slice: null,
    gather: { indices: [2, 2], axis: 1 },
  });
});

test("selectIndex: t[[0, 2]] throws NumPy's IndexError in Spanish", () => {
  const error = errorOf("t[[0, 2]]");
  expect(error.kind).toBe("IndexError");
  expect(error.message).toBe("índice 2 fuera de rango para el eje 0 de tamaño 2");
});

test("selectIndex: t[-3] throws, naming the index as written", () => {
  expect(errorOf("t[-3]").message).toBe("índice -3 fuera de rango para el eje 0 de tamaño 2");
});

test("selectIndex: t[:, 3] throws for axis 1 of size 3", () => {
  expect(errorOf("t[:, 3]").message).toBe("índice 3 fuera de rango para el eje 1 de tamaño 3");
});

test("selectIndex: t[0, 0, 0, 0] throws: too many indices", () => {
  expect(errorOf("t[0, 0, 0, 0]").message).toBe(
    "demasiados índices: el tensor tiene 3 dimensión(es), pero se indexaron 4",
  );
});

test("selectIndex: t[::0] throws a ValueError: the step cannot be zero", () => {
  const error = errorOf("t[::0]");
  expect(error.kind).toBe("ValueError");
  expect(error.message).toBe("el paso de una rebanada no puede ser cero");
});

test("selectIndex: t[..., ...] throws: one ellipsis only", () => {
  expect(errorOf("t[..., ...]").message).toContain("solo puede llevar un «...»");
});

test("selectIndex: t[[0, 1], [1, 2]] throws: this page takes one list per subscript", () => {
  expect(errorOf("t[[0, 1], [1, 2]]").message).toContain("una sola lista");
});

test("selectIndex: t[0][5] throws for axis 0 of the intermediate [3, 4] tensor", () => {
  expect(errorOf("t[0][5]").message).toBe("índice 5 fuera de rango para el eje 0 de tamaño 3");
});

test("resolveIndex(-1, 0, 2) = 1", () => {
  expect(resolveIndex(-1, 0, 2)).toBe(1);
});

test("sliceIndices(null, null, -1, 3) = { start: 2, step: -1, count: 3 }", () => {
  expect(sliceIndices(null, null, -1, 3)).toEqual({ start: 2, step: -1, count: 3 });
});

test("sliceIndices(1, 100, 2, 4) clamps the stop → { start: 1, step: 2, count: 2 }", () => {
  expect(sliceIndices(1, 100, 2, 4)).toEqual({ start: 1, step: 2, count: 2 });
});
