import { expect, test } from "vitest";
import { formatJs, formatNumpy, pythonShape } from "../../../lib/format/formatNumpy.js";

test("pythonShape([2, 3]) = '(2, 3)', pythonShape([5]) = '(5,)', pythonShape([]) = '()'", () => {
  expect(pythonShape([2, 3])).toBe("(2, 3)");
  expect(pythonShape([5])).toBe("(5,)");
  expect(pythonShape([])).toBe("()");
});

test("formatNumpy([[1, 2], [3, 4]], 'int32') = '[[1 2]\\n [3 4]]'", () => {
  expect(
    formatNumpy(
      [
        [1, 2],
        [3, 4],
      ],
      "int32",
    ),
  ).toBe("[[1 2]\n [3 4]]");
});

test("formatNumpy right-aligns integers: [[1, 2], [9, 10]] → '[[ 1  2]\\n [ 9 10]]'", () => {
  expect(
    formatNumpy(
      [
        [1, 2],
        [9, 10],
      ],
      "int32",
    ),
  ).toBe("[[ 1  2]\n [ 9 10]]");
});

test("formatNumpy separates the matrices of a rank-3 tensor with a blank line", () => {
  expect(formatNumpy([[[1, 2]], [[3, 4]]], "int32")).toBe("[[[1 2]]\n\n [[3 4]]]");
});

test("formatNumpy([[1, 2], [3, 4]], 'float32') = '[[1. 2.]\\n [3. 4.]]'", () => {
  expect(
    formatNumpy(
      [
        [1, 2],
        [3, 4],
      ],
      "float32",
    ),
  ).toBe("[[1. 2.]\n [3. 4.]]");
});

test("formatNumpy([1, 2.5], 'float32') aligns decimal points: '[1.  2.5]'", () => {
  expect(formatNumpy([1, 2.5], "float32")).toBe("[1.  2.5]");
});

test("formatNumpy of scalars: 5 (int32) = '5', 2 (float32) = '2.0', 2.5 = '2.5'", () => {
  expect(formatNumpy(5, "int32")).toBe("5");
  expect(formatNumpy(2, "float32")).toBe("2.0");
  expect(formatNumpy(2.5, "float32")).toBe("2.5");
});

test("formatNumpy([], 'float32') = '[]'", () => {
  expect(formatNumpy([], "float32")).toBe("[]");
});

test("formatJs([[1, 2], [3, 4]]) = '[[1, 2],\\n [3, 4]]'", () => {
  expect(
    formatJs([
      [1, 2],
      [3, 4],
    ]),
  ).toBe("[[1, 2],\n [3, 4]]");
});

test("formatJs of a rank-3 array indents rows and separates matrices with a blank line", () => {
  expect(
    formatJs([
      [
        [1, 2],
        [3, 4],
      ],
      [
        [5, 6],
        [7, 8],
      ],
    ]),
  ).toBe("[[[1, 2],\n  [3, 4]],\n\n [[5, 6],\n  [7, 8]]]");
});

test("formatJs rounds float32 noise to 7 significant digits: 0.30000001192092896 → '0.3'", () => {
  expect(formatJs(0.30000001192092896)).toBe("0.3");
});

test("formatJs(Float32Array [1, 2]) = '[1, 2]', formatJs('int32') = '\"int32\"'", () => {
  expect(formatJs(new Float32Array([1, 2]))).toBe("[1, 2]");
  expect(formatJs("int32")).toBe('"int32"');
});
